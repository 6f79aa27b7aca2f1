// Security review, as tests: no dynamic code, no network access, strict webview CSP, and secrets
// (LDAP bind passwords, traversal-zone credentials, EMM credentials) never repeated back to the user
// in diagnostics, hover, symbols, CLI output or webviews — a diagnostic points at a secret, it does
// not quote it.
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { test } from 'node:test';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { DocumentSymbol } from 'vscode-languageserver-types';
import { layoutScenario, diagramHtml } from '../../client/views/diagram';
import { loadViewData } from '../../client/views/model';
import { mraTableHtml } from '../../client/views/mraTableHtml';
import { parameterDocHtml } from '../../client/views/parameterDocHtml';
import { deriveWorkspaceScenario } from '../../server/services/workspace/diagram';
import { loadCatalogs } from '../../server/catalog/catalogs';
import { parseArgs, runCheck } from '../../server/cli';
import { safe } from '../../server/handlers/safe';
import { mraCodeLenses } from '../../server/services/mraLens';
import { services } from '../../server/services/registry';
import type { DocumentKind, ServiceContext } from '../../server/services/types';
import { DEFAULT_SETTINGS } from '../../shared/settings';

const root = path.resolve(__dirname, '../..');
const sourceFiles = (dir: string): string[] =>
  fs.readdirSync(path.join(root, dir), { withFileTypes: true }).flatMap((e) => {
    const rel = path.join(dir, e.name);
    return e.isDirectory() ? sourceFiles(rel) : /\.(ts|mjs|js)$/.test(e.name) ? [rel] : [];
  });
