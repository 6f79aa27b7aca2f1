import assert from 'node:assert/strict';
import { test } from 'node:test';
import { englishMessages } from '../../server/catalog/messages';
import { elementAt, parseXml, xmlErrorText, type XmlSyntaxError } from '../../server/formats/xml';

/** An error as an English reader sees it. */
const english = (e: XmlSyntaxError) => englishMessages('common').render(xmlErrorText(e));

test('a well-formed file gives elements with exact offsets and no errors', () => {
  const text = '<config version="1.0"><Client><A> x &amp; y </A></Client></config>';
  const d = parseXml(text);
  assert.deepEqual(d.errors, []);
  const a = d.roots[0].children[0].children[0];
  assert.equal(a.name, 'A');
  assert.equal(text.slice(a.start, a.end), '<A> x &amp; y </A>');
  assert.equal(text.slice(a.nameStart, a.nameEnd), 'A');
  assert.equal(a.text, ' x & y ');
  assert.equal(text.slice(a.textStart!, a.textEnd!), ' x &amp; y ');
  assert.equal(d.roots[0].attributes[0].value, '1.0');
  assert.equal(elementAt(d, text.indexOf('x &'))?.name, 'A');
});

test('a tag being typed does not swallow the rest of the file', () => {
  const text = '<config version="1.0">\n<Policies>\n  <Ena\n</Policies>\n<Options><B>1</B></Options>\n</config>';
  const d = parseXml(text);
  const groups = d.roots[0].children.map((c) => c.name);
  assert.deepEqual(groups, ['Policies', 'Options']);
  assert.equal(d.roots[0].children[1].children[0].text, '1');
  assert.equal(d.errors.length, 1);
  assert.match(english(d.errors[0]), /'<Ena' is not closed/);
  assert.equal(text.slice(d.errors[0].start, d.errors[0].end), '<Ena');
});

test('an element left open is named, and the parent still closes', () => {
  const text = '<config><Policies><EnableVideo>true\n</Policies><Options/></config>';
  const d = parseXml(text);
  const policies = d.roots[0].children[0];
  assert.equal(policies.closed, true);
  assert.equal(policies.children[0].closed, false);
  assert.deepEqual(d.errors.map(english), ['<EnableVideo> is not closed before </Policies>']);
  assert.equal(d.roots[0].children[1].name, 'Options');
});

test('entities declared in a DOCTYPE are never expanded (billion laughs) and the DOCTYPE is recorded', () => {
  const lol = '<!DOCTYPE x [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;"><!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">]><x>&c;</x>';
  const d = parseXml(lol);
  assert.equal(d.doctype?.hasEntityDeclarations, true);
  assert.equal(d.roots[0].text.length < 10, true);
  assert.ok(d.errors.some((e) => /entity/.test(e.message)));
});

test('an external entity (XXE) is neither resolved nor fetched', () => {
  const d = parseXml('<!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]><x>&e;</x>');
  assert.equal(d.roots[0].text.includes('root:'), false);
  assert.ok(d.errors.length >= 1);
});

test('one malformed end tag gives one error, not one per character', () => {
  const d = parseXml('<config><Client><P>x</ P ></Client></config>');
  assert.ok(d.errors.length <= 3, JSON.stringify(d.errors));
});

test('random garbage never throws', () => {
  for (const t of ['', '<', '</', '<<<>>>', '<a', '<?xml', '<!--', '<![CDATA[', '\u0000\u0001', '<a b="<">', '&&&;']) {
    assert.doesNotThrow(() => parseXml(t), t);
  }
});
