// The DNS reader on every real example of the corpus (Windows nslookup output, a zone-like SRV list)
// and on dig output and BIND zone files; ranges point at the target and port; bad records are
// diagnosed; the outline lists the records.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { readDnsFile, readDnsFileInSteps } from '../../server/formats/dns';
import { dnsService } from '../../server/services/dns';
import { context, corpus, corpusFiles, doc } from './artifact-helpers';
import { englishRuns } from './l10n-helpers';
import { growthRatio } from './linearity';

const ctx = context();
const srv = (text: string) =>
  readDnsFile(text).records.map((r) => `${r.type} ${r.name} ${r.priority ?? ''}/${r.weight ?? ''} ${r.target ?? r.address}:${r.port ?? ''}`);

test('every corpus DNS file parses, without problems', () => {
  const expected: Record<string, [string, number]> = {
    'blog-tomlarse-vcs-express-srv-records.txt': ['zone', 7],
    'cisco-jabber-planning-cisco-uds-srv.txt': ['nslookup', 3],
    'cisco-jabber-planning-collab-edge-srv.txt': ['nslookup', 3],
    'cisco-jabber-planning-cuplogin-srv.txt': ['nslookup', 3],
    'cisco-tac-imp-central-nslookup-cisco-uds.txt': ['nslookup', 2],
  };
  assert.deepEqual(corpusFiles('dns'), Object.keys(expected));
  for (const f of corpusFiles('dns')) {
    const r = readDnsFile(corpus(`dns/${f}`));
    assert.deepEqual([r.syntax, r.records.length, r.problems], [...expected[f], []], f);
  }
});

test('nslookup SRV output: every field, with ranges on the target and the port', () => {
  const text = corpus('dns/cisco-jabber-planning-collab-edge-srv.txt');
  assert.deepEqual(srv(text), [
    'SRV _collab-edge._tls.example.com 3/7 vcse1.example.com:8443',
    'SRV _collab-edge._tls.example.com 4/8 vcse2.example.com:8443',
    'SRV _collab-edge._tls.example.com 5/0 vcse3.example.com:8443',
  ]);
  const r = readDnsFile(text).records[1];
  assert.equal(text.slice(r.targetRange!.start, r.targetRange!.end), 'vcse2.example.com');
  assert.equal(text.slice(r.portRange!.start, r.portRange!.end), '8443');
  assert.ok(text.slice(r.range.start, r.range.end).startsWith('_collab-edge._tls.example.com   SRV service location:'));
});

test('the TAC transcript: the DNS server lines are not records; the A record of the target is', () => {
  assert.deepEqual(srv(corpus('dns/cisco-tac-imp-central-nslookup-cisco-uds.txt')), [
    'SRV _cisco-uds._tcp.dcloud.example.com 10/10 cucm2.dcloud.example.com:8443',
    'A cucm2.dcloud.example.com / x.x.x.y:',
  ]);
});

test('a zone-like SRV list with lower-case types and trailing dots', () => {
  assert.equal(srv(corpus('dns/blog-tomlarse-vcs-express-srv-records.txt'))[0], 'SRV _h323ls._udp.company.com 1/0 vcs-e.company.com:1719');
});

test('a BIND zone file: $ORIGIN, relative names, @, TTL and class in either order, SOA in parentheses', () => {
  const zone = [
    '$ORIGIN example.com.',
    '$TTL 3600',
    '@   IN SOA ns1 hostmaster (',
    '        2026120601 3600 600 86400 300 )',
    '    IN NS ns1',
    '_collab-edge._tls   IN SRV 10 10 8443 vcse.example.com.',
    '_cisco-uds._tcp 300 IN SRV 1 5 8443 cucm1 ; publisher',
    '_cuplogin._tcp  IN 300 SRV 1 5 8443 imp1.example.com.',
    'lyncdiscover    IN CNAME webdir.online.lync.com.',
    'vcse            IN A 203.0.113.10',
    '                IN AAAA 2001:db8::10',
    'office          IN LOC 52 22 23.000 N 4 53 32.000 E -2.00m 0.00m 10000m 10m',
    'mail            IN URI 10 1 "ftp://ftp.example.com/public"',
    '',
  ].join('\n');
  const f = readDnsFile(zone);
  assert.equal(f.syntax, 'zone');
  assert.deepEqual(f.problems, []);
  assert.deepEqual(srv(zone), [
    'SRV _collab-edge._tls.example.com 10/10 vcse.example.com:8443',
    'SRV _cisco-uds._tcp.example.com 1/5 cucm1.example.com:8443',
    'SRV _cuplogin._tcp.example.com 1/5 imp1.example.com:8443',
    'CNAME lyncdiscover.example.com / webdir.online.lync.com:',
    'A vcse.example.com / 203.0.113.10:',
    'AAAA vcse.example.com / 2001:db8::10:',
  ]);
  assert.equal(f.records[1].ttl, 300);
});

