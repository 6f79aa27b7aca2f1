// The documents the views cite (schemas/sources.json), resolved by shared/sources.ts: a row's or a
// scenario's `source` is shown as the document's title, section and link, never as our own id.
// loadViewData (model.ts) registers the table it reads; the pages then render sources with it.
import { citationsOf, citationText, EMPTY_SOURCES, type Citation, type RawSource, type SourceTable } from '../../shared/sources';
import { escapeHtml } from './html';
import type { Locale } from './model';

let table: SourceTable = EMPTY_SOURCES;

export function useSources(t: SourceTable): void {
  table = t;
}

/** Plain text (Markdown and CSV exports, Mermaid pages). */
export function sourceText(raw: RawSource, locale: Locale): string {
  return citationsOf(raw, table, locale)
    .map((c) => citationText(c, locale))
    .join('; ');
}

function citationHtml(c: Citation, locale: Locale): string {
  const title = c.url ? `<a href="${escapeHtml(c.url)}">${escapeHtml(c.title)}</a>` : escapeHtml(c.title);
  const edition = c.edition ? ` (${escapeHtml(c.edition)})` : '';
  // Text in the language of the document read, not the page's, is shown as the quote it is.
  const mark = (text: string) => (c.lang === locale ? escapeHtml(text) : `<q lang="${c.lang}">${escapeHtml(text)}</q>`);
  const section = c.section ? `, ${mark(c.section)}` : '';
  const quote = c.quote ? `: <q lang="${c.lang}">${escapeHtml(c.quote)}</q>` : '';
  return `${title}${edition}${section}${quote}`;
}

const key = (c: Citation) => `${c.title}\u0000${c.section ?? ''}\u0000${c.quote ?? ''}`;

/** HTML for a page: each document linked where it has a public URL; `except` leaves out what a table's own source already says. */
export function sourceHtml(raw: RawSource, locale: Locale, except?: RawSource): string {
  const known = new Set(citationsOf(except, table, locale).map(key));
  return citationsOf(raw, table, locale)
    .filter((c) => !known.has(key(c)))
    .map((c) => citationHtml(c, locale))
    .join('; ');
}

/** Where the HTML of a source goes in a page's own translated sentence: t('Source: {0}', SOURCE_SLOT). */
export const SOURCE_SLOT = '\u0000';

/** The translated sentence escaped, with the source's HTML (already escaped) in its slot. */
export function withSourceHtml(translated: string, html: string): string {
  return escapeHtml(translated).replace(SOURCE_SLOT, html);
}
