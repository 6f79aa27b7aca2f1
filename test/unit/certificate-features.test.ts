// What an editor shows on a certificate file: diagnostics (from schemas/certificate-checks.json),
// the hover and code lens summary, the outline, a DER file opened as text, and the same in Korean
// and Japanese.
import assert from 'node:assert/strict';
import { generateKeyPairSync } from 'node:crypto';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { test } from 'node:test';
import { pathToFileURL } from 'node:url';
import { certificateService } from '../../server/services/certificate';
import { certificateCodeLenses, hoverCertificate } from '../../server/services/certificate/features';
import { certificateChecks, validateCertificate } from '../../server/services/certificate/validate';
import { certificateProblems } from '../../server/rules/certificate/checks';
import { context, corpus, doc, FIXTURES, fixture, pemBodyLines } from './artifact-helpers';
import { englishRuns, LOCALES } from './l10n-helpers';
import { cpuMsSince, cpuNow } from './cpu-time';

const ctx = context();
const codes = (uri: string, text: string) => validateCertificate(doc(uri, text), ctx).map((d) => `${d.code}@${d.range.start.line}`);
const TOMCAT = corpus('certs/cisco-doc-uccx-show-cert-own-tomcat-loaduccx-n1.pem');

test('the real tomcat certificate: expired (error) and self-signed (information), on its BEGIN line', () => {
  const ds = validateCertificate(doc('file:///w/tomcat.pem', TOMCAT), ctx);
  assert.deepEqual(
    ds.map((d) => [d.code, d.severity, d.range.start.line]),
    [
      ['cert-expired', 1, 0],
      ['cert-self-signed', 3, 0],
    ],
  );
  assert.equal(ds[0].message, 'This certificate expired on 2022-10-12.');
});

test('a valid CA-signed chain with both EKUs and SANs: only the note on its XmppAddr name', () => {
  assert.deepEqual(codes('file:///w/chain.pem', fixture('chain-of-3.pem')), ['cert-xmppaddr-san@0']);
  assert.deepEqual(codes('file:///w/vcse.csr', fixture('vcse.csr')), ['cert-xmppaddr-san@0']);
  const note = validateCertificate(doc('file:///w/chain.pem', fixture('chain-of-3.pem')), ctx)[0];
  assert.deepEqual(
    [note.severity, note.message],
    [
      3,
      "XmppAddr name 'chat.example.com': Cisco advises against the XMPPAddress format, which CAs may not support and future Expressway versions may drop; list chat node aliases as DNS names.",
    ],
  );
  assert.deepEqual(codes('file:///w/500.pem', fixture('500-names.pem')), ['cert-self-signed@0']);
});

test('EC server-only, SHA-1 RSA 1024 and expired certificates get the guide findings', () => {
  assert.deepEqual(codes('file:///w/ec.pem', fixture('ec-p256-server-only.pem')), ['cert-missing-client-auth@0', 'cert-self-signed@0', 'cert-non-rsa-key@0']);
  assert.deepEqual(codes('file:///w/old.pem', fixture('rsa1024-sha1.pem')), ['cert-self-signed@0', 'cert-weak-digest@0']);
  assert.deepEqual(codes('file:///w/expired.pem', fixture('expired.pem')), ['cert-expired@0', 'cert-xmppaddr-san@0']);
  const weak = validateCertificate(doc('file:///w/old.pem', fixture('rsa1024-sha1.pem')), ctx).find((d) => d.code === 'cert-weak-digest')!;
  assert.equal(weak.message, "Signed with SHA-1: Expressway's certificate requests use SHA-256 (the default), SHA-384 or SHA-512.");
});

test('a DNS name that is not one is reported, once per name and at most ten times', () => {
  const bad = {
    kind: 'certificate' as const,
    range: { start: 0, end: 0 },
    subject: 'CN=x',
    sans: ['vcse.example.com', 'vcse_e.example.com', 'bad name.example.com', '*.example.com', 'a.*.example.com', '-x.example.com', 'x.example.com.', '*'].map(
      (value) => ({ type: 'DNS' as const, value }),
    ),
    isCA: false,
  };
  const got = certificateProblems(bad, certificateChecks(ctx))
    .filter((p) => p.code === 'cert-san-bad-dns-name')
    .map((p) => p.args!.value);
  assert.deepEqual(got, ['vcse_e.example.com', 'bad name.example.com', 'a.*.example.com', '-x.example.com', 'x.example.com.', '*']);
  const many = { ...bad, sans: Array.from({ length: 50 }, (_, i) => ({ type: 'DNS' as const, value: `bad_${i}.example.com` })) };
  assert.equal(certificateProblems(many, certificateChecks(ctx)).length, 10);
});

