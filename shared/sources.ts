// Citations a user can open: the `source` of any entry in schemas/ names a document of
// schemas/sources.json by id or alias ("004_0efe7a8b88feafcf.txt § section: 'quote'", a chapter URL of
// the Parameters Reference Guide, "RFC 8259"), and every view and hover shows that document's title,
// the section and its public URL instead. Pure functions over the table, shared by the server (hovers,
// the CLI's SARIF, the generated docs) and the client's views, which both read schemas/sources.json.
import type { Locale } from './settings';

type ByLocale = Record<Locale, string>;

export interface SourceDocument {
  id: string;
  aliases: string[];
  urlPrefixes?: string[];
  publisher: string;
  title: ByLocale;
  readIn: Locale;
  url?: string;
  urlLanguage?: Locale;
  source: string;
}

export interface SourceTable {
  /** "Korean edition" in each UI language, per language of an edition (zh: a Chinese page Cisco publishes). */
  editions: Partial<Record<Locale | 'zh', ByLocale>> & Record<Locale, ByLocale>;
  documents: SourceDocument[];
}

/** A source as some data files hold it: the document id, a section, the sentence quoted. */
export interface SourceRef {
  file: string;
  section?: string;
  quote?: string;
}

export type RawSource = string | SourceRef | ReadonlyArray<string | SourceRef> | undefined;

export interface Citation {
  /** The document's title in the view's language (or the reference itself when no document matches). */
  title: string;
  /** "Korean edition" when the facts were read in another language than the view's. */
  edition?: string;
  url?: string;
  /** As the document names it, in `lang`. */
  section?: string;
  quote?: string;
  /** The language of section and quote; they are marked as quotes when it is not the view's. */
  lang: Locale;
}

export const EMPTY_SOURCES: SourceTable = {
  editions: { en: { en: '', ko: '', ja: '' }, ko: { en: '', ko: '', ja: '' }, ja: { en: '', ko: '', ja: '' } },
  documents: [],
};

interface Index {
  aliases: { alias: string; doc: SourceDocument }[];
  prefixes: { prefix: string; doc: SourceDocument }[];
}
const indexes = new WeakMap<SourceTable, Index>();

function indexOf(table: SourceTable): Index {
  let ix = indexes.get(table);
  if (!ix) {
    const aliases = table.documents.flatMap((doc) => [doc.id, ...doc.aliases].map((alias) => ({ alias, doc })));
    // Longest first, so "seed 000_fa4d….txt" wins over "seed 000" and "000".
    aliases.sort((a, b) => b.alias.length - a.alias.length);
    const prefixes = table.documents.flatMap((doc) => (doc.urlPrefixes ?? []).map((prefix) => ({ prefix, doc })));
    ix = { aliases, prefixes };
    indexes.set(table, ix);
  }
  return ix;
}

/** The parts of a source string: "a; b" cites two places, but a quote may hold a semicolon. */
function parts(text: string): string[] {
  const out: string[] = [];
  let quoted = false;
  let depth = 0;
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === "'" && (quoted ? /^'(?=$|[;,.)\s])/.test(text.slice(i)) : i > 0 && /[:(\s]/.test(text[i - 1]))) quoted = !quoted;
    else if (!quoted && c === '(') depth++;
    else if (!quoted && c === ')') depth = Math.max(0, depth - 1);
    else if (!quoted && depth === 0 && c === ';' && text[i + 1] === ' ') {
      out.push(text.slice(start, i).trim());
      start = i + 1;
    }
  }
  out.push(text.slice(start).trim());
  return out.filter(Boolean);
}

