// The helpers every layer shares (server/core/): what is a secret, how a URL password is masked, and
// the line ending and byte-order mark an edit must keep.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { hidesSomething, isPlaintextSecret, isSecret, looksSecret, MASK, redactUrls, shownValue } from '../../server/core/secrets';
import { contentStart, eolOf, positionCursor, positionsOf, withEol } from '../../server/core/text';
import { TextDocument } from 'vscode-languageserver-textdocument';

test('a name reads as a secret when it ends like a credential, not when it merely mentions one', () => {
  for (const n of [
    'ConnectionPassword',
    'BDIConnectionPassword',
    'password',
    'axlPassword',
    'LdapPassword',
    'ssh_passwd',
    'clientSecret',
    'secretToken',
    'apiKey',
    'API_KEY',
    'accessToken',
    'VoicemailPwd',
  ])
    assert.ok(looksSecret(n), n);
  for (const n of [
    'ConnectionUsername',
    'LDAP_UseCredentialsFrom',
    'Forgot_Password_URL',
    'secretTokenIssued',
    'PhotoUriSubstitutionToken',
    'authorizeByOAuthToken',
    'UseWindowsCredentials',
    'privateKeyPasswordProtected',
    'CachePasswordMobile',
    undefined,
    '',
  ])
    assert.ok(!looksSecret(n), String(n));
});

test('a catalog decides for the parameters it knows; the name decides for the others', () => {
  assert.equal(isSecret('ConnectionUsername', { sensitive: false }), false);
  assert.equal(isSecret('ConnectionUsername', {}), false);
  assert.equal(isSecret('ConnectionPassword', { sensitive: true }), true);
  assert.equal(isSecret('Whatever', { sensitive: true }), true);
  assert.equal(isSecret('MyLdapPassword', null), true);
});

test('only a value that holds something is masked', () => {
  assert.equal(shownValue('hunter2', 'password'), MASK);
  assert.equal(shownValue('true', 'usePassword'), 'true');
  assert.equal(shownValue('Off', 'usePassword'), 'Off');
  assert.equal(shownValue('svc', 'ConnectionUsername', { sensitive: false }), 'svc');
  assert.ok(!hidesSomething('  '));
});

test('a secret in plain text: any value of a sensitive parameter, a credential-named unknown one only when it hides something', () => {
  // A parameter a catalog flags sensitive (jabber-config, app-config): any value written is one, even a word like true.
  assert.equal(isPlaintextSecret('s3cret', 'ConnectionPassword', { sensitive: true }), true);
  assert.equal(isPlaintextSecret('true', 'ConnectionPassword', { sensitive: true }), true);
  assert.equal(isPlaintextSecret('  ', 'ConnectionPassword', { sensitive: true }), false);
  assert.equal(isPlaintextSecret('s3cret', 'ConnectionUsername', {}), false);
  // A name no catalog knows (a settings file, an unknown app-config key): by its name, and not a switch.
  assert.equal(isPlaintextSecret('s3cret', 'axlPassword'), true);
  assert.equal(isPlaintextSecret('true', 'usePassword'), false);
  assert.equal(isPlaintextSecret('', 'axlPassword'), false);
  assert.equal(isPlaintextSecret(1234, 'axlPassword'), false);
  assert.equal(isPlaintextSecret('s3cret', 'Forgot_Password_URL'), false);
});

test('a password inside a URL is masked, the user name and host stay', () => {
  assert.equal(
    redactUrls('see https://admin:pw@prt.example.com/x and ldaps://u:p%40ss@dc:636'),
    `see https://admin:${MASK}@prt.example.com/x and ldaps://u:${MASK}@dc:636`,
  );
  assert.equal(redactUrls('https://user@host/x'), 'https://user@host/x');
  assert.equal(redactUrls('https://host:8443/x?a=b@c'), 'https://host:8443/x?a=b@c');
  assert.equal(redactUrls('mail user@example.com'), 'mail user@example.com');
});

test('line ending and byte-order mark', () => {
  assert.equal(eolOf('a\r\nb\n'), '\r\n');
  assert.equal(eolOf('a\nb\r\n'), '\n');
  assert.equal(eolOf('one line'), '\n');
  assert.equal(withEol('a\nb\r\nc', '\r\n'), 'a\r\nb\r\nc');
  assert.equal(contentStart('\uFEFF<config/>'), 1);
  assert.equal(contentStart('<config/>'), 0);
});

