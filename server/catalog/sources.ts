// schemas/sources.json, loaded once through the catalogs: what every `source` in the data cites
// (resolved by shared/sources.ts, which the client's views use too).
import { citationMarkdown, citationsOf, citationText, EMPTY_SOURCES, type RawSource, type SourceTable } from '../../shared/sources';
import type { Catalogs } from './catalogs';
import { readJsonIfPresent } from './loadJson';

export type { RawSource, SourceTable } from '../../shared/sources';

import type { Locale } from '../../shared/settings';

export function sourcesOf(catalogs: Pick<Catalogs, 'extra'>): SourceTable {
  return catalogs.extra('sources', (dir) => readJsonIfPresent<SourceTable>(dir, 'sources.json', EMPTY_SOURCES));
}

/** A source as Markdown for a hover: each cited document, linked where it has a public URL. */
export function sourceMarkdown(catalogs: Pick<Catalogs, 'extra'>, raw: RawSource, locale: Locale): string {
  return citationsOf(raw, sourcesOf(catalogs), locale)
    .map((c) => citationMarkdown(c, locale))
    .join(' · ');
}

/** A source as one line of plain text (SARIF, the CLI, generated docs). */
export function sourcePlainText(catalogs: Pick<Catalogs, 'extra'>, raw: RawSource, locale: Locale): string {
  return citationsOf(raw, sourcesOf(catalogs), locale)
    .map((c) => citationText(c, locale))
    .join('; ');
}
