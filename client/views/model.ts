// The two data files the views draw (schemas/mra-support.json, schemas/deployments.json), read from
// the extension's schemas folder, and the parameter catalog the documentation page shows. Their
// types live in shared/viewModel.ts, which the server uses too; they are re-exported here.
import * as fs from 'fs';
import * as path from 'path';
import type { SourceTable } from '../../shared/sources';
import type { Deployments, Locale, MraSupport, Text } from '../../shared/viewModel';
import { useSources } from './sources';

export * from '../../shared/viewModel';

/** One jabber-config parameter as schemas/jabber-parameters.json describes it (only what the views show). */
export interface ParameterDoc {
  name: string;
  aliases?: string[];
  group: string;
  type: string;
  description: string;
  default?: string;
  defaultNote?: string;
  platforms?: string[];
  values?: { value: string; description?: string }[];
  since?: string;
  deprecated?: { since?: string; replacedBy?: string; note?: string };
  mraNote?: string;
  notes?: string[];
  source: string | string[];
}

export interface ViewData {
  mra: MraSupport;
  deployments: Deployments;
  /** Empty when schemas/jabber-parameters.json is not there yet. */
  parameters: ParameterDoc[];
}

/** Reads the data files from a schemas folder (the extension's own, or the repository's in tests). */
export function loadViewData(schemasDir: string): ViewData {
  const read = <T>(name: string): T => JSON.parse(fs.readFileSync(path.join(schemasDir, name), 'utf8')) as T;
  let parameters: ParameterDoc[] = [];
  try {
    parameters = read<{ parameters: ParameterDoc[] }>('jabber-parameters.json').parameters ?? [];
  } catch {
    // The parameter catalog is optional for the diagrams and the table; links then open a note instead.
  }
  // The documents every `source` cites; the pages resolve sources against it (views/sources.ts).
  try {
    useSources(read<SourceTable>('sources.json'));
  } catch {
    // Without the table a source shows as written.
  }
  const mra = read<MraSupport>('mra-support.json');
  for (const locale of ['ko', 'ja'] as const) {
    const overlay = readOverlay<MraOverlay>(schemasDir, `mra-support.${locale}.json`);
    if (overlay) applyMraOverlay(mra, overlay, locale);
  }
  return { mra, deployments: read<Deployments>('deployments.json'), parameters };
}

/** A translation file of schemas/l10n/, or undefined when it is not there. */
function readOverlay<T>(schemasDir: string, name: string): T | undefined {
  try {
    return JSON.parse(fs.readFileSync(path.join(schemasDir, 'l10n', name), 'utf8')) as T;
  } catch {
    return undefined;
  }
}

/** schemas/l10n/mra-support.<locale>.json: the same rows in another language (the server's hover reads it too). */
export interface MraOverlay {
  categories?: Record<string, string>;
  rows: Record<string, { service?: string; conditions?: string[]; note?: string }>;
}

/** Adds an overlay's language to the table's texts where the data has none of its own. */
export function applyMraOverlay(mra: MraSupport, overlay: MraOverlay, locale: 'ko' | 'ja'): void {
  const set = (text: Text | undefined, value: string | undefined) => {
    if (text && value && !text[locale]) text[locale] = value;
  };
  for (const c of mra.categories) set(c.title, overlay.categories?.[c.id]);
  for (const r of mra.rows) {
    const o = overlay.rows[r.id];
    set(r.service, o?.service);
    r.conditions?.forEach((c, i) => set(c, o?.conditions?.[i]));
    set(r.note, o?.note);
  }
}

/** schemas/l10n/jabber-parameters.<locale>.json: descriptions and notes of the catalog in one language. */
export interface ParameterOverlay {
  parameters: Record<
    string,
    { description?: string; notes?: string[]; mraNote?: string; defaultNote?: string; deprecatedNote?: string; values?: Record<string, string> }
  >;
}

export function loadParameterOverlay(schemasDir: string, locale: Locale): ParameterOverlay | undefined {
  return locale === 'en' ? undefined : readOverlay<ParameterOverlay>(schemasDir, `jabber-parameters.${locale}.json`);
}

/** The parameter with the overlay's texts in place of the English ones it translates. */
export function localizeParameter(doc: ParameterDoc, overlay: ParameterOverlay | undefined): ParameterDoc {
  const o = overlay?.parameters[doc.name];
  if (!o) return doc;
  return {
    ...doc,
    description: o.description ?? doc.description,
    ...(doc.notes && o.notes?.length === doc.notes.length ? { notes: o.notes } : {}),
    ...(doc.mraNote && o.mraNote ? { mraNote: o.mraNote } : {}),
    ...(doc.defaultNote && o.defaultNote ? { defaultNote: o.defaultNote } : {}),
    ...(doc.deprecated?.note && o.deprecatedNote ? { deprecated: { ...doc.deprecated, note: o.deprecatedNote } } : {}),
    ...(doc.values && o.values ? { values: doc.values.map((v) => (v.description && o.values![v.value] ? { ...v, description: o.values![v.value] } : v)) } : {}),
  };
}

/** Finds a parameter by canonical name or documented alias, ignoring case as Jabber does. */
export function findParameter(parameters: ParameterDoc[], name: string): ParameterDoc | undefined {
  const key = name.toLowerCase();
  return parameters.find((p) => p.name.toLowerCase() === key || (p.aliases ?? []).some((a) => a.toLowerCase() === key));
}