test('CA certificates are not held to server-certificate checks; a server certificate without SANs is', () => {
  // The intermediate and root of the chain have no EKU and no SAN: CA certificates are not server certificates.
  const chain = fixture('chain-of-3.pem');
  const caOnly = chain.slice(chain.indexOf('-----BEGIN', 10));
  assert.deepEqual(codes('file:///w/ca.pem', caOnly), []);
  const noSan = validateCertificate(doc('file:///w/nosan.pem', fixture('no-san.pem')), ctx);
  assert.deepEqual(
    noSan.map((d) => [d.code, d.severity]),
    [['cert-no-san', 2]],
  );
  assert.equal(
    noSan[0].message,
    'No subject alternative names: Expressway validates a received certificate by its SAN attributes, not by its common name (CN).',
  );
});

test('a private key beside the certificate is reported without showing it, in diagnostics, hover, lens or outline', () => {
  const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const key = privateKey.export({ type: 'pkcs8', format: 'pem' }) as string;
  const text = `${fixture('chain-of-3.pem').split('-----END CERTIFICATE-----')[0]}-----END CERTIFICATE-----\n${key}`;
  const d = doc('file:///w/bundle.pem', text);
  const diags = certificateService.validate(d, ctx);
  assert.deepEqual(
    diags.map((x) => x.code),
    ['cert-xmppaddr-san', 'cert-private-key'],
  );
  assert.equal(diags[1].range.start.line, text.slice(0, text.indexOf('-----BEGIN PRIVATE KEY')).split('\n').length - 1);
  const symbols = certificateService.symbols(d, ctx);
  assert.deepEqual(
    symbols.map((s) => s.name),
    ['vcse.example.com', 'Private key (content not shown)'],
  );
  const keyLine = diags[1].range.start.line + 1;
  const shown = JSON.stringify([diags, symbols, certificateService.hover(d, { line: keyLine, character: 3 }, ctx), certificateCodeLenses(d, ctx)]);
  for (const line of pemBodyLines(key)) assert.ok(!shown.includes(line), 'key material shown');
});

test('hover: the summary of the certificate under the cursor', () => {
  const d = doc('file:///w/chain.pem', fixture('chain-of-3.pem'));
  const h = hoverCertificate(d, { line: 3, character: 4 }, ctx, () => undefined)!;
  const text = (h.contents as { value: string }).value.replace(/`[0-9A-F:]{95}`/, '`<fp>`');
  assert.equal(
    text.replace(/\d{4}-\d\d-\d\d to \d{4}-\d\d-\d\d/, '<from> to <to>'),
    [
      '**Certificate** `C=US, O=Example, CN=vcse.example.com`',
      '',
      '- Issuer: `O=Example, CN=Example Issuing CA`',
      '- Names (SAN): DNS `vcse.example.com`, DNS `collab-edge.example.com`, DNS `chat.example.com`, XmppAddr `chat.example.com`, IP `203.0.113.10`, IP `2001:db8::10`',
      '- Key: RSA 3072 bits',
      '- Signature: SHA-256',
      '- Valid: <from> to <to>',
      '- Extended key usage: server authentication, client authentication',
      '- SHA-256 fingerprint: `<fp>`',
    ].join('\n'),
  );
  const tomcat = (hoverCertificate(doc('file:///w/t.pem', TOMCAT), { line: 0, character: 0 }, ctx)!.contents as { value: string }).value;
  assert.match(tomcat, /^- Issuer: self-signed$/m);
  assert.match(tomcat, /^- Valid: 2020-10-12 to 2022-10-12 — \*\*expired\*\*$/m);
  assert.match(tomcat, /^- CA certificate$/m);
  assert.equal(hoverCertificate(doc('file:///w/t.pem', `note\n\n${TOMCAT}`), { line: 0, character: 1 }, ctx), null);
});

test('code lens on each BEGIN line, with the box it was matched to when the deployment model says', () => {
  const d = doc('file:///w/chain.pem', fixture('chain-of-3.pem'));
  const lenses = certificateCodeLenses(d, ctx, (c) => (c.subjectCN === 'vcse.example.com' ? 'Expressway-E vcse' : undefined));
  assert.deepEqual(
    lenses.map((l) => l.range.start.line),
    [0, d.positionAt(fixture('chain-of-3.pem').indexOf('-----BEGIN', 10)).line, d.positionAt(fixture('chain-of-3.pem').lastIndexOf('-----BEGIN')).line],
  );
  assert.match(
    lenses[0].command!.title,
    /^Certificate vcse\.example\.com · vcse\.example\.com \(\+5 names\) · RSA 3072 bits · until \d{4}-\d\d-\d\d · server authentication, client authentication · on Expressway-E vcse$/,
  );
  assert.match(lenses[2].command!.title, /^Certificate Example Root CA · no SAN · RSA 2048 bits · until \d{4}-\d\d-\d\d · not restricted$/);
  const tomcat = certificateService.codeLenses!(doc('file:///w/t.pem', TOMCAT), ctx);
  assert.deepEqual(
    tomcat.map((l) => l.command!.title),
    ['Certificate loaduccx-n1.cisco.com · loaduccx-n1.cisco.com · RSA 2048 bits · expired 2022-10-12 · server authentication, client authentication'],
  );
});

