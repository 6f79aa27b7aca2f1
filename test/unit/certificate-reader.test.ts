// The certificate reader on the real corpus certificate and on generated fixtures (chain of three
// with XmppAddr and IP SANs, CSR in PEM and DER, EC, SHA-1 with RSA 1024, expired, 500 names), and on
// bad input: damaged and cut-off PEM, binary junk, huge files, private keys and PKCS #12.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { generateKeyPairSync, X509Certificate } from 'node:crypto';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { test } from 'node:test';
import { MAX_ARTIFACT_SIZE } from '../../server/formats/artifact';
import { MAX_BLOCKS, MAX_NAMES, readCertificateFile, sanText } from '../../server/formats/certificate';
import { corpus, fixture, fixtureBytes, pemBodyLines } from './artifact-helpers';

const TOMCAT = 'certs/cisco-doc-uccx-show-cert-own-tomcat-loaduccx-n1.pem';

test('the real UCCX tomcat certificate: names, key, digest, validity, EKU, self-signed', () => {
  const f = readCertificateFile(corpus(TOMCAT));
  assert.deepEqual(f.problems, []);
  assert.equal(f.items.length, 1);
  const c = f.items[0];
  assert.equal(c.kind, 'certificate');
  assert.equal(c.subject, 'C=IN, O=CISCO, OU=CBABU, CN=loaduccx-n1.cisco.com, ST=KARNATAKA, L=BANGALORE');
  assert.equal(c.subjectCN, 'loaduccx-n1.cisco.com');
  assert.deepEqual(c.sans, [{ type: 'DNS', value: 'loaduccx-n1.cisco.com' }]);
  assert.equal(c.keyType, 'RSA');
  assert.equal(c.keyBits, 2048);
  assert.equal(c.signatureDigest, 'SHA-256');
  assert.equal(c.validFrom, '2020-10-12T06:44:37.000Z');
  assert.equal(c.validTo, '2022-10-12T06:44:36.000Z');
  assert.deepEqual(c.eku, { serverAuth: true, clientAuth: true, other: [] });
  assert.equal(c.selfSigned, true);
  assert.equal(c.fingerprint256, new X509Certificate(corpus(TOMCAT)).fingerprint256);
});

test('show cert own output: text around the block is ignored and the ranges point into the file', () => {
  const pem = corpus(TOMCAT);
  const text = `admin:show cert own tomcat\n\n[\n  Version: V3\n]\n${pem}\nadmin:`;
  const f = readCertificateFile(text);
  assert.equal(f.items.length, 1);
  const c = f.items[0];
  assert.equal(text.slice(c.range.start, c.headerRange!.end), '-----BEGIN CERTIFICATE-----');
  assert.ok(text.slice(c.range.start, c.range.end).endsWith('-----END CERTIFICATE-----'));
});

test('a chain of three: leaf with DNS, XmppAddr and IP names; intermediate and root as CAs', () => {
  const pem = fixture('chain-of-3.pem');
  const f = readCertificateFile(pem);
  assert.deepEqual(f.problems, []);
  assert.deepEqual(
    f.items.map((c) => c.subjectCN),
    ['vcse.example.com', 'Example Issuing CA', 'Example Root CA'],
  );
  const [leaf, int, root] = f.items;
  assert.deepEqual(leaf.sans, [
    { type: 'DNS', value: 'vcse.example.com' },
    { type: 'DNS', value: 'collab-edge.example.com' },
    { type: 'DNS', value: 'chat.example.com' },
    { type: 'XmppAddr', value: 'chat.example.com' },
    { type: 'IP', value: '203.0.113.10' },
    { type: 'IP', value: '2001:db8::10' },
  ]);
  assert.deepEqual([leaf.keyType, leaf.keyBits, leaf.signatureDigest, leaf.isCA, leaf.selfSigned], ['RSA', 3072, 'SHA-256', false, false]);
  assert.deepEqual(leaf.eku, { serverAuth: true, clientAuth: true, other: [] });
  assert.equal(leaf.issuer, int.subject);
  assert.equal(int.issuer, root.subject);
  assert.deepEqual([int.isCA, int.selfSigned, root.isCA, root.selfSigned], [true, false, true, true]);
  // As the settings files write names (expressway.*.serverCertificate.subjectAlternativeNames).
  assert.deepEqual(leaf.sans.map(sanText).slice(2, 5), ['DNS:chat.example.com', 'XMPPAddress:chat.example.com', 'IP:203.0.113.10']);
  // The names agree with what Node's own X509Certificate prints (which renders otherName its own way).
  const node = new X509Certificate(pem.slice(leaf.range.start, leaf.range.end)).subjectAltName!;
  for (const n of leaf.sans.filter((s) => s.type === 'DNS')) assert.ok(node.includes(`DNS:${n.value}`), n.value);
  assert.ok(node.includes('IP Address:203.0.113.10'));
});

