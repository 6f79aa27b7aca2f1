// Every string a user reads exists in English, Korean and Japanese: the UI strings of package.json
// (through package.nls*.json, which VS Code picks by display language) and every diagnostic message
// template in schemas/diagnostics/*.json (which the server picks by locale).
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { test } from 'node:test';

const root = path.resolve(__dirname, '../..');
const json = (f: string) => JSON.parse(fs.readFileSync(path.join(root, f), 'utf8'));
const pkg = json('package.json');
const NLS = { en: json('package.nls.json'), ko: json('package.nls.ko.json'), ja: json('package.nls.ja.json') } as Record<
  'en' | 'ko' | 'ja',
  Record<string, string>
>;

// Korean text has Hangul; Japanese text has kana or CJK ideographs. A copied English string has neither.
const SCRIPT = { ko: /[\uAC00-\uD7A3]/, ja: /[\u3040-\u30FF\u4E00-\u9FFF]/ };
// Strings that are names, not sentences, stay the same in every language.
const SAME_IN_EVERY_LANGUAGE = new Set(['UC Config']);

/** Every %key% reference anywhere in package.json. */
function keysIn(value: unknown, out: string[] = []): string[] {
  if (typeof value === 'string') {
    const m = /^%(.+)%$/.exec(value);
    if (m) out.push(m[1]);
  } else if (value && typeof value === 'object') for (const v of Object.values(value)) keysIn(v, out);
  return out;
}

test('every %key% in package.json has English, Korean and Japanese text', () => {
  const keys = keysIn(pkg);
  assert.ok(keys.length >= 10, `only ${keys.length} localised strings in package.json`);
  for (const key of keys) {
    for (const lang of ['en', 'ko', 'ja'] as const) {
      assert.equal(typeof NLS[lang][key], 'string', `${key} missing in package.nls${lang === 'en' ? '' : `.${lang}`}.json`);
    }
  }
});

test('the three package.nls files have the same keys, and the translations are translated', () => {
  const en = Object.keys(NLS.en).sort();
  assert.deepEqual(Object.keys(NLS.ko).sort(), en, 'package.nls.ko.json keys differ from package.nls.json');
  assert.deepEqual(Object.keys(NLS.ja).sort(), en, 'package.nls.ja.json keys differ from package.nls.json');
  for (const key of en) {
    if (SAME_IN_EVERY_LANGUAGE.has(NLS.en[key])) continue;
    assert.match(NLS.ko[key], SCRIPT.ko, `${key}: Korean text has no Hangul`);
    assert.match(NLS.ja[key], SCRIPT.ja, `${key}: Japanese text has no kana or kanji`);
    // Inline code (setting values, examples) must survive translation unchanged.
    const code = (s: string) => (s.match(/`[^`]+`/g) ?? []).sort();
    assert.deepEqual(code(NLS.ko[key]), code(NLS.en[key]), `${key}: Korean text changes inline code`);
    assert.deepEqual(code(NLS.ja[key]), code(NLS.en[key]), `${key}: Japanese text changes inline code`);
  }
});

test('command titles and setting descriptions in contributes are all localised', () => {
  const literal: string[] = [];
  const check = (where: string, v: unknown) => {
    if (typeof v === 'string' && !/^%.+%$/.test(v)) literal.push(`${where}: ${v}`);
  };
  for (const c of pkg.contributes.commands ?? []) {
    check(`${c.command}.title`, c.title);
    check(`${c.command}.category`, c.category);
  }
  for (const conf of [pkg.contributes.configuration].flat()) {
    check('configuration.title', conf.title);
    for (const [name, p] of Object.entries<Record<string, unknown>>(conf.properties ?? {})) {
      check(`${name}.description`, p.description);
      check(`${name}.markdownDescription`, p.markdownDescription);
      for (const [i, d] of ((p.enumDescriptions ?? p.markdownEnumDescriptions ?? []) as unknown[]).entries()) check(`${name}.enumDescriptions[${i}]`, d);
    }
  }
  assert.deepEqual(literal, [], 'literal strings: replace them by %key% and add the key to the three package.nls files');
});

const placeholders = (s: string) => [...new Set(s.match(/\{[A-Za-z0-9_]+\}/g) ?? [])].sort();
const families = fs.readdirSync(path.join(root, 'schemas/diagnostics')).filter((f) => f.endsWith('.json'));

for (const file of families) {
  test(`schemas/diagnostics/${file}: every code has en, ko and ja messages, with no unknown placeholder`, () => {
    const { codes } = json(`schemas/diagnostics/${file}`) as { codes: { code: string; message: Record<string, string> }[] };
    assert.ok(codes.length > 0);
    const problems: string[] = [];
    for (const { code, message } of codes) {
      for (const lang of ['en', 'ko', 'ja'] as const) {
        if (typeof message[lang] !== 'string' || !message[lang].trim()) problems.push(`${code}: no ${lang} message`);
      }
      if (problems.length) continue;
      for (const lang of ['ko', 'ja'] as const) {
        // A message made only of placeholders (e.g. "{detail}") has nothing to translate.
        const words = message[lang].replace(/\{[A-Za-z0-9_]+\}/g, '');
        if (/[A-Za-z]{3}/.test(message.en.replace(/\{[A-Za-z0-9_]+\}/g, '')) && !SCRIPT[lang].test(words))
          problems.push(`${code}: ${lang} message is not translated`);
        // A placeholder the English template does not have would render as nothing. (A translation
        // may leave one out: some quote the seed's own sentence, which has no slot for it.)
        const unknown = placeholders(message[lang]).filter((p) => !placeholders(message.en).includes(p));
        if (unknown.length) problems.push(`${code}: ${lang} uses placeholders ${unknown.join(', ')} that en does not fill`);
      }
    }
    assert.deepEqual(problems, []);
  });
}
