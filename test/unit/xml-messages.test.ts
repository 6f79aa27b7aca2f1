// The XML reader's own messages (an end tag that names another element, an element left open, a tag
// being typed) as a user reads them in English, Korean and Japanese, in every format that reads XML:
// jabber-config, property-list app configurations (both also above ucConfig.maxFileSizeMB, where only
// the well-formedness check runs) and status.xml. The reader gives them as data (an id of
// schemas/l10n/common.json and its arguments); no English is parsed back to translate them.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Diagnostic } from 'vscode-languageserver-types';
import { kindOfDocument } from '../../server/services/documentKind';
import { services } from '../../server/services/registry';
import type { ServiceContext } from '../../server/services/types';
import { DEFAULT_SETTINGS } from '../../shared/settings';
import { catalogs } from './settings-helpers';

const PAD = '\n' + ' '.repeat(1_100_000) + '\n';
const jabber = (body: string, pad = '') => `<?xml version="1.0" encoding="utf-8"?>\n<config version="1.0">\n${body}${pad}\n</config>\n`;
const plist = (body: string, pad = '') => `<?xml version="1.0" encoding="UTF-8"?>\n<plist version="1.0">\n<dict>\n${body}${pad}\n</dict>\n</plist>\n`;
const status = (body: string) => `<Status xmlns="http://www.tandberg.no/XML/CUIL/1.0" product="TANDBERG VCS" version="X8.11.3">\n${body}\n</Status>\n`;
const CASES: { name: string; uri: string; text: string; en: string; ko: string; ja: string }[] = [
  {
    name: 'jabber-config: a misspelt end tag',
    uri: 'file:///x/jabber-config.xml',
    text: jabber('<Options><A>1</A></Option>'),
    en: 'Not well-formed XML: <Options> must be closed by </Options>. Jabber downloads a file like this but silently ignores all of it.',
    ko: '올바른 형식의 XML이 아닙니다: <Options>은(는) </Options>(으)로 닫아야 합니다. Jabber는 이런 파일을 다운로드하지만 전체를 무시합니다.',
    ja: '整形式の XML ではありません: <Options> は </Options> で閉じる必要があります。Jabber はこのファイルをダウンロードしても内容をすべて無視します。',
  },
  {
    name: 'jabber-config: an end tag with a space after </',
    uri: 'file:///x/jabber-config.xml',
    text: jabber('<Policies><PrtLogServerUrl>http://x/y</ PrtLogServerUrl ></Policies>'),
    en: 'Not well-formed XML: <PrtLogServerUrl> must be closed by </PrtLogServerUrl>. Jabber downloads a file like this but silently ignores all of it.',
    ko: '올바른 형식의 XML이 아닙니다: <PrtLogServerUrl>은(는) </PrtLogServerUrl>(으)로 닫아야 합니다. Jabber는 이런 파일을 다운로드하지만 전체를 무시합니다.',
    ja: '整形式の XML ではありません: <PrtLogServerUrl> は </PrtLogServerUrl> で閉じる必要があります。Jabber はこのファイルをダウンロードしても内容をすべて無視します。',
  },
  {
    name: 'jabber-config: an element left open',
    uri: 'file:///x/jabber-config.xml',
    text: jabber('<Policies><EnableVideo>true\n</Policies>'),
    en: 'Not well-formed XML: <EnableVideo> is not closed before </Policies>. Jabber downloads a file like this but silently ignores all of it.',
    ko: '올바른 형식의 XML이 아닙니다: <EnableVideo>이(가) </Policies> 앞에서 닫히지 않았습니다. Jabber는 이런 파일을 다운로드하지만 전체를 무시합니다.',
    ja: '整形式の XML ではありません: <EnableVideo> が </Policies> の前で閉じられていません。Jabber はこのファイルをダウンロードしても内容をすべて無視します。',
  },
  {
    name: 'jabber-config: a tag being typed',
    uri: 'file:///x/jabber-config.xml',
    text: jabber('<Policies>\n  <Ena\n</Policies>'),
    en: "Not well-formed XML: the tag '<Ena' is not closed with '>'. Jabber downloads a file like this but silently ignores all of it.",
    ko: "올바른 형식의 XML이 아닙니다: 태그 '<Ena'이(가) '>'로 닫히지 않았습니다. Jabber는 이런 파일을 다운로드하지만 전체를 무시합니다.",
    ja: "整形式の XML ではありません: タグ '<Ena' が '>' で閉じられていません。Jabber はこのファイルをダウンロードしても内容をすべて無視します。",
  },
  {
    name: 'jabber-config above the size bound: a misspelt end tag',
    uri: 'file:///x/jabber-config.xml',
    text: jabber('<Options><A>1</A></Option>', PAD),
    en: 'Not well-formed XML: <Options> must be closed by </Options>. Jabber downloads a file like this but silently ignores all of it.',
    ko: '올바른 형식의 XML이 아닙니다: <Options>은(는) </Options>(으)로 닫아야 합니다. Jabber는 이런 파일을 다운로드하지만 전체를 무시합니다.',
    ja: '整形式の XML ではありません: <Options> は </Options> で閉じる必要があります。Jabber はこのファイルをダウンロードしても内容をすべて無視します。',
  },
  {
    name: 'app config: a misspelt end tag',
    uri: 'file:///x/a.appconfig.xml',
    text: plist('<key>A</key><string>x</strin>'),
    en: 'Not well-formed XML: <string> must be closed by </string>. The other entries are still checked, but the EMM console needs XML that parses.',
    ko: '올바른 형식의 XML이 아닙니다: <string>은(는) </string>(으)로 닫아야 합니다. 나머지 항목은 계속 검사하지만, EMM 콘솔에는 구문 분석이 되는 XML이 필요합니다.',
    ja: '整形式の XML ではありません: <string> は </string> で閉じる必要があります。他のエントリは引き続きチェックしますが、EMM コンソールには解析できる XML が必要です。',
  },
  {
    name: 'app config: an element left open',
    uri: 'file:///x/a.appconfig.xml',
    text: plist('<key>A</key><string>x\n<key>B</key><true/>'),
    en: 'Not well-formed XML: <string> is not closed before </dict>. The other entries are still checked, but the EMM console needs XML that parses.',
    ko: '올바른 형식의 XML이 아닙니다: <string>이(가) </dict> 앞에서 닫히지 않았습니다. 나머지 항목은 계속 검사하지만, EMM 콘솔에는 구문 분석이 되는 XML이 필요합니다.',
    ja: '整形式の XML ではありません: <string> が </dict> の前で閉じられていません。他のエントリは引き続きチェックしますが、EMM コンソールには解析できる XML が必要です。',
  },
  {
    name: 'app config: a tag being typed',
    uri: 'file:///x/a.appconfig.xml',
    text: plist('<key>A</key>\n<stri\n<key>B</key><true/>'),
    en: "Not well-formed XML: the tag '<stri' is not closed with '>'. The other entries are still checked, but the EMM console needs XML that parses.",
    ko: "올바른 형식의 XML이 아닙니다: 태그 '<stri'이(가) '>'로 닫히지 않았습니다. 나머지 항목은 계속 검사하지만, EMM 콘솔에는 구문 분석이 되는 XML이 필요합니다.",
    ja: "整形式の XML ではありません: タグ '<stri' が '>' で閉じられていません。他のエントリは引き続きチェックしますが、EMM コンソールには解析できる XML が必要です。",
  },
  {
    name: 'app config above the size bound: a misspelt end tag',
    uri: 'file:///x/a.appconfig.xml',
    text: plist('<key>A</key><string>x</strin>', PAD),
    en: 'Not well-formed XML: <string> must be closed by </string>. The other entries are still checked, but the EMM console needs XML that parses.',
    ko: '올바른 형식의 XML이 아닙니다: <string>은(는) </string>(으)로 닫아야 합니다. 나머지 항목은 계속 검사하지만, EMM 콘솔에는 구문 분석이 되는 XML이 필요합니다.',
    ja: '整形式の XML ではありません: <string> は </string> で閉じる必要があります。他のエントリは引き続きチェックしますが、EMM コンソールには解析できる XML が必要です。',
  },
  {
    name: 'status.xml: an element left open',
    uri: 'file:///x/status.xml',
    text: status('<SystemUnit item="1">\n<Product item="1">TANDBERG VCS\n</SystemUnit>'),
    en: 'The status XML is not well formed here: <Product> is not closed before </SystemUnit>',
    ko: '상태 XML 형식이 여기서 올바르지 않습니다: <Product>이(가) </SystemUnit> 앞에서 닫히지 않았습니다',
    ja: 'ステータス XML がここで整形式ではありません: <Product> が </SystemUnit> の前で閉じられていません',
  },
  {
    name: 'status.xml: a misspelt end tag',
    uri: 'file:///x/status.xml',
    text: status('<SystemUnit item="1"><Product item="1">TANDBERG VCS</Produc></SystemUnit>'),
    en: 'The status XML is not well formed here: <Product> must be closed by </Product>',
    ko: '상태 XML 형식이 여기서 올바르지 않습니다: <Product>은(는) </Product>(으)로 닫아야 합니다',
    ja: 'ステータス XML がここで整形式ではありません: <Product> は </Product> で閉じる必要があります',
  },
];

describe("the XML reader's own messages in every language", () => {
  const settings = { ...DEFAULT_SETTINGS, maxFileSizeMB: 1 };
  for (const c of CASES) {
    it(c.name, () => {
      const d = TextDocument.create(c.uri, 'xml', 1, c.text);
      const kind = kindOfDocument(d, settings);
      assert.ok(kind);
      for (const locale of ['en', 'ko', 'ja'] as const) {
        const ctx: ServiceContext = { settings, catalogs, locale, workspace: { documents: () => [d] } };
        const all: Diagnostic[] = services[kind].validate(d, ctx);
        const syntax = all.filter((x) => /syntax/.test(String(x.code)));
        assert.deepEqual(
          syntax.map((x) => String(x.message)),
          [c[locale]],
          locale,
        );
      }
    });
  }
});