test('a CSR in PEM and in DER: subject, names including XmppAddr, key, EKU', () => {
  const pem = readCertificateFile(fixture('vcse.csr'));
  const der = readCertificateFile(new Uint8Array(fixtureBytes('vcse-csr.der')));
  for (const f of [pem, der]) {
    assert.deepEqual(f.problems, []);
    const c = f.items[0];
    assert.equal(c.kind, 'csr');
    assert.equal(c.subject, 'C=US, O=Example, CN=vcse.example.com');
    assert.deepEqual(
      c.sans.map((s) => `${s.type}:${s.value}`),
      ['DNS:vcse.example.com', 'DNS:collab-edge.example.com', 'DNS:chat.example.com', 'XmppAddr:chat.example.com', 'IP:203.0.113.10', 'IP:2001:db8::10'],
    );
    assert.deepEqual([c.keyType, c.keyBits, c.signatureDigest], ['RSA', 3072, 'SHA-256']);
    assert.deepEqual(c.eku, { serverAuth: true, clientAuth: true, other: [] });
    assert.equal(c.validTo, undefined);
  }
  assert.equal(pem.encoding, 'pem');
  assert.equal(der.encoding, 'der');
});

test('a DER certificate read from bytes equals the same certificate read from PEM', () => {
  const der = readCertificateFile(fixtureBytes('vcse.der')).items[0];
  const pem = readCertificateFile(fixture('chain-of-3.pem')).items[0];
  const strip = ({ range: _r, headerRange: _h, label: _l, ...rest }: typeof der) => rest;
  assert.deepEqual(strip(der), strip(pem));
});

test('a PKCS #7 bundle (.p7b) as a CA returns it, in PEM and DER: the three certificates inside', () => {
  const chain = readCertificateFile(fixture('chain-of-3.pem')).items;
  const strip = ({ range: _r, headerRange: _h, label: _l, ...rest }: (typeof chain)[number]) => rest;
  const pem = readCertificateFile(fixture('chain-of-3.p7b'));
  const der = readCertificateFile(fixtureBytes('chain-of-3-der.p7b'));
  for (const f of [pem, der]) {
    assert.deepEqual(f.problems, []);
    assert.deepEqual(f.items.map(strip), chain.map(strip));
  }
  assert.deepEqual(
    pem.items.map((c) => c.label),
    ['PKCS7', 'PKCS7', 'PKCS7'],
  );
  assert.equal(der.encoding, 'der');
});

test('EC P-256, SHA-1 with RSA 1024, expired: key and digest as they are', () => {
  const ec = readCertificateFile(fixture('ec-p256-server-only.pem')).items[0];
  assert.deepEqual([ec.keyType, ec.keyBits, ec.curve, ec.signatureDigest], ['EC', 256, 'prime256v1', 'SHA-256']);
  assert.deepEqual(ec.eku, { serverAuth: true, clientAuth: false, other: [] });
  const weak = readCertificateFile(fixture('rsa1024-sha1.pem')).items[0];
  assert.deepEqual([weak.keyType, weak.keyBits, weak.signatureDigest, weak.selfSigned, weak.isCA], ['RSA', 1024, 'SHA-1', true, false]);
  const expired = readCertificateFile(fixture('expired.pem')).items[0];
  assert.deepEqual([expired.validFrom, expired.validTo], ['2020-01-01T00:00:00.000Z', '2021-01-01T00:00:00.000Z']);
});

