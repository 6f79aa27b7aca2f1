// Korean and Japanese overlays of the catalogs (schemas/l10n/): descriptions and hover labels in
// the user's language, falling back to English wherever a translation is missing.
import { readJsonIfPresent } from './loadJson';

export interface ParameterText {
  description?: string;
  notes?: string[];
  mraNote?: string;
  defaultNote?: string;
  deprecatedNote?: string;
  /** Value → description. */
  values?: Record<string, string>;
}

export interface CatalogOverlay {
  groups: Record<string, string>;
  parameters: Record<string, ParameterText>;
}

export interface MraOverlay {
  rows: Record<string, { service?: string; conditions?: string[]; note?: string }>;
}

export type Labels = Record<string, string>;

const EMPTY: CatalogOverlay = { groups: {}, parameters: {} };

export function loadJabberOverlay(schemasDir: string, locale: string): CatalogOverlay {
  if (locale === 'en') return EMPTY;
  return readJsonIfPresent<CatalogOverlay>(schemasDir, `l10n/jabber-parameters.${locale}.json`, EMPTY);
}

export function loadMraOverlay(schemasDir: string, locale: string): MraOverlay {
  return readJsonIfPresent<MraOverlay>(schemasDir, `l10n/mra-support.${locale}.json`, { rows: {} });
}

/** Hover labels for the locale (schemas/l10n/hover-labels.json); English for any key the translation lacks. */
export function loadLabels(schemasDir: string, locale: string): Labels {
  const all = readJsonIfPresent<Record<string, Labels>>(schemasDir, 'l10n/hover-labels.json', {});
  return { ...all.en, ...all[locale] };
}
