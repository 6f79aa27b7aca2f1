// The reader's bounds (XML_LIMITS): each stops reading where it is reached, says so once with its own
// code (in the user's language), and keeps what came before.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseXml, XML_LIMITS } from '../../server/formats/xml';
import { jabberConfigService } from '../../server/services/jabber';
import * as A from './appconfig-helpers';
import { CONFIG, ctx, doc } from './jabber-helpers';

const cases: [string, string, string][] = [
  ['xml-too-deep', 'depth', CONFIG('<Client><A>1</A></Client>') + '<a>'.repeat(XML_LIMITS.maxDepth + 5)],
  ['xml-too-many-errors', 'errors', CONFIG('<Client><A>1</A></Client>') + '&x;'.repeat(XML_LIMITS.maxErrors + 5)],
  ['xml-tag-too-long', 'tag', CONFIG('<Client><A>1</A><B c=' + 'x'.repeat(XML_LIMITS.maxTagLength + 5) + '>2</B></Client>')],
  ['xml-too-many-elements', 'elements', CONFIG('<Client>' + '<A/>'.repeat(XML_LIMITS.maxElements + 5) + '</Client>')],
];

for (const [code, reason, text] of cases) {
  test(`${code}: reading stops where the bound is reached, said once, what came before is kept`, () => {
    const xml = parseXml(text);
    assert.equal(xml.limit?.reason, reason);
    assert.ok(xml.roots[0]?.name === 'config' && xml.roots[0].children[0]?.name === 'Client');
    const ds = jabberConfigService.validate(doc(text), ctx());
    assert.equal(
      ds.filter((d) => d.code === code).length,
      1,
      ds
        .map((d) => d.code)
        .slice(0, 5)
        .join(),
    );
    for (const locale of ['ko', 'ja'] as const) {
      const m = jabberConfigService.validate(doc(text), { ...ctx(), locale }).find((d) => d.code === code)!.message as string;
      assert.ok(!/nothing from here on is read/.test(m), m);
    }
  });
}

test('a property list past a bound says so too', () => {
  const ds = A.validate(A.xmlDoc('<dict><key>a</key><string>b</string>' + '<dict>'.repeat(XML_LIMITS.maxDepth + 5)));
  assert.ok(
    ds.some((d) => d.code === 'xml-too-deep'),
    ds.map((d) => d.code).join(),
  );
});