test('every field agrees with node:crypto X509Certificate on every fixture and the corpus', () => {
  const files = ['chain-of-3.pem', '500-names.pem', 'ec-p256-server-only.pem', 'rsa1024-sha1.pem', 'expired.pem', 'no-san.pem'];
  const texts = [...files.map(fixture), corpus(TOMCAT)];
  let checked = 0;
  for (const text of texts) {
    for (const c of readCertificateFile(text).items) {
      const x = new X509Certificate(text.slice(c.range.start, c.range.end));
      assert.equal(c.fingerprint256, x.fingerprint256);
      assert.equal(Date.parse(c.validFrom!), Date.parse(x.validFrom));
      assert.equal(Date.parse(c.validTo!), Date.parse(x.validTo));
      assert.equal(c.isCA, x.ca);
      assert.equal(c.selfSigned, x.checkIssued(x) && x.verify(x.publicKey));
      const key = x.publicKey;
      assert.equal(c.keyType, ({ rsa: 'RSA', ec: 'EC' } as Record<string, string>)[key.asymmetricKeyType!]);
      if (key.asymmetricKeyType === 'rsa') assert.equal(c.keyBits, key.asymmetricKeyDetails!.modulusLength);
      else assert.equal(c.curve, key.asymmetricKeyDetails!.namedCurve);
      assert.deepEqual(
        c.eku ? [...(c.eku.serverAuth ? ['1.3.6.1.5.5.7.3.1'] : []), ...(c.eku.clientAuth ? ['1.3.6.1.5.5.7.3.2'] : [])] : undefined,
        x.keyUsage,
      );
      // Node prints IPv6 addresses uncompressed and upper case; the URL parser gives both the same canonical form.
      const ip = (a: string) => (a.includes(':') ? new URL(`http://[${a}]`).hostname : a);
      const ours = c.sans.filter((n) => n.type === 'DNS' || n.type === 'IP').map((n) => (n.type === 'DNS' ? `DNS:${n.value}` : `IP:${ip(n.value)}`));
      const theirs = (x.subjectAltName ?? '')
        .split(', ')
        .filter((n) => /^(DNS|IP Address):/.test(n))
        .map((n) => (n.startsWith('DNS:') ? n : `IP:${ip(n.slice('IP Address:'.length))}`));
      assert.deepEqual(ours, theirs);
      checked++;
    }
  }
  assert.equal(checked, 9);
});

test('500 names are all read; more than the limit are cut with a message', () => {
  const f = readCertificateFile(fixture('500-names.pem'));
  assert.equal(f.items[0].sans.length, 500);
  assert.deepEqual(f.problems, []);
  assert.ok(MAX_NAMES >= 500);
});

test('private keys are reported by position only: nothing of the key is in the result', () => {
  const { privateKey: rsa } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const { privateKey: ec } = generateKeyPairSync('ec', { namedCurve: 'prime256v1' });
  const keys = [
    rsa.export({ type: 'pkcs8', format: 'pem' }) as string,
    rsa.export({ type: 'pkcs1', format: 'pem' }) as string,
    rsa.export({ type: 'pkcs8', format: 'pem', cipher: 'aes-256-cbc', passphrase: 'secret-pass' }) as string,
    ec.export({ type: 'sec1', format: 'pem' }) as string,
  ];
  const text = `${fixture('ec-p256-server-only.pem')}\n${keys.join('\n')}`;
  const f = readCertificateFile(text);
  assert.equal(f.items.length, 1);
  assert.equal(f.privateKeys.length, 4);
  assert.deepEqual(
    f.problems.map((p) => p.code),
    ['cert-private-key', 'cert-private-key', 'cert-private-key', 'cert-private-key'],
  );
  const json = JSON.stringify(f);
  for (const line of keys.flatMap(pemBodyLines)) assert.ok(!json.includes(line), 'key material leaked');
  // A DER private key (PKCS #8) is recognised too.
  const derKey = readCertificateFile(new Uint8Array(rsa.export({ type: 'pkcs8', format: 'der' })));
  assert.deepEqual([derKey.items.length, derKey.privateKeys.length, derKey.problems[0].code], [0, 1, 'cert-private-key']);
});