test('dig output: the answer section is read, the question and statistics are not', () => {
  const dig = [
    '; <<>> DiG 9.18.28 <<>> SRV _collab-edge._tls.example.com',
    ';; global options: +cmd',
    ';; QUESTION SECTION:',
    ';_collab-edge._tls.example.com.	IN	SRV',
    '',
    ';; ANSWER SECTION:',
    '_collab-edge._tls.example.com. 3600 IN	SRV	10 10 8443 vcse.example.com.',
    '_collab-edge._tls.example.com. 3600 IN	SRV	20 10 8443 vcse2.example.com.',
    '',
    ';; ADDITIONAL SECTION:',
    'vcse.example.com.	3600	IN	A	203.0.113.10',
    '',
    ';; Query time: 3 msec',
    ';; SERVER: 10.0.0.2#53(10.0.0.2) (UDP)',
  ].join('\n');
  const f = readDnsFile(dig);
  assert.deepEqual([f.syntax, f.problems], ['dig', []]);
  assert.deepEqual(srv(dig), [
    'SRV _collab-edge._tls.example.com 10/10 vcse.example.com:8443',
    'SRV _collab-edge._tls.example.com 20/10 vcse2.example.com:8443',
    'A vcse.example.com / 203.0.113.10:',
  ]);
});

test('nslookup A lookups with several addresses and aliases (lyncdiscover)', () => {
  const text = [
    'Server:  dc1.example.com',
    'Address:  10.0.0.2',
    '',
    'Non-authoritative answer:',
    'Name:    webdir.online.lync.com',
    'Addresses:  52.112.0.1',
    '          52.112.0.2',
    'Aliases:  lyncdiscover.example.com',
    '',
  ].join('\r\n');
  assert.deepEqual(srv(text), [
    'A webdir.online.lync.com / 52.112.0.1:',
    'A webdir.online.lync.com / 52.112.0.2:',
    'CNAME lyncdiscover.example.com / webdir.online.lync.com:',
  ]);
  const lync = [' lyncdiscover.example.com  canonical name = webdir.online.lync.com', ''].join('\n');
  assert.deepEqual(srv(lync), ['CNAME lyncdiscover.example.com / webdir.online.lync.com:']);
});

test('bad records are diagnosed on their token: a port that is no number, a cut-off nslookup block, an unreadable line', () => {
  const zone = '_collab-edge._tls.example.com. IN SRV 10 10 84x3 vcse.example.com.\n_sip._tls.example.com. IN SRV 10 10 5061\nthis is not a record line\n';
  const d = doc('file:///w/example.zone', zone);
  assert.deepEqual(
    dnsService.validate(d, ctx).map((x) => [x.code, x.range.start.line, x.range.start.character, x.message]),
    [
      ['dns-bad-number', 0, zone.indexOf('84x3'), "port '84x3' is not a number from 0 to 65535."],
      ['dns-bad-record', 1, 0, 'This line is not a DNS record UC Config can read: _sip._tls.example.com. IN SRV 10 10 5061'],
      ['dns-bad-record', 2, 0, 'This line is not a DNS record UC Config can read: this is not a record line'],
    ],
  );
  const cut = '_collab-edge._tls.example.com   SRV service location:\n          priority       = 3\n          weight         = 7\n';
  assert.deepEqual(
    dnsService.validate(doc('file:///w/lookup.dns.txt', cut), ctx).map((x) => x.message),
    ['The SRV record _collab-edge._tls.example.com lacks port, svr hostname: the lookup output looks cut off.'],
  );
});

