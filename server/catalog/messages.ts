// The one renderer of everything the code writes itself, in the user's language (en, ko, ja): the
// parts of diagnostic messages built from facts (did-you-mean, type names, release notes, the XML
// reader's and the value checks' messages), quick-fix titles, and hover and completion labels.
// The words are data: schemas/l10n/common.json (shared by every format: the XML reader, the value
// checks, JSON parse errors, the guards) and one file per format (schemas/l10n/<domain>.json), each
// with the same ids in en, ko and ja. A message travels as a MessageText (an id and its arguments,
// which may be messages themselves) until it is shown.
import type { Locale } from '../../shared/settings';
import { defaultSchemasDir, readJson } from './loadJson';

/** A message as data: an id of the message files and its arguments (which may be messages too). */
export interface MessageText {
  id: string;
  args?: Record<string, string | number | MessageText>;
}

export type MessageArgs = Record<string, string | number | MessageText | undefined>;

/** The formats (and the workspace diagram) with a message file of their own; 'common' reads only the shared one. */
export type MessageDomain =
  'common' | 'app-config' | 'jabber-config' | 'uc-settings' | 'workspace-diagram' | 'certificate' | 'dns' | 'allow-list' | 'expressway';

export interface MessageFile {
  en: Record<string, string>;
  ko: Record<string, string>;
  ja: Record<string, string>;
  /** saxes' English messages, matched in order; the first match translates (the XML reader's own messages are ids). */
  xmlErrors?: { pattern: string; id: string }[];
}

export interface Messages {
  locale: Locale;
  /** The text of a message id with its arguments; arguments may be messages themselves. */
  t(id: string, args?: MessageArgs): string;
  /** A message (or plain string) as text. `override` replaces arguments of that name at every level. */
  render(ref: MessageText | string, override?: MessageArgs): string;
  /** Whether the files have this id (in English at least). */
  has(id: string): boolean;
}

/** A template cut at its {placeholders}: text, name, text, name, …, text. */
type Compiled = string[];

export const MESSAGE_FILES = (domain: MessageDomain): string[] => (domain === 'common' ? ['l10n/common.json'] : ['l10n/common.json', `l10n/${domain}.json`]);

export function loadMessages(schemasDir: string, locale: Locale, domain: MessageDomain): Messages {
  const files = MESSAGE_FILES(domain).map((f) => readJson<MessageFile>(schemasDir, f));
  // English first, the locale over it (a missing translation shows English); a format's own ids over the shared ones.
  const strings: Record<string, string> = Object.assign({}, ...files.map((f) => f.en), ...(locale !== 'en' ? files.map((f) => f[locale] ?? {}) : []));
  const xmlPatterns = files.flatMap((f) => f.xmlErrors ?? []).map((x) => ({ re: new RegExp(x.pattern), id: x.id }));
  const compiled = new Map<string, Compiled>();

  const templateOf = (id: string): Compiled | undefined => {
    let c = compiled.get(id);
    if (c === undefined) {
      const s = strings[id];
      if (s === undefined) return undefined;
      compiled.set(id, (c = s.split(/\{(\w+)\}/)));
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
    if (ref.id === 'xmlError') return xml(String(ref.args?.message ?? ''));
    const parts = templateOf(ref.id);
    // An id the data lacks shows itself rather than nothing (the tests keep every id present).
    return parts ? fill(parts, ref.args, override) : ref.id;
  };

  /** saxes' message in this language, when it is one the data knows; else (and in English) as saxes wrote it. */
  const xml = (message: string): string => {
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
  };
}

const LOCALES: readonly Locale[] = ['en', 'ko', 'ja'];

/** The messages of a format in the context's language, loaded once per process. */
export function messagesOf(ctx: { locale: Locale; catalogs: { extra<T>(key: string, load: (schemasDir: string) => T): T } }, domain: MessageDomain): Messages {
  const locale = LOCALES.includes(ctx.locale) ? ctx.locale : 'en';
  return ctx.catalogs.extra(`messages-${domain}-${locale}`, (dir) => loadMessages(dir, locale, domain));
}

const english = new Map<MessageDomain, Messages>();

/** English messages for callers without a context (the client's insert command); read from the installed schemas/. */
export function englishMessages(domain: MessageDomain): Messages {
  let m = english.get(domain);
  if (!m) english.set(domain, (m = loadMessages(defaultSchemasDir(), 'en', domain)));
  return m;
}