test('a PKCS #7 bundle: a lens per certificate on its BEGIN line, the hover shows each', () => {
  const d = doc('file:///w/chain.p7b', fixture('chain-of-3.p7b'));
  assert.deepEqual(
    certificateService.codeLenses!(d, ctx).map((l) => [l.range.start.line, l.command!.title.split(' · ')[0]]),
    [
      [0, 'Certificate vcse.example.com'],
      [0, 'Certificate Example Issuing CA'],
      [0, 'Certificate Example Root CA'],
    ],
  );
  const h = (certificateService.hover(d, { line: 2, character: 0 }, ctx)!.contents as { value: string }).value;
  assert.deepEqual(h.match(/^\*\*Certificate\*\* .*$/gm), [
    '**Certificate** `C=US, O=Example, CN=vcse.example.com`',
    '**Certificate** `O=Example, CN=Example Issuing CA`',
    '**Certificate** `O=Example, CN=Example Root CA`',
  ]);
  assert.deepEqual(
    certificateService.symbols(d, ctx).map((x) => x.name),
    ['vcse.example.com', 'Example Issuing CA', 'Example Root CA'],
  );
});

test('outline and folding: one entry per certificate', () => {
  const d = doc('file:///w/chain.pem', fixture('chain-of-3.pem'));
  const s = certificateService.symbols(d, ctx);
  assert.deepEqual(
    s.map((x) => x.name),
    ['vcse.example.com', 'Example Issuing CA', 'Example Root CA'],
  );
  assert.match(s[0].detail!, /^Certificate · until \d{4}-\d\d-\d\d$/);
  assert.equal(certificateService.folding(d, ctx).length, 3);
  assert.deepEqual(
    certificateService.symbols(doc('file:///w/r.csr', fixture('vcse.csr')), ctx).map((x) => [x.name, x.detail]),
    [['vcse.example.com', 'Certificate request']],
  );
});

test('a DER file opened as text is read from disk: same findings, hover and lens as its PEM form', () => {
  const file = path.join(FIXTURES, 'vcse.der');
  // What an editor or the CLI hands over: the bytes decoded as UTF-8, replacement characters and all.
  const d = doc(pathToFileURL(file).toString(), fs.readFileSync(file, 'utf8'));
  assert.deepEqual(
    certificateService.validate(d, ctx).map((x) => [x.code, x.range.start.line, x.range.start.character]),
    [['cert-xmppaddr-san', 0, 0]],
  );
  assert.match((certificateService.hover(d, { line: 0, character: 0 }, ctx)!.contents as { value: string }).value, /XmppAddr `chat\.example\.com`/);
  assert.equal(certificateService.codeLenses!(d, ctx).length, 1);
  assert.deepEqual(
    certificateService.symbols(d, ctx).map((s) => s.name),
    ['vcse.example.com'],
  );
  // Not on disk (an unsaved or remote document): a clear message instead.
  const remote = doc('untitled:Untitled-1', fs.readFileSync(file, 'utf8'));
  assert.deepEqual(
    certificateService.validate(remote, ctx).map((x) => [x.code, x.severity]),
    [['cert-binary-file', 3]],
  );
});

test('a 200 MB binary file on disk is not read: one message, quickly', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'uc-config-big-'));
  const big = path.join(dir, 'huge.der');
  try {
    fs.writeFileSync(big, Buffer.from([0x30, 0x82, 0, 0, 0]));
    fs.truncateSync(big, 200 * 1024 * 1024); // sparse: no disk space or memory used
    const started = cpuNow();
    const ds = certificateService.validate(doc(pathToFileURL(big).toString(), '0\uFFFD\u0000\u0000'), ctx);
    assert.deepEqual(
      ds.map((x) => x.code),
      ['cert-too-large'],
    );
    assert.ok(cpuMsSince(started) < 1000);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

test('Korean and Japanese: diagnostics, hover and lens have no English sentences', () => {
  for (const locale of LOCALES) {
    const c = context(locale);
    const texts: string[] = [];
    for (const f of ['ec-p256-server-only.pem', 'rsa1024-sha1.pem', 'expired.pem'])
      texts.push(...certificateService.validate(doc(`file:///w/${f}`, fixture(f)), c).map((x) => String(x.message)));
    const d = doc('file:///w/t.pem', TOMCAT);
    texts.push(...validateCertificate(d, c).map((x) => String(x.message)));
    texts.push((certificateService.hover(d, { line: 0, character: 0 }, c)!.contents as { value: string }).value.replace(/`[^`]*`/g, ''));
    texts.push(...certificateService.codeLenses!(d, c).map((l) => l.command!.title.replace(/loaduccx-n1\.cisco\.com/g, '')));
    for (const t of texts)
      assert.deepEqual(
        englishRuns(t, ['RSA', 'SHA-256', 'SHA-1', 'Expressway', 'Client Authentication', 'Server Authentication', 'CA']),
        [],
        `${locale}: ${t}`,
      );
  }
});