test('outline: one entry per record, with where it points', () => {
  const d = doc('file:///w/collab-edge-srv.txt', corpus('dns/cisco-jabber-planning-collab-edge-srv.txt'));
  assert.deepEqual(
    dnsService.symbols(d, ctx).map((s) => `${s.name} → ${s.detail}`),
    [
      '_collab-edge._tls.example.com SRV → vcse1.example.com:8443 (3 7)',
      '_collab-edge._tls.example.com SRV → vcse2.example.com:8443 (4 8)',
      '_collab-edge._tls.example.com SRV → vcse3.example.com:8443 (5 0)',
    ],
  );
});

test("hover: where a record points and what it is for, in the user's language", () => {
  const text = corpus('dns/cisco-tac-imp-central-nslookup-cisco-uds.txt');
  const d = doc('file:///w/uds-lookup.dns.txt', text);
  const at = (needle: string) => d.positionAt(text.indexOf(needle));
  const h = (dnsService.hover(d, at('weight'), ctx)!.contents as { value: string }).value;
  assert.equal(
    h,
    [
      '**`_cisco-uds._tcp.dcloud.example.com`** SRV → `cucm2.dcloud.example.com`:8443',
      '',
      'Priority 10, weight 10, port 8443',
      '',
      'Service discovery inside the network: tells Cisco Jabber where Unified CM is, so the client can read its service profile. It points at the publisher of the telephony cluster (the hub cluster when ILS is deployed), port 8443.',
      '',
      '[Cisco documentation](https://cisco.com/c/en/us/td/docs/voice_ip_comm/jabber/12_9/cjab_b_deploy-jabber-on-premises-129/cjab_b_deploy-jabber-on-premises-129_chapter_01101.html)',
    ].join('\n'),
  );
  assert.equal(dnsService.hover(d, at('Server:'), ctx), null);
  const zone = 'lyncdiscover.example.com. IN CNAME webdir.online.lync.com.\n';
  const ko = (dnsService.hover(doc('file:///w/x.zone', zone), { line: 0, character: 2 }, context('ko'))!.contents as { value: string }).value;
  assert.match(ko, /자동 검색의 외부 레코드/);
  for (const locale of ['ko', 'ja'] as const) {
    const t = (dnsService.hover(d, at('weight'), context(locale))!.contents as { value: string }).value.replace(/`[^`]*`|\(https:[^)]*\)/g, '');
    assert.deepEqual(englishRuns(t, ['Cisco Jabber', 'Unified CM', 'ILS']), [], t);
  }
});

test('bad input: binary, huge and long-line files stay bounded', () => {
  assert.deepEqual(
    dnsService.validate(doc('file:///w/x.zone', '\u0000\u0001junk'), ctx).map((x) => x.code),
    ['binary-content'],
  );
  const big = readDnsFile('x'.repeat(6_000_000));
  assert.deepEqual(
    big.problems.map((p) => p.code),
    ['dns-too-large'],
  );
  // Work grows with the size of the file, not faster: 20 000 records take about ten times 2 000.
  const zone = (n: number) => Array.from({ length: n }, (_, i) => `_sip._tls.e${i}.com. IN SRV 1 1 5061 h${i}.e.com.`).join('\n');
  const [small, large] = [zone(2000), zone(20000)];
  assert.equal(readDnsFile(large).records.length, 20000);
  const ratio = growthRatio(readDnsFile, small, large);
  // Linear work gives about 10×; a quadratic reader gives about 100×. The bound sits between, clear of a busy machine's noise.
  assert.ok(ratio < 60, `20 000 / 2 000 records: ${ratio.toFixed(1)}×`);
  // A line of a million characters is no record and is not split into half a million tokens.
  const long = readDnsFile('a '.repeat(500_000));
  assert.deepEqual(
    long.problems.map((p) => [p.code, p.args!.line.length]),
    [['dns-bad-record', 80]],
  );
});

test('a large file is read in steps (the server reads it between requests), to the same records and problems', () => {
  const text = Array.from({ length: 5000 }, (_, i) => `_sip._tls.e${i}.com. IN SRV 1 1 5061 h${i}.e.com.`).join('\n') + '\nbad line here\n';
  const steps = readDnsFileInSteps(text);
  let count = 0;
  let r = steps.next();
  for (; !r.done; r = steps.next()) count++;
  assert.ok(count >= 5000 / 256 - 1, `${count} steps`);
  assert.deepEqual(r.value, readDnsFile(text));
  assert.equal(r.value.records.length, 5000);
});
