// Typed access to schemas/mra-support.json: the MRA supported-services table of seed 000, with an
// index from jabber-config parameter to the rows that concern it (hover notes, mra-unsupported).
import type { MraRow, MraSupport as SharedMraSupport, Text } from '../../shared/viewModel';
import { readJsonIfPresent } from './loadJson';

// One row type for the server and the views (shared/viewModel.ts), which read the same file.
export type { MraRow, Text as LocalizedText };

export interface MraSupport extends SharedMraSupport {
  /** Lower-cased parameter name → rows naming it. */
  rowsByParameter: Map<string, MraRow[]>;
}

export function loadMraSupport(schemasDir: string): MraSupport {
  const file = readJsonIfPresent<Omit<MraSupport, 'rowsByParameter'>>(schemasDir, 'mra-support.json', { source: '', categories: [], rows: [] });
  const rowsByParameter = new Map<string, MraRow[]>();
  for (const row of file.rows) {
    for (const p of row.parameters ?? []) {
      const key = p.toLowerCase();
      if (!rowsByParameter.has(key)) rowsByParameter.set(key, []);
      rowsByParameter.get(key)!.push(row);
    }
  }
  return { ...file, rowsByParameter };
}

/** Whether the row speaks of this parameter with this value (DirectoryServerType=UDS is not LDAP search). */
export function rowAppliesTo(row: MraRow, param: string, value: string): boolean {
  const entry = Object.entries(row.parameterValues ?? {}).find(([k]) => k.toLowerCase() === param.toLowerCase());
  return !entry || entry[1].some((v) => v.toLowerCase() === value.toLowerCase());
}

export function localized(text: Text | undefined, locale: string): string {
  if (!text) return '';
  return (locale === 'ko' && text.ko) || (locale === 'ja' && text.ja) || text.en;
}

/** A row's service, conditions and note in the locale: Korean from the seed, Japanese from the overlay. */
export function rowText(row: MraRow, locale: string, overlay?: { rows: Record<string, { service?: string; conditions?: string[]; note?: string }> }) {
  const o = locale === 'ja' ? overlay?.rows[row.id] : undefined;
  return {
    service: o?.service || localized(row.service, locale),
    conditions: (row.conditions ?? []).map((c, i) => o?.conditions?.[i] || localized(c, locale)),
    note: o?.note || localized(row.note, locale),
  };
}
