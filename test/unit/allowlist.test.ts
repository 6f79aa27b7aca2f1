// The allow-list rules CSV: Cisco's example file reads as five rules; RFC 4180 quoting; bad rows
// diagnosed on the field that must change; values checked against schemas/allow-list.json; the
// outline lists the rules.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { readAllowListCsv } from '../../server/formats/allowlist-csv';
import { allowListService } from '../../server/services/allowlist';
import { context, corpus, doc } from './artifact-helpers';
import { growthRatio } from './linearity';

const ctx = context();
const EXAMPLE = corpus('expressway-allowlist-csv/cisco-expressway-admin-x15-allowlist-rules-example.csv');
const HEADER = 'Url,Deployment,HttpMethods,MatchType,Description';

test("Cisco's example file: five rules, every field, no problems", () => {
  const r = readAllowListCsv(EXAMPLE);
  assert.deepEqual(r.problems, []);
  assert.deepEqual(
    r.rules.map((x) => [x.url, x.deployment, x.methods, x.matchType, x.description, x.host, x.port, x.path]),
    [
      ['https://myServer1:8443/myPath1', 'myDomain1', ['GET'], undefined, 'First Rule', 'myserver1', 8443, '/myPath1'],
      ['http://myServer2:8000/myPath2', 'myDomain200', ['GET', 'PUT'], 'exact', undefined, 'myserver2', 8000, '/myPath2'],
      ['https://myServer3:8080/myPath3', 'myDomain1', [], 'prefix', 'Third Rule', 'myserver3', 8080, '/myPath3'],
      ['https://myServer4/myPath4', 'myDomain1', [], 'prefix', 'Fourth Rule', 'myserver4', 443, '/myPath4'],
      ['http://myServer5/myPath5', 'myDomain1', [], 'prefix', 'Fifth Rule', 'myserver5', 80, '/myPath5'],
    ],
  );
  const second = r.rules[1];
  assert.equal(EXAMPLE.slice(second.urlRange.start, second.urlRange.end), 'http://myServer2:8000/myPath2');
  assert.deepEqual(
    second.methodRanges!.map((m) => EXAMPLE.slice(m.start, m.end)),
    ['GET', 'PUT'],
  );
  assert.deepEqual(allowListService.validate(doc('file:///w/rules.allowlist.csv', EXAMPLE), ctx), []);
});

test('a Url is read by WHATWG URL and its host by hostOf: no invalid IPv4 address, no trailing dot, no user name', () => {
  const r = readAllowListCsv(
    [
      HEADER,
      'http://999.999.999.999/',
      'https://Photos.Example.com./p?x=1',
      'https://user@photos.example.com/',
      'https://[2001:db8::1]:8443/a',
      'http://10.0.0.1/',
    ].join('\n'),
  );
  assert.deepEqual(
    r.problems.map((p) => p.code),
    ['allowlist-bad-url', 'allowlist-bad-url'],
  );
  assert.deepEqual(
    r.rules.filter((x) => x.host).map((x) => [x.host, x.port, x.path]),
    [
      ['photos.example.com', 443, '/p?x=1'],
      ['[2001:db8::1]', 8443, '/a'],
      ['10.0.0.1', 80, '/'],
    ],
  );
});

test('a Url whose host WHATWG URL would read as another host is a bad Url: the host matched is the one the admin wrote', () => {
  const rewritten = [
    'http://evil.example.com\\.good.example.com/x', // a backslash is a '/' to URL: the host would be evil.example.com
    'http://ex%61mple.com/', // a percent escape, decoded in the host
    'http://ex%2Eample.com/',
    'http://ex\u00ADample.com/', // a soft hyphen, dropped
    'http://\uFF45\uFF58\uFF41\uFF4D\uFF50\uFF4C\uFF45.com/', // full-width letters
    'http://example\u3002com/', // an ideographic full stop
    'http://127.1/', // IPv4 shorthands, rewritten as 127.0.0.1
    'http://0x7f.0.0.1/',
    'http://2130706433/',
  ];
  const r = readAllowListCsv([HEADER, ...rewritten, 'http://b\u00FCcher.example/', 'http://[0:0::1]:8443/', 'HTTP://Photos.Example.COM./'].join('\n'));
  assert.deepEqual(
    r.problems.map((p) => `${p.code} ${p.args?.url}`),
    rewritten.map((u) => `allowlist-bad-url ${u}`),
  );
  // An international name is the same host in its ASCII form (as the jabber-config's hosts are read);
  // an IPv6 address written longer is the same address; case and a trailing dot change nothing.
  assert.deepEqual(
    r.rules.filter((x) => x.host).map((x) => x.host),
    ['xn--bcher-kva.example', '[::1]', 'photos.example.com'],
  );
});