function docAt(text: string, ix: Index): { doc: SourceDocument; rest: string } | undefined {
  for (const { alias, doc } of ix.aliases) {
    if (text === alias) return { doc, rest: '' };
    if (text.startsWith(alias) && /^[\s§,(:]/.test(text.slice(alias.length))) return { doc, rest: text.slice(alias.length).trim() };
  }
  return undefined;
}

function citeDoc(doc: SourceDocument, table: SourceTable, locale: Locale, section: string | undefined, quote: string | undefined): Citation {
  return {
    title: doc.title[locale],
    ...(doc.readIn !== locale && doc.readIn !== 'en' ? { edition: table.editions[doc.readIn][locale] } : {}),
    ...(doc.url ? { url: doc.url } : {}),
    ...(section ? { section } : {}),
    ...(quote ? { quote } : {}),
    lang: doc.readIn,
  };
}

/** A page no document of the table matches, named by its host and file. */
function shortUrl(u: string): string {
  const m = /^https:\/\/(?:www\.)?([^/]+)\/.*?([^/]+?)(?:\.html?)?$/.exec(u);
  return m ? `${m[1]} › ${m[2]}` : u;
}

/** "§ section: 'quote'" or "(note)" after a document id. */
function splitRest(rest: string): { section?: string; quote?: string } {
  let r = rest.replace(/^§\s*/, '').trim();
  let quote: string | undefined;
  const q = /:\s*'([\s\S]*)'\s*$/.exec(r);
  if (q) {
    quote = q[1].replace(/\s+/g, ' ').trim();
    r = r.slice(0, q.index).trim();
  }
  if (/^\(.*\)$/.test(r)) r = r.slice(1, -1).trim();
  return { ...(r ? { section: r } : {}), ...(quote ? { quote } : {}) };
}

/** Every place a source cites, resolved against the table, in the view's language. */
export function citationsOf(raw: RawSource, table: SourceTable, locale: Locale): Citation[] {
  if (raw === undefined) return [];
  const ix = indexOf(table);
  const list: ReadonlyArray<string | SourceRef> =
    typeof raw === 'string' || !Array.isArray(raw) ? [raw as string | SourceRef] : (raw as ReadonlyArray<string | SourceRef>);
  const out: Citation[] = [];
  for (const item of list) {
    if (typeof item !== 'string') {
      const hit = docAt(item.file, ix);
      if (hit) out.push(citeDoc(hit.doc, table, locale, item.section, item.quote?.replace(/\s+/g, ' ').trim()));
      else out.push({ title: item.file, ...(item.section ? { section: item.section } : {}), ...(item.quote ? { quote: item.quote } : {}), lang: 'en' });
      continue;
    }
    let last: SourceDocument | undefined;
    for (const part of parts(item)) {
      const url = /^(https:\/\/\S+?)[.,]?(?:\s+\((.*)\))?$/.exec(part);
      if (url) {
        const doc = ix.prefixes.find((p) => url[1].startsWith(p.prefix))?.doc;
        const c: Citation = doc ? citeDoc(doc, table, locale, url[2], undefined) : { title: url[2] ?? shortUrl(url[1]), lang: 'en' };
        // Cisco's pages under /c/ja_jp/, /c/ko_kr/, /c/zh_cn/ are that language's edition.
        const lang = ({ ja_jp: 'ja', ko_kr: 'ko', zh_cn: 'zh' } as const)[/\/c\/(ja_jp|ko_kr|zh_cn)\//.exec(url[1])?.[1] as 'ja_jp' | 'ko_kr' | 'zh_cn'];
        if (lang && lang !== locale) c.edition = table.editions[lang]?.[locale];
        else if (lang) delete c.edition;
        out.push({ ...c, url: url[1] });
        last = doc;
        continue;
      }
      const hit = docAt(part, ix);
      if (hit) {
        const { section, quote } = splitRest(hit.rest);
        out.push(citeDoc(hit.doc, table, locale, section, quote));
        last = hit.doc;
        continue;
      }
      // "notes § X" continues the document cited just before.
      const more = /^notes\s*§\s*(.+)$/.exec(part);
      if (more && last) {
        const { section, quote } = splitRest(more[1]);
        out.push(citeDoc(last, table, locale, section, quote));
        continue;
      }
      out.push({ title: part, lang: 'en' });
    }
  }
  // The same document and section cited twice (a table and its row) is shown once.
  const seen = new Set<string>();
  return out.filter((c) => {
    const key = `${c.title}\u0000${c.section ?? ''}\u0000${c.quote ?? ''}\u0000${c.url ?? ''}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

const OPEN: Record<Locale, [string, string]> = { en: ['“', '”'], ko: ['“', '”'], ja: ['「', '」'] };
/** Between the title and the section: a Japanese view uses the ideographic comma, as the titles themselves do. */
const SEP: Record<Locale, string> = { en: ', ', ko: ', ', ja: '、' };

/** Text in another language than the view's is shown as the quote it is. */
function quoted(text: string, lang: Locale, locale: Locale): string {
  const [o, c] = OPEN[locale];
  return lang === locale || lang === 'en' ? text : `${o}${text}${c}`;
}

/** One citation as plain text: title (edition), section — URL. */
export function citationText(c: Citation, locale: Locale): string {
  const head = c.edition ? `${c.title} (${c.edition})` : c.title;
  const section = c.section ? `${SEP[locale]}${quoted(c.section, c.lang, locale)}` : '';
  const quote = c.quote ? `: ${OPEN[locale][0]}${c.quote}${OPEN[locale][1]}` : '';
  return `${head}${section}${quote}${c.url && c.url !== c.title ? ` — ${c.url}` : ''}`;
}

const mdEscape = (s: string) => s.replace(/([\\`*_[\]<>|])/g, '\\$1');

/** One citation as Markdown (a hover): the title links to the document where a URL is known. */
export function citationMarkdown(c: Citation, locale: Locale): string {
  const title = c.url ? `[${mdEscape(c.title)}](${c.url})` : mdEscape(c.title);
  const head = c.edition ? `${title} (${mdEscape(c.edition)})` : title;
  const section = c.section ? `${SEP[locale]}${mdEscape(quoted(c.section, c.lang, locale))}` : '';
  return `${head}${section}`;
}

/** Several citations as plain text, one line. */
export function sourcesText(raw: RawSource, table: SourceTable, locale: Locale): string {
  return citationsOf(raw, table, locale)
    .map((c) => citationText(c, locale))
    .join('; ');
}
