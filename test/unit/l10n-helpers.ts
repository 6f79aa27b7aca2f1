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

/** Product, feature and admin-UI names that Cisco's Korean and Japanese documents keep in English. */
export const JABBER_NAMES = [
  ...NAMES,
  'Mobile and Remote Access',
  'Cisco Unified Communications Manager',
  'Unified Communications',
  'Cisco Jabber for Mac',
  'Cisco Jabber for Windows',
  'Jabber for Mac',
  'Jabber for Windows',
  'Jabber Softphone for VDI',
  'Jabber for Android',
  'IM and Presence Service',
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

/**
 * A value that each kind of check rejects (every value-check message, for the l10n tests of every format):
 * the parameter's type, a value, and the English
 * a jabber-config user reads (the words as the check wrote them before they became data; app config
 * names the key 'Key' where this says <Name>).
 */
export const VALUE_PROBLEMS: [ValueTypeSpec, string, string][] = [
  [{ name: 'B', type: 'boolean' }, 'yes', "<B> value 'yes' is not a boolean: use true or false."],
  [{ name: 'I', type: 'integer', min: 1, max: 10, unit: 'seconds' }, 'x', "<I> value 'x' is not a whole number (1\u201310 seconds)."],
  [{ name: 'I', type: 'integer', min: 1, unit: 'minutes' }, 'x', "<I> value 'x' is not a whole number (at least 1 minutes)."],
  [{ name: 'I', type: 'integer', max: 9, unit: 'kbps' }, 'x', "<I> value 'x' is not a whole number (at most 9 kbps)."],
  [{ name: 'I', type: 'integer', min: 5, unit: 'milliseconds' }, '1', '<I> value 1 is below the minimum 5 milliseconds.'],
  [{ name: 'I', type: 'integer', max: 5, unit: 'hours' }, '9', '<I> value 9 is above the maximum 5 hours.'],
  [{ name: 'I', type: 'integer', max: 5, unit: 'days' }, '9', '<I> value 9 is above the maximum 5 days.'],
  [{ name: 'E', type: 'enum', values: [{ value: 'One' }, { value: 'Two' }] }, 'Three', "<E> value 'Three' is not one of: One, Two."],
  [
    { name: 'E', type: 'enum', values: [{ value: 'One' }], caseSensitiveValues: true },
    'one',
    "<E> value 'one' must be written 'One': these values are case-sensitive.",
  ],
  [{ name: 'U', type: 'url' }, 'not a url', "<U> value 'not a url' is not an http(s) URL (it contains spaces)."],
  [{ name: 'T', type: 'uri-template' }, 'x y', "<T> value 'x y' is not an http(s) URL template (it contains spaces)."],
  [{ name: 'H', type: 'host' }, 'a b', "<H> value 'a b' is not a host name, FQDN or IP address (it contains spaces)."],
  [{ name: 'D', type: 'domain' }, '1.2.3.4', "<D> value '1.2.3.4' is not a DNS domain name."],
  [{ name: 'G', type: 'guid' }, 'x', "<G> value 'x' is not a GUID (8-4-4-4-12 hexadecimal digits)."],
  [{ name: 'V', type: 'version' }, 'x', "<V> value 'x' is not a version number such as 12.9.1."],
  [{ name: 'F', type: 'ldap-filter' }, '(a))', "<F> value '(a))' is not a valid LDAP filter: a closing parenthesis has no opening one."],
  [{ name: 'F', type: 'ldap-filter' }, '((a)', "<F> value '((a)' is not a valid LDAP filter: 1 opening parenthesis is never closed."],
  [{ name: 'F', type: 'ldap-filter' }, '(((a)', "<F> value '(((a)' is not a valid LDAP filter: 2 opening parentheses are never closed."],
  [{ name: 'F', type: 'ldap-filter' }, 'a', "<F> value 'a' is not a valid LDAP filter: a filter must be enclosed in parentheses."],
  [{ name: 'N', type: 'dn' }, 'x', "<N> value 'x' is not a distinguished name such as ou=staff,dc=example,dc=com."],
  [{ name: 'A', type: 'attribute' }, '-x', "<A> value '-x' is not a directory attribute name."],
  [
    { name: 'L', type: 'list', values: [{ value: 'A' }, { value: 'B' }], list: { separator: ',', itemType: 'enum', maxItems: 1 } },
    'A,B',
    '<L> has 2 entries; at most 1 are allowed.',
  ],
  [
    { name: 'L', type: 'list', values: [{ value: 'A' }], list: { separator: ' ', itemType: 'enum' } },
    'A C',
    "<L> entry 'C' is not one of: A. Entries are separated by 'a space'.",
  ],
  [
    { name: 'W', type: 'web-address' },
    'a b',
    "<W> value 'a b' is not a web address such as https://example.com/page or example.com/page (it contains spaces).",
  ],
  [{ name: 'W', type: 'web-address' }, 'ftp://x', "<W> value 'ftp://x' is not a web address such as https://example.com/page or example.com/page."],
  [{ name: 'U', type: 'url' }, 'nourl', "<U> value 'nourl' is not an http(s) URL."],
  [{ name: 'H', type: 'host' }, 'a_-', "<H> value 'a_-' is not a host name, FQDN or IP address."],
  [{ name: 'T', type: 'uri-template' }, 'x', "<T> value 'x' is not an http(s) URL template."],
  [{ name: 'I', type: 'integer', min: 1, max: 10 }, 'x', "<I> value 'x' is not a whole number (1\u201310)."],
  [{ name: 'I', type: 'integer', min: 1, max: 10 }, '11', '<I> value 11 is above the maximum 10.'],
  [{ name: 'I', type: 'integer' }, 'x', "<I> value 'x' is not a whole number."],
  [
    { name: 'L', type: 'list', values: [{ value: 'A' }], list: { separator: ';', itemType: 'enum' } },
    'A;C',
    "<L> entry 'C' is not one of: A. Entries are separated by ';'.",
  ],
  [
    { name: 'L', type: 'list', list: { separator: ';', itemType: 'host' } },
    'a b;c',
    "<L> entry 'a b' is not a host name, FQDN or IP address (it contains spaces). Entries are separated by ';'.",
  ],
];