test('IP addresses and hosts are read as node:net and URL read them', async () => {
  const { hostOf, isIp, isHostName } = await import('../../server/core/net');
  assert.equal(isIp('999.999.999.999'), false);
  assert.equal(isIp('10.0.0.1'), true);
  assert.equal(isIp('10.0.0.1:5061'), true);
  assert.equal(isIp('2001:db8::1'), true);
  assert.equal(isIp('[2001:db8::1]:8443'), true);
  assert.equal(isIp('cucm.example.com'), false);
  assert.equal(isIp('1.2.3'), false);
  // A host name as systems write it (jabber-config and app-config values) ...
  for (const [value, host, fqdn] of [
    ['cucm.example.com', true, true],
    ['cucm.example.com.', true, true],
    ['cucm', true, false],
    ['win_host.example.com', true, false],
    ['10.0.0.1', true, false],
    ['11.22.33.456', false, false],
    ['cucm.example.123', true, false],
    ['-cucm.example.com', false, false],
    ['a'.repeat(64) + '.example.com', false, false],
    [`${'a.'.repeat(127)}com`, false, false],
    ['cucm example.com', false, false],
    ['', false, false],
  ] as const) {
    assert.equal(isHostName(value), host, value);
    // ... and the FQDN rule of seed 004 Expressway asks for: two levels at least, no underscore, a last level starting with a letter.
    assert.equal(isHostName(value, { fqdn: true }), fqdn, `${value} (fqdn)`);
  }
  assert.equal(hostOf('https://user@host.example.com/x'), 'host.example.com');
  assert.equal(hostOf('https://user:pw@Photos.Example.com:8443/x?y'), 'photos.example.com');
  assert.equal(hostOf('cucm1.example.com.'), 'cucm1.example.com');
  assert.equal(hostOf('cucm1.example.com:8443'), 'cucm1.example.com');
  assert.equal(hostOf('https://[2001:db8::1]:8443/'), '[2001:db8::1]');
  assert.equal(hostOf('user@host'), undefined);
  assert.equal(hostOf('not a host'), undefined);
  assert.equal(hostOf(''), undefined);
});

test('one version comparison for Jabber, Unified CM and Expressway releases', async () => {
  const { compareVersions, versionAtLeast } = await import('../../server/core/versions');
  assert.equal(compareVersions('10.5(2)', '10.5.2'), 0);
  assert.ok(compareVersions('11.5(1)SU4', '11.5(1)') > 0);
  assert.ok(compareVersions('X8.10.1', 'X8.9') > 0);
  assert.ok(compareVersions('14.0.4', '14.0') > 0);
  assert.ok(compareVersions('11.8', '12.8(1)') < 0);
  assert.equal(compareVersions([8, 10, 1, 0], 'X8.10.1'), 0);
  assert.equal(versionAtLeast('X14.2', 'X8.11'), true);
  assert.equal(versionAtLeast('latest', 'X8.11'), undefined);
});

test('positionsOf gives the positions TextDocument.positionAt gives, for LF, CRLF and lone CR, inside line breaks and out of range', () => {
  const pieces = ['a', 'bc', '\n', '\r', '\r\n', ' '];
  let seed = 7;
  const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
  for (let k = 0; k < 500; k++) {
    let text = '';
    for (let i = Math.floor(next() * 30); i > 0; i--) text += pieces[Math.floor(next() * pieces.length)];
    const doc = TextDocument.create('file:///t.txt', 'plaintext', 1, text);
    const at = positionsOf(text);
    for (let o = -2; o <= text.length + 2; o++) assert.deepEqual(at(o), doc.positionAt(o), `${JSON.stringify(text)} @ ${o}`);
  }
});

test('positionCursor gives the positions of positionAt, for offsets in order, out of order and out of range', () => {
  const pieces = ['a', 'bc', '\n', '\r', '\r\n', ' ', '\n\n\n\n\n\n'];
  let seed = 11;
  const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
  for (let k = 0; k < 500; k++) {
    let text = '';
    for (let i = Math.floor(next() * 40); i > 0; i--) text += pieces[Math.floor(next() * pieces.length)];
    const doc = TextDocument.create('file:///t.txt', 'plaintext', 1, text);
    // Every offset in order (one pass over a file), then random ones on the same cursor.
    const at = positionCursor(doc);
    for (let o = -2; o <= text.length + 2; o++) assert.deepEqual(at(o), doc.positionAt(o), `${JSON.stringify(text)} @ ${o}`);
    for (let i = 0; i < 40; i++) {
      const o = Math.floor(next() * (text.length + 4)) - 2;
      assert.deepEqual(at(o), doc.positionAt(o), `${JSON.stringify(text)} @ ${o}, out of order`);
    }
  }
});

test('positionCursor follows a document edited in place (the server updates its TextDocuments so)', () => {
  const doc = TextDocument.create('file:///t.txt', 'plaintext', 1, 'aaaa\nbbbb\n');
  const at = positionCursor(doc);
  assert.deepEqual(at(6), { line: 1, character: 1 });
  TextDocument.update(doc, [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: 'x\n' }], 2);
  assert.deepEqual(at(7), { line: 2, character: 0 });
  for (let o = 0; o <= doc.getText().length; o++) assert.deepEqual(at(o), doc.positionAt(o), `@ ${o}`);
});
