// What counts as English left in a Korean or Japanese text, for the l10n tests of every format
// (l10n-appconfig.test.ts, l10n-jabber.test.ts): runs of English words outside what stays as
// written (names, values, code, tags, product names).

import type { ValueTypeSpec } from '../../server/rules/values';

export const LOCALES = ['ko', 'ja'] as const;
export type TestLocale = (typeof LOCALES)[number];

/** Text in the locale's own script. */
export const SCRIPT = { ko: /[\uAC00-\uD7A3]/, ja: /[\u3040-\u30FF\u4E00-\u9FFF]/ };

/** Product and console names, which stay as Cisco, Microsoft, Apple and BlackBerry write them. */
export const NAMES = [
  'Cisco Jabber for Intune',
  'Cisco Jabber for BlackBerry',
  'Jabber for Intune',
  'Jabber for BlackBerry',
  'BlackBerry Dynamics SDK',
  'Microsoft Graph',
  'IM and Presence',
  'App Transport Security',
  'Apple Managed App Configuration',
  'Android for Work',
  'Enterprise Management Agent',
  'Common Criteria',
  'Fast Sign-in',
  'Enter XML data',
  'Enter JSON data',
  'Hosted Collaboration Solution',
  'Survivable Branch Appliance',
  'Azure Active Directory',
];

/** Whether a text has English words to translate at all (a lone name and value, "EMMType 0", has none). */
export function hasWords(text: string, names: string[] = NAMES): boolean {
  let t = text.replace(/`[^`]*`|'[^']*'|"[^"]*"|<[^<>]*>/g, ' ');
  for (const n of names) t = t.split(n).join(' ');
  return /\b[a-z]{3,}\b/.test(t);
}

/**
 * Runs of three or more English words, outside code spans, quoted names and values ('…', "…", “…”,
 * 「…」), XML tags, {…} shapes, links and product names.
 */
export function englishRuns(text: string, names: string[] = NAMES): string[] {
  let t = text
    .replace(/`[^`]*`/g, ' ')
    .replace(/'[^']*'/g, ' ')
    .replace(/"[^"]*"/g, ' ')
    .replace(/“[^”]*”|「[^」]*」/g, ' ')
    .replace(/<[^<>]*>/g, ' ')
    .replace(/\{[^{}]*\}/g, ' ')
    .replace(/\[[^\]]*\]\([^)]*\)/g, ' ')
    .replace(/https?:\/\/\S+/g, ' ');
  for (const n of [...names].sort((a, b) => b.length - a.length)) t = t.split(n).join(' ');
  return t.match(/[A-Za-z][A-Za-z0-9_.+-]*(?:[ \t]+[A-Za-z][A-Za-z0-9_.+-]*){2,}/g) ?? [];
}

/** The {placeholders} of a message, once each, sorted. */
export const placeholders = (s: string) => [...new Set(s.match(/\{\w+\}/g) ?? [])].sort();

/**
 * The checks every message file shares: en, ko and ja have the same ids (asserted), each translation
 * has its English placeholders, and `translationProblem` (the file's own idea of "translated") holds.
 * Returns the problems found, for one assert.deepEqual(problems, []).
 */
export function messageFileProblems(
  data: Record<'en' | TestLocale, Record<string, string>>,
  translationProblem: (locale: TestLocale, id: string, text: string) => string | undefined,
): string[] {
  const ids = Object.keys(data.en).sort();
  const problems: string[] = [];
  for (const locale of LOCALES) {
    if (JSON.stringify(Object.keys(data[locale]).sort()) !== JSON.stringify(ids)) problems.push(`${locale} ids differ from en`);
    for (const id of ids) {
      const t = data[locale][id] ?? '';
      if (JSON.stringify(placeholders(t)) !== JSON.stringify(placeholders(data.en[id])))
        problems.push(`${locale} ${id}: placeholders ${placeholders(t)} vs ${placeholders(data.en[id])}`);
      const p = translationProblem(locale, id, t);
      if (p) problems.push(`${locale} ${id}: ${p}`);
    }
  }
  return problems;
}

/** A value that each kind of check rejects: every value-check message, for the l10n tests of every format. */
export const VALUE_PROBLEMS: [ValueTypeSpec, string][] = [
  [{ name: 'B', type: 'boolean' }, 'yes'],
  [{ name: 'I', type: 'integer', min: 1, max: 10, unit: 'seconds' }, 'x'],
  [{ name: 'I', type: 'integer', min: 1, unit: 'minutes' }, 'x'],
  [{ name: 'I', type: 'integer', max: 9, unit: 'kbps' }, 'x'],
  [{ name: 'I', type: 'integer', min: 5, unit: 'milliseconds' }, '1'],
  [{ name: 'I', type: 'integer', max: 5, unit: 'hours' }, '9'],
  [{ name: 'I', type: 'integer', max: 5, unit: 'days' }, '9'],
  [{ name: 'E', type: 'enum', values: [{ value: 'One' }, { value: 'Two' }] }, 'Three'],
  [{ name: 'E', type: 'enum', values: [{ value: 'One' }], caseSensitiveValues: true }, 'one'],
  [{ name: 'U', type: 'url' }, 'not a url'],
  [{ name: 'T', type: 'uri-template' }, 'x y'],
  [{ name: 'H', type: 'host' }, 'a b'],
  [{ name: 'D', type: 'domain' }, '1.2.3.4'],
  [{ name: 'G', type: 'guid' }, 'x'],
  [{ name: 'V', type: 'version' }, 'x'],
  [{ name: 'F', type: 'ldap-filter' }, '(a))'],
  [{ name: 'F', type: 'ldap-filter' }, '((a)'],
  [{ name: 'F', type: 'ldap-filter' }, '(((a)'],
  [{ name: 'F', type: 'ldap-filter' }, 'a'],
  [{ name: 'N', type: 'dn' }, 'x'],
  [{ name: 'A', type: 'attribute' }, '-x'],
  [{ name: 'L', type: 'list', values: [{ value: 'A' }, { value: 'B' }], list: { separator: ',', itemType: 'enum', maxItems: 1 } }, 'A,B'],
  [{ name: 'L', type: 'list', values: [{ value: 'A' }], list: { separator: ' ', itemType: 'enum' } }, 'A C'],
];