test('a PKCS #12 file is reported and not opened', { skip: spawnSync('openssl', ['version']).status !== 0 && 'openssl is not installed' }, () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'uc-config-p12-'));
  try {
    const run = (args: string[]) => assert.equal(spawnSync('openssl', args, { cwd: dir }).status, 0, args.join(' '));
    run(['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-keyout', 'k.pem', '-subj', '/CN=p12.example.com', '-days', '1', '-out', 'c.pem']);
    run(['pkcs12', '-export', '-in', 'c.pem', '-inkey', 'k.pem', '-passout', 'pass:pw', '-out', 'b.p12']);
    const f = readCertificateFile(fs.readFileSync(path.join(dir, 'b.p12')));
    assert.deepEqual(
      f.problems.map((p) => p.code),
      ['cert-pkcs12'],
    );
    assert.equal(f.items.length, 0);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

test('bad input: damaged, cut off, unknown blocks, binary junk, no PEM, huge — a problem each, never a throw', () => {
  const pem = corpus(TOMCAT);
  const damaged = pem.replace(/^MIID\S+$/m, (l) => l.slice(0, 20) + '!!' + l.slice(22));
  assert.deepEqual(
    readCertificateFile(damaged).problems.map((p) => p.code),
    ['cert-malformed-pem'],
  );
  const truncatedDer = pem
    .split('\n')
    .filter((_l, i) => i !== 5)
    .join('\n');
  assert.deepEqual(
    readCertificateFile(truncatedDer).problems.map((p) => p.code),
    ['cert-malformed-pem'],
  );
  const cut = pem.slice(0, pem.indexOf('-----END'));
  assert.deepEqual(
    readCertificateFile(cut).problems.map((p) => [p.code, p.args?.label]),
    [['cert-pem-unterminated', 'CERTIFICATE']],
  );
  assert.deepEqual(
    readCertificateFile('-----BEGIN PUBLIC KEY-----\nMFkw\n-----END PUBLIC KEY-----\n').problems.map((p) => p.code),
    ['cert-block-not-read'],
  );
  assert.deepEqual(
    readCertificateFile('just some notes\n').problems.map((p) => p.code),
    ['cert-no-pem-block'],
  );
  assert.deepEqual(readCertificateFile('').problems, []);
  assert.deepEqual(
    readCertificateFile(new TextEncoder().encode('just some notes\n')).problems.map((p) => p.code),
    ['cert-no-pem-block'],
  );
  assert.equal(readCertificateFile(new TextEncoder().encode(corpus(TOMCAT))).items[0].subjectCN, 'loaduccx-n1.cisco.com');
  assert.deepEqual(
    readCertificateFile('\u0000\u0001\uFFFD0\u0082binary').problems.map((p) => p.code),
    ['cert-binary-file'],
  );
  // Thousands of BEGIN lines that never end: one pass, a bounded list of problems.
  const begins = '-----BEGIN CERTIFICATE-----\n'.repeat(Math.floor(MAX_ARTIFACT_SIZE / 28));
  const t0 = performance.now();
  const many = readCertificateFile(begins);
  assert.ok(performance.now() - t0 < 2000);
  assert.deepEqual([many.problems.length, many.problems.at(-1)!.code], [MAX_BLOCKS + 1, 'cert-too-many-blocks']);
  const huge = readCertificateFile('A'.repeat(MAX_ARTIFACT_SIZE + 1));
  assert.deepEqual(
    huge.problems.map((p) => p.code),
    ['cert-too-large'],
  );
  // Random bytes and random damage to a real DER certificate: bounded, and never a throw.
  let seed = 7;
  const rnd = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
  const der = fixtureBytes('vcse.der');
  const started = performance.now();
  for (let i = 0; i < 400; i++) {
    const junk = new Uint8Array(1 + Math.floor(rnd() * 2000)).map(() => Math.floor(rnd() * 256));
    readCertificateFile(junk);
    const hurt = Uint8Array.from(der);
    for (let k = 0; k < 1 + (i % 8); k++) hurt[Math.floor(rnd() * hurt.length)] = Math.floor(rnd() * 256);
    readCertificateFile(hurt);
    readCertificateFile(hurt.subarray(0, Math.floor(rnd() * hurt.length)));
  }
  assert.ok(performance.now() - started < 5000);
});

test('a bundle of 150 certificates (a trust store) reads in about the time of 150 single certificates: no work grows faster', () => {
  const chain = fixture('chain-of-3.pem');
  const bundle = Array(50).fill(chain).join('\n');
  // CPU time of this process, not wall time: on a busy machine a longer run is also preempted more often.
  const run = (f: () => void) => {
    const t = process.cpuUsage();
    f();
    const used = process.cpuUsage(t);
    return used.user + used.system;
  };
  const ratios: number[] = [];
  for (let i = 0; i < 7; i++) {
    const one = run(() => {
      for (let k = 0; k < 50; k++) readCertificateFile(chain);
    });
    const all = run(() => assert.equal(readCertificateFile(bundle).items.length, 150));
    ratios.push(all / one);
  }
  ratios.sort((a, b) => a - b);
  assert.ok(ratios[3] < 3, `median ratio ${ratios[3].toFixed(2)}`);
});

test('reading a certificate takes well under 5 ms', () => {
  const pem = fixture('chain-of-3.pem').split('-----END CERTIFICATE-----')[0] + '-----END CERTIFICATE-----\n';
  for (let i = 0; i < 20; i++) readCertificateFile(pem);
  const times: number[] = [];
  for (let i = 0; i < 50; i++) {
    const t = performance.now();
    readCertificateFile(pem);
    times.push(performance.now() - t);
  }
  times.sort((a, b) => a - b);
  const median = times[25];
  assert.ok(median < 5, `median ${median.toFixed(2)} ms`);
});