test('a Url of 100 KB is read at once and named shortly', () => {
  const long = 'http://' + 'a'.repeat(100_000) + '.example.com/';
  const r = readAllowListCsv([HEADER, long, 'http://h.example.com/' + 'p'.repeat(100_000)].join('\n'));
  assert.deepEqual(
    r.problems.map((p) => [p.code, String(p.args?.url).length]),
    [['allowlist-bad-url', 200]],
  );
});

test('RFC 4180: doubled quotes, quoted commas, CRLF, a BOM, a blank last line', () => {
  const text = `\uFEFF${HEADER}\r\nhttps://h/p,,"GET,POST",exact,"say ""hi"", then go"\r\n\r\n`;
  const r = readAllowListCsv(text);
  assert.deepEqual(r.problems, []);
  assert.deepEqual([r.rules[0].methods, r.rules[0].description], [['GET', 'POST'], 'say "hi", then go']);
});

test('bad rows: each problem on the field that must change', () => {
  const text = [
    HEADER,
    'ftp://files.example.com/x,,,,',
    'https://cucm.example.com:99999/x,,,,',
    'https://cucm.example.com:8443/cucm-uds/,,GET,PUT,exact,',
    ',dep,GET,,',
    'https://cucm.example.com:8443/a,,"GET,GTE",Exact,',
    'https://cucm.example.com:8443/b,,GET,partial,',
    'https://cucm.example.com:8443/c,,"GET',
    '',
  ].join('\n');
  const d = doc('file:///w/allow-list.csv', text);
  const got = allowListService.validate(d, ctx).map((x) => `${x.code} ${x.range.start.line}:${x.range.start.character} ${d.getText(x.range)}`);
  assert.deepEqual(got, [
    'allowlist-bad-url 1:0 ftp://files.example.com/x',
    'allowlist-bad-url 2:0 https://cucm.example.com:99999/x',
    'allowlist-field-count 3:0 https://cucm.example.com:8443/cucm-uds/,,GET,PUT,exact,',
    'allowlist-missing-url 4:0 ',
    'allowlist-unknown-method 5:38 GTE',
    'allowlist-bad-match-type 6:37 partial',
    'allowlist-unterminated-quote 7:33 "',
  ]);
  const messages = allowListService.validate(d, ctx).map((x) => x.message);
  assert.ok(messages.includes("MatchType 'partial' must be exact, prefix (empty means prefix)."));
  assert.ok(messages.includes("'GTE' is not an HTTP method (GET, HEAD, POST, PUT, DELETE, CONNECT, OPTIONS, TRACE, PATCH)."));
  assert.ok(messages.includes("'ftp://files.example.com/x' is not protocol://host[:port][/path] with protocol http or https and a port from 0 to 65535."));
});

