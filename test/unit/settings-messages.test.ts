// The settings reader's own messages (bounds, aliases) and the YAML and JSON libraries' errors, as a user
// reads them in English, Korean and Japanese. The reader gives each as data (an id of
// schemas/l10n/uc-settings.json and its arguments), rendered in every language; a library's error
// reads in English as the library wrote it and is named by its error code in the other languages.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { MAX_ALIAS_EXPANSIONS, MAX_CHARS, MAX_DEPTH, MAX_ENTRIES } from '../../server/formats/settings';
import { settingsService } from '../../server/services/settings';
import { context, doc } from './settings-helpers';

const lines = (n: number, f: (i: number) => string) => Array.from({ length: n }, (_, i) => f(i)).join('\n') + '\n';

const CASES: { name: string; file: string; text: string; code: string; en: string; ko: string; ja: string }[] = [
  {
    name: 'a file past the size bound',
    file: 'large.expressway.yaml',
    text: 'a: ' + 'x'.repeat(MAX_CHARS + 10) + '\n',
    code: 'settings-too-large',
    en: 'This settings file is too large to check (more than 48 KB); settings files are a few kilobytes, so it is not read or checked.',
    ko: '이 설정 파일은 너무 커서 검사할 수 없습니다(48 KB 초과). 설정 파일은 보통 몇 KB이므로 읽거나 검사하지 않습니다.',
    ja: 'この設定ファイルは大きすぎて検査できません (48 KB を超えています)。設定ファイルは通常数 KB のため、読み込みも検査もしません。',
  },
  {
    name: 'a file past the entries bound',
    file: 'many.expressway.yaml',
    text: lines(MAX_ENTRIES + 10, (i) => `k${i}: ${i}`),
    code: 'settings-too-large',
    en: 'This settings file is too large to check (more than 1200 keys, list items and values); settings files are a few kilobytes, so it is not read or checked.',
    ko: '이 설정 파일은 너무 커서 검사할 수 없습니다(키, 목록 항목, 값이 1200개 초과). 설정 파일은 보통 몇 KB이므로 읽거나 검사하지 않습니다.',
    ja: 'この設定ファイルは大きすぎて検査できません (キー・リスト項目・値が 1200 個を超えています)。設定ファイルは通常数 KB のため、読み込みも検査もしません。',
  },
  {
    name: 'a file nested past the depth bound',
    file: 'deep.expressway.yaml',
    text: 'a: ' + '['.repeat(MAX_DEPTH + 5) + ']'.repeat(MAX_DEPTH + 5) + '\n',
    code: 'settings-too-deep',
    en: 'This file nests more than 64 levels deep here; no Expressway, Unified CM or IM and Presence settings file does, so it is not read or checked.',
    ko: '이 파일은 여기에서 64단계보다 깊게 중첩되어 있습니다. 이렇게 깊은 Expressway, Unified CM, IM and Presence 설정 파일은 없으므로 읽거나 검사하지 않습니다.',
    ja: 'このファイルはここで 64 階層を超えて入れ子になっています。そのような Expressway、Unified CM、IM and Presence の設定ファイルはないため、読み込みも検査もしません。',
  },
  {
    name: 'too many aliases',
    file: 'aliases.expressway.yaml',
    text: 'b: &a 1\n' + lines(MAX_ALIAS_EXPANSIONS + 20, (i) => `k${i}: *a`),
    code: 'settings-alias-limit',
    en: 'Too many YAML aliases or values (more than 100 aliases); the file was not read further (alias bomb protection).',
    ko: 'YAML 별칭 또는 값이 너무 많습니다(별칭 100개 초과). 별칭 폭탄 방지를 위해 더 읽지 않았습니다.',
    ja: 'YAML のエイリアスまたは値が多すぎます (エイリアスが 100 個超)。エイリアス爆弾対策のため以降は読み込みません。',
  },
  {
    name: 'too many values through aliases',
    file: 'values.expressway.yaml',
    text: 'b: &a [' + '1,'.repeat(250) + ']\n' + lines(90, (i) => `k${i}: *a`),
    code: 'settings-alias-limit',
    en: 'Too many YAML aliases or values (more than 20000 values); the file was not read further (alias bomb protection).',
    ko: 'YAML 별칭 또는 값이 너무 많습니다(값 20000개 초과). 별칭 폭탄 방지를 위해 더 읽지 않았습니다.',
    ja: 'YAML のエイリアスまたは値が多すぎます (値が 20000 個超)。エイリアス爆弾対策のため以降は読み込みません。',
  },
  {
    name: 'an alias with no anchor',
    file: 'unresolved.expressway.yaml',
    text: 'expressway:\n  a: *nope\n',
    code: 'yaml-syntax',
    en: 'Not valid YAML: alias *nope cannot be resolved here.',
    ko: '올바른 YAML이 아닙니다: 별칭 *nope을(를) 여기에서 해석할 수 없습니다.',
    ja: '正しい YAML ではありません: エイリアス *nope をここでは解決できません。',
  },
  {
    name: "a YAML library error (yaml's own words in English)",
    file: 'tab.expressway.yaml',
    text: 'expressway:\n\tversion: X14.2\n  other: 2\n',
    code: 'yaml-syntax',
    en: 'Not valid YAML: Tabs are not allowed as indentation.',
    ko: '올바른 YAML이 아닙니다: 들여쓰기에 탭을 쓸 수 없습니다.',
    ja: '正しい YAML ではありません: インデントにタブは使用できません。',
  },
  {
    name: "a JSON library error (jsonc-parser's error in English)",
    file: 'comma.expressway.json',
    text: '{\n  "expressway": {\n    "version": "X14.2",,\n    "x": 1\n  }\n}\n',
    code: 'json-syntax',
    en: 'Not valid JSON: property name expected.',
    ko: '올바른 JSON이 아닙니다: 속성 이름이 필요합니다.',
    ja: '正しい JSON ではありません: プロパティ名が必要です。',
  },
];

describe('settings reader messages in every language', () => {
  for (const c of CASES) {
    it(c.name, () => {
      const d = doc(`file:///m/${c.file}`, c.text);
      for (const locale of ['en', 'ko', 'ja'] as const) {
        const [first] = settingsService.validate(d, context([d], locale));
        assert.equal(first?.code, c.code, locale);
        assert.equal(String(first.message), c[locale]);
      }
    });
  }
});