const OUR_SOURCES = ['server', 'client', 'shared'].flatMap(sourceFiles);
/** Source text without comments, so a comment that mentions eval( does not count. */
const code = (file: string) =>
  fs
    .readFileSync(path.join(root, file), 'utf8')
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/(^|[^:'"`])\/\/.*$/gm, '$1');

test('our sources never evaluate strings as code', () => {
  assert.ok(OUR_SOURCES.length > 20, 'the source tree was found');
  for (const f of OUR_SOURCES) {
    const c = code(f);
    assert.doesNotMatch(c, /(^|[^\w$.])eval\s*\(/, `${f} calls eval`);
    assert.doesNotMatch(c, /new\s+Function\s*\(|[^\w$.]Function\s*\(\s*['"`]/, `${f} builds a Function from a string`);
    assert.doesNotMatch(c, /setTimeout\s*\(\s*['"`]|setInterval\s*\(\s*['"`]/, `${f} passes a string to a timer`);
    // The CLI's launcher compiles its own bundle file (dist/cli-core.js) with V8's code cache: no text of a user.
    if (path.relative(root, f).replace(/\\/g, '/') !== 'server/cli/launch.ts')
      assert.doesNotMatch(c, /vm\.(runIn|Script|compileFunction)|from ['"](node:)?vm['"]/, `${f} uses node:vm`);
  }
});

test('the built bundles contain no eval or Function constructor, libraries included', () => {
  // The bundles include every library we ship (vscode-languageclient/-server, saxes, yaml, jsonc-parser,
  // @dagrejs/dagre, fastest-levenshtein, picomatch); at the time of writing none of them uses either.
  for (const b of ['extension', 'server', 'cli', 'cli-core']) {
    const file = path.join(root, 'dist', `${b}.js`);
    if (!fs.existsSync(file)) continue;
    const js = fs.readFileSync(file, 'utf8');
    assert.doesNotMatch(js, /[^\w$.]eval\(/, `dist/${b}.js contains eval(`);
    assert.doesNotMatch(js, /new Function\(/, `dist/${b}.js contains new Function(`);
  }
});

test('our sources make no network calls', () => {
  for (const f of OUR_SOURCES) {
    const c = code(f);
    assert.doesNotMatch(
      c,
      /\bhttps?\.(request|get)\s*\(|\bfetch\s*\(|\bnet\.(connect|createConnection)\s*\(|\bWebSocket\b|XMLHttpRequest|\btls\.connect\s*\(|\bdgram\b/,
      `${f} makes a network call`,
    );
    assert.doesNotMatch(
      c,
      /from ['"](node:)?(http|https|tls|dgram|http2)['"]|require\(['"](node:)?(http|https|net|tls|dgram|http2)['"]\)/,
      `${f} imports a network module`,
    );
    // node:net only for its address checks (isIP), which open nothing.
    for (const m of c.matchAll(/import\s*(\{[^}]*\}|\S+)\s*from\s*['"](node:)?net['"]/g))
      assert.match(m[1], /^\{\s*(isIP|isIPv4|isIPv6)(\s*,\s*(isIP|isIPv4|isIPv6))*\s*\}$/, `${f} imports more than the address checks of node:net`);
  }
});

test('the bundles import no HTTP module (net only for the language client/server pipe transport)', () => {
  for (const b of ['extension', 'server', 'cli', 'cli-core']) {
    const file = path.join(root, 'dist', `${b}.js`);
    if (!fs.existsSync(file)) continue;
    const js = fs.readFileSync(file, 'utf8');
    assert.doesNotMatch(js, /require\("(node:)?(http|https|http2|tls|dgram)"\)/, `dist/${b}.js requires an HTTP/TLS/UDP module`);
  }
});

// ---- webviews --------------------------------------------------------------------------------
const data = loadViewData(path.join(root, 'schemas'));
const opts = { cspSource: 'vscode-webview://uc-config', nonce: 'TestNonce123' };

function assertStrictPage(html: string, label: string): void {
  const csp = /<meta http-equiv="Content-Security-Policy" content="([^"]+)">/.exec(html)?.[1]?.replace(/&#39;/g, "'");
  assert.ok(csp, `${label}: no CSP meta element`);
  const directives = new Map(
    csp
      .split(';')
      .map((d) => d.trim().split(/\s+/))
      .map(([k, ...v]) => [k, v]),
  );
  assert.deepEqual(directives.get('default-src'), ["'none'"], `${label}: default-src`);
  assert.deepEqual(directives.get('script-src'), [`'nonce-${opts.nonce}'`], `${label}: scripts only by nonce`);
  for (const [k, values] of directives) {
    for (const v of values) {
      assert.doesNotMatch(v, /^(https?:|\*|'unsafe-inline'|'unsafe-eval'|ws:|wss:)/, `${label}: ${k} allows ${v}`);
    }
  }
  // Every script and style element carries the nonce; nothing is loaded from elsewhere.
  for (const m of html.matchAll(/<(script|style)\b([^>]*)>/g)) assert.match(m[2], new RegExp(`nonce="${opts.nonce}"`), `${label}: <${m[1]}> without nonce`);
  assert.doesNotMatch(html, /<(script|img|link|iframe)\b[^>]*\b(src|href)="(https?:)?\/\//i, `${label}: remote resource`);
  assert.doesNotMatch(html, /\son[a-z]+="/i, `${label}: inline event handler`);
}

test('every webview page has a strict nonce CSP and loads nothing remote', async () => {
  assertStrictPage(mraTableHtml(data.mra, opts), 'MRA table');
  const param = data.parameters.find((p) => p.name === 'PrtLogServerURL') ?? data.parameters[0];
  assertStrictPage(parameterDocHtml(param.name, param, [], opts), 'parameter doc');
  assertStrictPage(parameterDocHtml('NoSuchParameter', undefined, [], opts), 'parameter doc (unknown)');
  const layout = await layoutScenario(data.deployments.scenarios[0]);
  assertStrictPage(diagramHtml(layout, opts), 'deployment diagram');
});

// ---- secrets ---------------------------------------------------------------------------------
const SECRET = 'Zq7-SECRET-pa55w0rd';
const catalogs = loadCatalogs(path.join(root, 'schemas'));
const ctx = (): ServiceContext => ({ settings: { ...DEFAULT_SETTINGS }, catalogs, locale: 'en', workspace: { documents: () => [] } });
const jabberWithSecret = `<?xml version="1.0" encoding="utf-8"?>
<config version="1.0">
  <Directory>
    <DirectoryServerType>EDI</DirectoryServerType>
    <ConnectionUsername>svc-jabber</ConnectionUsername>
    <ConnectionPassword>${SECRET}</ConnectionPassword>
    <BDIConnectionPassword>${SECRET}</BDIConnectionPassword>
  </Directory>
</config>
`;
const settingsWithSecret = `expressway:
  name: Pair
  expresswayC:
    zones:
      - name: UC traversal zone
        type: Unified Communications traversal
        connectionCredentials:
          username: mra-traversal
          password: ${SECRET}
`;
const appConfigWithSecret = JSON.stringify(
  {
    '@odata.type': '#microsoft.graph.iosMobileAppConfiguration',
    displayName: 'Cisco Jabber for Intune',
    targetedMobileApps: [],
    settings: [
      { appConfigKey: 'ServicesDomain', appConfigKeyType: 'stringType', appConfigKeyValue: 'example.com' },
      { appConfigKey: 'LdapPassword', appConfigKeyType: 'stringType', appConfigKeyValue: SECRET },
    ],
  },
  null,
  2,
);

// A SCIM bearer token and an AXL password have no place in the settings format (it records only
// when the token was issued, and the AXL user name); pasted in anyway, they are unknown keys, and
// the messages about them must not repeat them either.
const settingsWithTokens = `webexScim:
  secretTokenIssued: 2026-01-01
  secretToken: ${SECRET}
cucm:
  clusters:
    - name: central
      imAndPresence:
        centralizedDeployment:
          - axlUsername: axladmin
            axlPassword: ${SECRET}
`;

test('uc-settings: a pasted SCIM bearer token or AXL password is never repeated in a message', () => {
  const doc = TextDocument.create('file:///w/scim.cucm.yaml', '', 1, settingsWithTokens);
  const ds = services['uc-settings'].validate(doc, ctx());
  assert.ok(ds.length > 0, 'the stray keys are reported');
  for (const d of ds) assert.ok(!(d.message as string).includes(SECRET), `${d.code}: ${d.message}`);
  const h = services['uc-settings'].hover(doc, doc.positionAt(settingsWithTokens.indexOf(SECRET) + 2), ctx());
  assert.ok(!JSON.stringify(h ?? {}).includes(SECRET), 'hover echoes the token');
});

// A password inside a URL, an unknown password-named parameter, and a sensitive app-config value of
// the wrong type: each once echoed in a message, the outline or SARIF.
const jabberWithUrlPassword = `<?xml version="1.0" encoding="utf-8"?>
<config version="1.0">
  <Client>
    <PrtLogServerUrl>https://admin:${SECRET}@prt.example.com/submit</PrtLogServerUrl>
  </Client>
  <Policies>
    <ServicesDomainSsoEmailPrompt>https://admin:${SECRET}@sso.example.com</ServicesDomainSsoEmailPrompt>
  </Policies>
  <Directory>
    <MyLdapPassword>${SECRET}</MyLdapPassword>
    <PresenceDomain>http://u:${SECRET}@example.com</PresenceDomain>
  </Directory>
</config>
`;
const settingsWithUrlPassword = `expressway:
  expresswayC:
    unifiedCommunications:
      unifiedCmServers:
        - https://axl:${SECRET}@cucm-pub.example.com
      httpServerAllowList: [https://user:${SECRET}@cuc.example.com]
    zones:
      - name: Traversal
        type: Unified Communications traversal
        sip:
          transport: https://user:${SECRET}@cuc.example.com
`;
const plistWithSecrets = `<?xml version="1.0" encoding="UTF-8"?>
<plist version="1.0">
<dict>
  <key>ConnectionPassword</key>
  <integer>${SECRET}</integer>
  <key>LdapPassword</key>
  <integer>${SECRET}</integer>
  <key>PrtLogServerUrl</key>
  <string>https://u:${SECRET}@prt.example.com</string>
</dict>
</plist>
`;

const CASES: { kind: DocumentKind; uri: string; text: string }[] = [
  { kind: 'jabber-config', uri: 'file:///w/jabber-config.xml', text: jabberWithSecret },
  { kind: 'uc-settings', uri: 'file:///w/pair.expressway.yaml', text: settingsWithSecret },
  { kind: 'app-config', uri: 'file:///w/jabber.appconfig.json', text: appConfigWithSecret },
  { kind: 'jabber-config', uri: 'file:///w/url/jabber-config.xml', text: jabberWithUrlPassword },
  { kind: 'uc-settings', uri: 'file:///w/url/pair.expressway.yaml', text: settingsWithUrlPassword },
  { kind: 'app-config', uri: 'file:///w/url/jabber.appconfig.plist', text: plistWithSecrets },
];

const flatSymbols = (ss: DocumentSymbol[]): DocumentSymbol[] => ss.flatMap((s) => [s, ...flatSymbols(s.children ?? [])]);

for (const c of CASES) {
  test(`${c.kind}: a plaintext-secret diagnostic points at the secret without quoting it`, () => {
    const doc = TextDocument.create(c.uri, '', 1, c.text);
    const ds = services[c.kind].validate(doc, ctx());
    const secret = ds.filter((d) => d.code === 'plaintext-secret');
    if (!c.uri.includes('/url/')) {
      assert.ok(secret.length > 0, `no plaintext-secret in ${JSON.stringify(ds.map((d) => d.code))}`);
      // The range covers the secret (so the editor underlines it) …
      assert.ok(
        secret.some((d) => doc.getText(d.range).includes(SECRET)),
        'the diagnostic range covers the value',
      );
    } else {
      // … and a message that quotes a value holding a URL password still says which value, without the password.
      assert.ok(
        ds.some((d) => String(d.message).includes('••••••')),
        `no message quotes a masked value: ${ds.map((d) => d.message).join(' | ')}`,
      );
    }
    // … but nothing the user reads, copies or logs contains it.
    for (const d of ds) {
      assert.ok(!(d.message as string).includes(SECRET), `${d.code} message echoes the secret`);
      assert.ok(!JSON.stringify(d.relatedInformation ?? []).includes(SECRET), `${d.code} related information echoes the secret`);
    }
  });

  // This test found that the settings and app-config outlines showed password values; both now mask them.
  test(`${c.kind}: hover, symbols and completion never show the secret`, () => {
    const doc = TextDocument.create(c.uri, '', 1, c.text);
    for (let offset = c.text.indexOf(SECRET) - 2; offset <= c.text.indexOf(SECRET) + SECRET.length + 2; offset++) {
      const pos = doc.positionAt(offset);
      const h = services[c.kind].hover(doc, pos, ctx());
      assert.ok(!JSON.stringify(h ?? {}).includes(SECRET), `hover at ${offset} echoes the secret`);
      const items = services[c.kind].complete(doc, pos, ctx());
      assert.ok(!JSON.stringify(items.map((i) => [i.label, i.detail, i.documentation])).includes(SECRET), `completion at ${offset} echoes the secret`);
    }
    for (const s of flatSymbols(services[c.kind].symbols(doc, ctx()))) {
      assert.ok(!s.name.includes(SECRET) && !(s.detail ?? '').includes(SECRET), `symbol ${s.name} shows the secret`);
    }
    if (c.kind === 'jabber-config') {
      const lenses = mraCodeLenses(doc, ctx());
      assert.ok(!JSON.stringify(lenses).includes(SECRET), 'a code lens shows the secret');
    }
  });
}

test('the outline masks unknown password-named parameters, and shows a user name (not a secret)', () => {
  const doc = TextDocument.create(
    'file:///w/jabber-config.xml',
    '',
    1,
    jabberWithUrlPassword.replace('<MyLdapPassword>', '<ConnectionUsername>svc-jabber</ConnectionUsername>\n    <MyLdapPassword>'),
  );
  const symbols = flatSymbols(services['jabber-config'].symbols(doc, ctx()));
  assert.equal(symbols.find((s) => s.name === 'MyLdapPassword')?.detail, '••••••');
  assert.equal(symbols.find((s) => s.name === 'ConnectionUsername')?.detail, 'svc-jabber');
  assert.equal(symbols.find((s) => s.name === 'PrtLogServerUrl')?.detail, 'https://admin:••••••@prt.example.com/submit');
  const ds = services['jabber-config'].validate(doc, ctx());
  assert.ok(!ds.some((d) => d.code === 'plaintext-secret' && doc.getText(d.range) === 'svc-jabber'), 'a user name is reported as a secret');
});

test('the server log masks a password inside a URL', () => {
  const lines: string[] = [];
  const connection = { console: { error: (m: string) => lines.push(m) } } as never;
  safe(connection, 'hover', null, undefined, () => {
    throw new Error(`cannot read https://admin:${SECRET}@prt.example.com`);
  });
  assert.equal(lines.length, 1);
  assert.ok(!lines[0].includes(SECRET) && lines[0].includes('https://admin:••••••@prt.example.com'), lines[0]);
});

test('the CLI output (text, JSON, SARIF) never contains the secret', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'uc-secret-'));
  fs.writeFileSync(path.join(dir, 'jabber-config.xml'), jabberWithSecret);
  fs.writeFileSync(path.join(dir, 'pair.expressway.yaml'), settingsWithSecret);
  fs.writeFileSync(path.join(dir, 'jabber.appconfig.json'), appConfigWithSecret);
  fs.mkdirSync(path.join(dir, 'url'));
  fs.writeFileSync(path.join(dir, 'url', 'jabber-config.xml'), jabberWithUrlPassword);
  fs.writeFileSync(path.join(dir, 'url', 'pair.expressway.yaml'), settingsWithUrlPassword);
  fs.writeFileSync(path.join(dir, 'url', 'jabber.appconfig.plist'), plistWithSecrets);
  for (const format of ['text', 'json', 'sarif']) {
    const o = parseArgs(['check', '--format', format, dir], { LANG: 'en_US.UTF-8' });
    assert.ok(!('message' in o), JSON.stringify(o));
    const { output, results } = runCheck(o);
    assert.ok(
      results.flatMap((r) => r.diagnostics).some((d) => d.code === 'plaintext-secret'),
      `${format}: the secret was found`,
    );
    assert.ok(!output.includes(SECRET), `${format} output echoes the secret`);
    // The files with a password inside a URL were read, and the value is still named (masked).
    assert.ok(output.includes(':••••••@'), `${format} output does not show the masked URL`);
  }
});

test('the workspace diagram webview never shows a secret from the files it reads', async () => {
  const files = [
    { path: '/w/jabber-config.xml', kind: 'jabber-config' as const, text: jabberWithSecret },
    { path: '/w/pair.expressway.yaml', kind: 'uc-settings' as const, text: settingsWithSecret },
  ];
  const scenario = deriveWorkspaceScenario(files as never, { mra: 'on', mraData: data.mra });
  assert.ok(!JSON.stringify(scenario).includes(SECRET), 'the derived scenario holds the secret');
  const html = diagramHtml(await layoutScenario(scenario), opts);
  assert.ok(!html.includes(SECRET), 'the diagram page shows the secret');
});