test('quick fix: a method list written without quotes is put in quotes, and the row reads as five columns again', () => {
  const text = `${HEADER}\nhttps://cucm.example.com:8443/cucm-uds/,,GET,PUT,exact,"UDS"\nhttps://x.example.com/a,,GET,,prefix,extra\n`;
  const d = doc('file:///w/rules.allowlist.csv', text);
  const ds = allowListService.validate(d, ctx);
  assert.deepEqual(
    ds.map((x) => x.code),
    ['allowlist-field-count', 'allowlist-field-count'],
  );
  const actions = allowListService.codeActions(d, ds[0].range, ds, ctx);
  assert.deepEqual(
    actions.map((a) => a.title),
    ['Put the HTTP methods in double quotes: "GET,PUT"'],
  );
  const fixed = TextDocument.applyEdits(d, actions[0].edit!.changes![d.uri]);
  assert.equal(fixed, `${HEADER}\nhttps://cucm.example.com:8443/cucm-uds/,,"GET,PUT",exact,"UDS"\nhttps://x.example.com/a,,GET,,prefix,extra\n`);
  const after = readAllowListCsv(fixed);
  assert.deepEqual([after.rules[0].methods, after.rules[0].matchType, after.rules[0].description], [['GET', 'PUT'], 'exact', 'UDS']);
  // A row whose extra column is not a method gets no fix (UC Config cannot know what was meant).
  assert.deepEqual(allowListService.codeActions(d, ds[1].range, [ds[1]], ctx), []);
  assert.deepEqual(
    allowListService.codeActions(d, ds[0].range, [ds[0]], context('ja')).map((a) => a.title),
    ['HTTP メソッドを二重引用符で囲む: "GET,PUT"'],
  );
});

test('a wrong or missing header is reported; a file that starts with a rule still has that rule read', () => {
  const noHeader = readAllowListCsv('https://a.example.com/x,,,,\nhttps://b.example.com/y,,,,\n');
  assert.deepEqual([noHeader.problems.map((p) => p.code), noHeader.rules.length], [['allowlist-bad-header'], 2]);
  const wrong = readAllowListCsv('URL;Methods\nhttps://a.example.com/x,,,,\n');
  assert.deepEqual([wrong.problems.map((p) => p.code), wrong.rules.length], [['allowlist-bad-header'], 1]);
  assert.deepEqual(readAllowListCsv('url,deployment,httpmethods,matchtype,description\nhttps://a.example.com/x,,,,\n').problems, []);
  const multi = readAllowListCsv(`${HEADER}\nhttps://a.example.com/x,,,,"two\nlines"\n`);
  assert.deepEqual(
    multi.problems.map((p) => p.code),
    ['allowlist-multiline-field'],
  );
});

test('outline: one entry per rule with methods, match type and deployment', () => {
  const s = allowListService.symbols(doc('file:///w/rules.allowlist.csv', EXAMPLE), ctx);
  assert.deepEqual(
    s.map((x) => `${x.name} · ${x.detail}`),
    [
      'https://myServer1:8443/myPath1 · GET · prefix (default) · myDomain1',
      'http://myServer2:8000/myPath2 · GET,PUT · exact · myDomain200',
      'https://myServer3:8080/myPath3 · all methods · prefix · myDomain1',
      'https://myServer4/myPath4 · all methods · prefix · myDomain1',
      'http://myServer5/myPath5 · all methods · prefix · myDomain1',
    ],
  );
});

test('bad input: binary and huge files stay bounded', () => {
  assert.deepEqual(
    allowListService.validate(doc('file:///w/x.allowlist.csv', '\u0000\u0001junk'), ctx).map((x) => x.code),
    ['binary-content'],
  );
  assert.deepEqual(
    readAllowListCsv('x'.repeat(6_000_000)).problems.map((p) => p.code),
    ['allowlist-too-large'],
  );
  // Work grows with the size of the file, not faster; an unclosed quote before a megabyte is one problem.
  const list = (n: number) => `${HEADER}\n` + Array.from({ length: n }, (_, i) => `https://h${i}.example.com/p,,GET,,`).join('\n');
  const [small, large] = [list(2000), list(20000)];
  assert.equal(readAllowListCsv(large).rules.length, 20000);
  const ratio = growthRatio(readAllowListCsv, small, large);
  // Linear work gives about 10×; a quadratic reader gives about 100×. The bound sits between, clear of a busy machine's noise.
  assert.ok(ratio < 60, `20 000 / 2 000 rules: ${ratio.toFixed(1)}×`);
  assert.deepEqual(
    readAllowListCsv(`${HEADER}\n"` + 'a'.repeat(1_000_000)).problems.map((p) => p.code),
    ['allowlist-unterminated-quote'],
  );
});
