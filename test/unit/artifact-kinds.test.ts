// Which files are certificates, DNS lookups and allow lists: the default patterns, and content
// sniffing of plain-text pastes; and the words of these formats in en, ko and ja.
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { test } from 'node:test';
import { documentKind } from '../../server/services/documentKind';
import { DEFAULT_SETTINGS } from '../../shared/settings';
import { corpus, corpusFiles } from './artifact-helpers';
import { englishRuns, LOCALES, messageFileProblems, placeholders, SCRIPT } from './l10n-helpers';

const S = DEFAULT_SETTINGS;
const SCHEMAS = path.resolve(__dirname, '../../schemas');
const read = (f: string) => JSON.parse(fs.readFileSync(path.join(SCHEMAS, f), 'utf8'));

test('default patterns: certificates, keys, CSRs, DNS pastes and zones, allow lists', () => {
  const cases: [string, string | undefined][] = [
    ['file:///r/site-a/vcse.pem', 'certificate'],
    ['file:///r/site-a/vcse.CRT', 'certificate'],
    ['file:///r/site-a/root.cer', 'certificate'],
    ['file:///r/site-a/vcse.der', 'certificate'],
    ['file:///r/site-a/vcse.csr', 'certificate'],
    ['file:///r/site-a/chain.p7b', 'certificate'],
    ['file:///r/site-a/vcse.key', 'certificate'],
    ['file:///r/site-a/bundle.p12', 'certificate'],
    ['file:///r/site-a/example.com.zone', 'dns'],
    ['file:///r/site-a/nslookup-collab-edge.txt', 'dns'],
    ['file:///r/site-a/collab-edge-srv.txt', 'dns'],
    ['file:///r/site-a/dig-uds.txt', 'dns'],
    ['file:///r/site-a/expc-allowlist.csv', 'allow-list'],
    ['file:///r/site-a/notes.txt', undefined],
    ['file:///r/site-a/phones.csv', undefined],
    ['file:///r/site-a/jabber-config.xml', 'jabber-config'],
  ];
  for (const [uri, kind] of cases) assert.equal(documentKind(uri, S), kind, uri);
});

test('every corpus certificate, DNS and allow-list example is recognised, by name or by content', () => {
  for (const [dir, kind] of [
    ['certs', 'certificate'],
    ['dns', 'dns'],
    ['expressway-allowlist-csv', 'allow-list'],
  ] as const) {
    for (const f of corpusFiles(dir)) assert.equal(documentKind(`file:///corpus/${dir}/${f}`, S, corpus(`${dir}/${f}`)), kind, f);
  }
});

test('content sniffing: plain-text pastes only, never source files that quote a PEM block', () => {
  const pem = corpus('certs/cisco-doc-uccx-show-cert-own-tomcat-loaduccx-n1.pem');
  assert.equal(documentKind('file:///w/from-tac.txt', S, `admin:show cert own tomcat\n${pem}`), 'certificate');
  assert.equal(documentKind('file:///w/CERT', S, pem), 'certificate');
  assert.equal(documentKind('file:///home/me/.ssh/id_rsa', S, '-----BEGIN OPENSSH PRIVATE KEY-----\nb3Bl\n-----END OPENSSH PRIVATE KEY-----\n'), 'certificate');
  assert.equal(documentKind('file:///w/lookup.txt', S, corpus('dns/cisco-tac-imp-central-nslookup-cisco-uds.txt')), 'dns');
  assert.equal(documentKind('file:///w/answer.txt', S, ';; ANSWER SECTION:\n_collab-edge._tls.example.com. 300 IN SRV 10 10 8443 vcse.example.com.\n'), 'dns');
  assert.equal(documentKind('file:///w/rules.csv', S, corpus('expressway-allowlist-csv/cisco-expressway-admin-x15-allowlist-rules-example.csv')), 'allow-list');
  assert.equal(documentKind('file:///w/test.ts', S, `const cert = \`\n${pem}\`;`), undefined);
  assert.equal(documentKind('file:///w/readme.md', S, pem), undefined);
  assert.equal(documentKind('file:///w/notes.txt', S, 'Call the DNS team about the SRV records.\n'), undefined);
});

test('schemas/l10n/certificate.json, allow-list.json and dns.json: same ids and placeholders in en, ko, ja, translated', () => {
  for (const f of ['l10n/certificate.json', 'l10n/allow-list.json', 'l10n/dns.json']) {
    const data = read(f);
    const problems = messageFileProblems(data, (locale, _id, text) => (englishRuns(text).length ? `English left: ${englishRuns(text)}` : undefined));
    assert.deepEqual(problems, [], f);
  }
});

test('every certificate, DNS and allow-list diagnostic has a Korean and a Japanese message with the same placeholders, and a source', () => {
  for (const f of ['diagnostics/certificate.json', 'diagnostics/dns.json', 'diagnostics/allow-list.json']) {
    for (const c of read(f).codes as { code: string; message: Record<string, string>; source: string }[]) {
      assert.ok(c.source.length > 10, c.code);
      for (const l of LOCALES) {
        assert.ok(SCRIPT[l].test(c.message[l]), `${c.code} ${l}`);
        assert.deepEqual(placeholders(c.message[l]), placeholders(c.message.en), `${c.code} ${l}`);
      }
    }
  }
});

test('every code the readers and rules can report is declared', () => {
  const declared = new Set<string>();
  for (const f of fs.readdirSync(path.join(SCHEMAS, 'diagnostics'))) for (const c of read(`diagnostics/${f}`).codes) declared.add(c.code);
  const root = path.resolve(__dirname, '../../server');
  const sources = ['formats/certificate.ts', 'formats/dns.ts', 'formats/allowlist-csv.ts', 'rules/allowlist/values.ts', 'services/certificate/document.ts']
    .map((f) => fs.readFileSync(path.join(root, f), 'utf8'))
    .join('\n');
  const used = new Set([...sources.matchAll(/'((?:cert|dns|allowlist)-[a-z0-9-]+)'/g)].map((m) => m[1]));
  for (const c of read('certificate-checks.json').checks) used.add(c.code);
  for (const c of used) assert.ok(declared.has(c), c);
  assert.ok(used.size >= 30, `${used.size}`);
});
