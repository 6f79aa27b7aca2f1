// A misspelt end tag (</Option> closing <Options>) is one error on that end tag, with a quick fix that
// renames it, and nothing else in the file is lost: no cascade of 'another root' or 'unmatched' errors,
// and the findings after it are still reported.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { englishMessages } from '../../server/catalog/messages';
import { parseXml, xmlErrorText } from '../../server/formats/xml';
import { jabberConfigService } from '../../server/services/jabber';
import * as A from './appconfig-helpers';
import { CONFIG, applyAction, codes, ctx, doc } from './jabber-helpers';

test('the reader reports one error on the misspelt end tag and keeps the rest of the tree', () => {
  const text = '<config version="1.0"><Options><A>1</A></Option><Policies><B>2</B></Policies></config>';
  const d = parseXml(text);
  assert.deepEqual(
    d.errors.map((e) => [englishMessages('common').render(xmlErrorText(e)), text.slice(e.start, e.end)]),
    [['<Options> must be closed by </Options>', 'Option']],
  );
  assert.equal(d.roots.length, 1);
  assert.deepEqual(
    d.roots[0].children.map((c) => c.name),
    ['Options', 'Policies'],
  );
  assert.equal(d.roots[0].closed, true);
});

test('jabber-config: one xml-syntax error on the end tag, the other findings stay, and the fix renames the end tag', () => {
  const text = CONFIG(
    '  <Options>\n    <StartCallWithVideo>flase</StartCallWithVideo>\n  </Option>\n  <Policies>\n    <EnableVideo>maybe</EnableVideo>\n  </Policies>',
  );
  const d = doc(text);
  const ds = jabberConfigService.validate(d, ctx());
  const syntax = ds.filter((x) => x.code === 'xml-syntax');
  assert.equal(syntax.length, 1, JSON.stringify(syntax));
  assert.match(syntax[0].message as string, /<Options> must be closed by <\/Options>/);
  assert.equal(d.getText(syntax[0].range), 'Option');
  // Both wrong values are still reported while the syntax error stands.
  assert.equal(codes(ds).filter((c) => c === 'invalid-value').length, 2, codes(ds).join());
  const actions = jabberConfigService.codeActions(d, syntax[0].range, [syntax[0]], ctx());
  assert.equal(actions.length, 1);
  const fixed = applyAction(d, actions[0]);
  assert.equal(fixed, text.replace('</Option>', '</Options>'));
  assert.deepEqual(
    jabberConfigService.validate(doc(fixed), ctx()).filter((x) => x.code === 'xml-syntax'),
    [],
  );
});

test("jabber-config: the message is in the user's language", () => {
  const d = doc(CONFIG('  <Options>\n  </Option>'));
  for (const locale of ['ko', 'ja'] as const) {
    const m = jabberConfigService.validate(d, { ...ctx(), locale }).find((x) => x.code === 'xml-syntax')!.message as string;
    assert.ok(!/must be closed/.test(m), m);
    assert.match(m, /<\/Options>/);
  }
});

test('app-config plist: one error on the misspelt end tag, with a rename fix', () => {
  const text =
    '<dict>\n  <key>ServicesDomain</key>\n  <string>example.com</strin>\n  <key>VoiceServicesDomain</key>\n  <string>voice.example.com</string>\n</dict>\n';
  const d = A.xmlDoc(text);
  const ds = A.validate(d);
  const syntax = ds.filter((x) => x.code === 'xml-syntax');
  assert.equal(syntax.length, 1, JSON.stringify(ds));
  assert.equal(d.getText(syntax[0].range), 'strin');
  const actions = A.service.codeActions(d, syntax[0].range, [syntax[0]], A.context());
  const fix = actions.find((a) => /<\/string>/.test(a.title));
  assert.ok(fix, JSON.stringify(actions.map((a) => a.title)));
  const fixed = applyAction(d, fix);
  assert.equal(fixed, text.replace('</strin>', '</string>'));
  assert.deepEqual(
    A.codes(A.xmlDoc(fixed)).filter((c) => c === 'xml-syntax'),
    [],
  );
});

test('above ucConfig.maxFileSizeMB only the well-formedness check runs, and it still finds the misspelt end tag', () => {
  const text = CONFIG('  <Options>\n    <StartCallWithVideo>flase</StartCallWithVideo>\n  </Option>');
  const small = { maxFileSizeMB: 10 / (1024 * 1024) };
  const ds = jabberConfigService.validate(doc(text), ctx(small));
  assert.deepEqual(codes(ds), ['file-too-large', 'xml-syntax']);
  assert.match(ds[1].message as string, /<Options> must be closed by <\/Options>/);
  const plist = A.xmlDoc('<dict>\n  <key>ServicesDomain</key>\n  <string>example.com</strin>\n</dict>\n');
  const pds = A.validate(plist, { ...A.context(), settings: { ...A.context().settings, ...small } });
  assert.deepEqual(
    pds.map((d) => d.code),
    ['file-too-large', 'xml-syntax'],
  );
});

test("an end tag written with a space after </ (Cisco's own example) is one error on that tag, fixed by its name", () => {
  const text =
    '<?xml version="1.0" encoding="utf-8"?>\n<config version="1.0">\n <Client>\n  <PrtLogServerUrl>http://prt.example.com/prt.php</ PrtLogServerUrl >\n </Client>\n</config>\n';
  const d = doc(text);
  const syntax = jabberConfigService.validate(d, ctx()).filter((x) => x.code === 'xml-syntax');
  assert.equal(syntax.length, 1, syntax.map((x) => x.message).join(' | '));
  assert.equal(d.getText(syntax[0].range), ' PrtLogServerUrl ');
  assert.match(syntax[0].message as string, /<PrtLogServerUrl> must be closed by <\/PrtLogServerUrl>/);
  const fix = jabberConfigService.codeActions(d, syntax[0].range, syntax, ctx()).find((a) => a.isPreferred);
  assert.ok(fix, 'a preferred quick fix');
  const edit = fix.edit!.changes![d.uri][0];
  const after = text.slice(0, d.offsetAt(edit.range.start)) + edit.newText + text.slice(d.offsetAt(edit.range.end));
  assert.equal(after, text.replace('</ PrtLogServerUrl >', '</PrtLogServerUrl>'));
  assert.deepEqual(
    jabberConfigService.validate(doc(after), ctx()).filter((x) => x.code === 'xml-syntax'),
    [],
  );
});
