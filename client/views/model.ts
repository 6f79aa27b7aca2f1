// The two data files the views draw (schemas/mra-support.json, schemas/deployments.json), read from
// the extension's schemas folder, and the parameter catalog the documentation page shows. Their
// types live in shared/viewModel.ts, which the server uses too; they are re-exported here.
import * as fs from 'fs';
import * as path from 'path';
import type { Deployments, MraSupport } from '../../shared/viewModel';

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
  return { mra: read<MraSupport>('mra-support.json'), deployments: read<Deployments>('deployments.json'), parameters };
}

/** Finds a parameter by canonical name or documented alias, ignoring case as Jabber does. */
export function findParameter(parameters: ParameterDoc[], name: string): ParameterDoc | undefined {
  const key = name.toLowerCase();
  return parameters.find((p) => p.name.toLowerCase() === key || (p.aliases ?? []).some((a) => a.toLowerCase() === key));
}
