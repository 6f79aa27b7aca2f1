// Everything the app-config features write themselves, in the user's language: the parts of
// diagnostic messages built from facts (type names, "did you mean", where a key has no effect,
// parser messages), quick-fix titles, and the labels of hover and completion. The words live in
// schemas/l10n/app-config.json (en, ko, ja); the EMM catalog's own prose in
// schemas/l10n/emm-parameters.<locale>.json. A missing translation falls back to English.
import { defaultSchemasDir, readJson, readJsonIfPresent } from '../../catalog/loadJson';
import type { MessageText } from '../../formats/appconfig-model';
import type { ServiceContext } from '../types';
import type { EmmParameter, Matrix, MatrixRow } from './catalog';

export type { MessageText };
export type MessageArgs = Record<string, string | number | MessageText | undefined>;

interface TextFile {
  en: Record<string, string>;
  ko: Record<string, string>;
  ja: Record<string, string>;
  /** Messages of the XML reader (saxes and its own), matched in order; the first match translates. */
  xmlErrors: { pattern: string; id: string }[];
}

/** Translations of the EMM catalogs' prose (schemas/l10n/emm-parameters.<locale>.json). */
export interface EmmOverlay {
  /** Keyed by the parameter's key, or its BlackBerry label when it has no key. */
  parameters: Record<string, {
    description?: string;
    emmNote?: string;
    defaultNote?: string;
    notes?: string[];
    /** Value → description. */
    values?: Record<string, string>;
    /** Alias value → note. */
    valueAliases?: Record<string, string>;
    /** In the order of the catalog's `unsupported` rows. */
    unsupported?: string[];
    /** In the order of the catalog's `requires` rows. */
    requires?: string[];
  }>;
  matrices: Record<string, { title?: string; note?: string; rows?: Record<string, { group?: string; name?: string; requirement?: string; note?: string }> }>;
}

/** A template cut at its {placeholders}: text, name, text, name, …, text. */
type Compiled = string[];

function compile(template: string): Compiled {
  return template.split(/\{(\w+)\}/);
}

export interface AppConfigText {
  locale: string;
  /** The text of a message id with its arguments; arguments may be messages themselves. */
  t(id: string, args?: MessageArgs): string;
  /** A message (or plain string) as text. `override` replaces arguments of that name at every level. */
  render(ref: MessageText | string, override?: MessageArgs): string;
  /** Whether the catalog has this id (in English at least). */
  has(id: string): boolean;
  /** The EMM catalogs' prose in this language (empty for English). */
  emm: EmmOverlay;
}

const EMPTY_OVERLAY: EmmOverlay = { parameters: {}, matrices: {} };

function load(schemasDir: string, locale: string): AppConfigText {
  const file = readJson<TextFile>(schemasDir, 'l10n/app-config.json');
  const strings: Record<string, string> = { ...file.en, ...(locale !== 'en' ? (file as unknown as Record<string, Record<string, string>>)[locale] ?? {} : {}) };
  const compiled = new Map<string, Compiled>();
  const xmlPatterns = file.xmlErrors.map((x) => ({ re: new RegExp(x.pattern), id: x.id }));
  const emm = locale === 'en' ? EMPTY_OVERLAY : readJsonIfPresent<EmmOverlay>(schemasDir, `l10n/emm-parameters.${locale}.json`, EMPTY_OVERLAY);

  const templateOf = (id: string): Compiled | undefined => {
    let c = compiled.get(id);
    if (c === undefined) {
      const s = strings[id];
      if (s === undefined) return undefined;
      compiled.set(id, (c = compile(s)));
    }
    return c;
  };

  const fill = (parts: Compiled, args: MessageArgs | undefined, override: MessageArgs | undefined): string => {
    let out = parts[0];
    for (let i = 1; i < parts.length; i += 2) {
      const name = parts[i];
      const v = override && name in override ? override[name] : args?.[name];
      if (v !== undefined) out += typeof v === 'object' ? render(v, override) : String(v);
      out += parts[i + 1];
    }
    return out;
  };

  const render = (ref: MessageText | string, override?: MessageArgs): string => {
    if (typeof ref === 'string') return ref;
    if (ref.id === 'xmlError') return xmlMessage(String(ref.args?.message ?? ''));
    const parts = templateOf(ref.id);
    // An id the catalog lacks shows itself rather than nothing (a test keeps every id present).
    return parts ? fill(parts, ref.args, override) : ref.id;
  };

  /** The XML reader's message in this language, when it is one the catalog knows; else as written. */
  const xmlMessage = (message: string): string => {
    if (locale === 'en') return message;
    for (const { re, id } of xmlPatterns) {
      const m = re.exec(message);
      if (m) return render({ id, args: { ...(m.groups ?? {}) } });
    }
    return render({ id: 'xml.other', args: { message } });
  };

  return {
    locale,
    t: (id, args) => render({ id, args: args as MessageText['args'] }),
    render,
    has: (id) => id in strings,
    emm,
  };
}

/** The app-config text of the context's language, loaded once per language. */
export function appConfigText(ctx: ServiceContext): AppConfigText {
  const locale = ctx.locale === 'ko' || ctx.locale === 'ja' ? ctx.locale : 'en';
  return ctx.catalogs.extra(`appconfig-text-${locale}`, (dir) => load(dir, locale));
}

let english: AppConfigText | undefined;

/** English text for callers without a context (the client's insert command); read from the installed schemas/. */
export function englishText(): AppConfigText {
  return (english ??= load(defaultSchemasDir(), 'en'));
}

/** The overlay entry of a parameter (by key, else by label). */
export function parameterText(L: AppConfigText, p: EmmParameter): EmmOverlay['parameters'][string] {
  return L.emm.parameters[p.key ?? p.label ?? ''] ?? {};
}

export function matrixText(L: AppConfigText, m: Matrix): { title: string; note?: string } {
  const o = L.emm.matrices[m.id];
  return { title: o?.title ?? m.title, note: m.note ? (o?.note ?? m.note) : undefined };
}

export function rowText(L: AppConfigText, m: Matrix, r: MatrixRow): { group?: string; name: string; requirement?: string; note?: string } {
  const o = L.emm.matrices[m.id]?.rows?.[r.id];
  // Korean rows carry the seed's own wording (nameKo) in the catalog itself.
  const name = o?.name ?? (L.locale === 'ko' && r.nameKo ? r.nameKo : r.name);
  return {
    group: r.group ? (o?.group ?? r.group) : undefined,
    name,
    requirement: r.requirement ? (o?.requirement ?? r.requirement) : undefined,
    note: r.note ? (o?.note ?? r.note) : undefined,
  };
}
