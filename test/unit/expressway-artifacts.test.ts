// Expressway artifacts: the xConfiguration and status readers on every real example of
// ../shared/corpus/expressway and on generated pastes, the deployment model the settings rules run on,
// and what an editor sees on a dump (diagnostics on the dump's own line, hover, outline, quick fixes).
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import { pathToFileURL } from 'node:url';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Diagnostic } from 'vscode-languageserver-types';
import { walk } from '../../server/formats/settings';
import { looksLikeXConfiguration, MAX_RECORDS, readXConfiguration } from '../../server/formats/xconfiguration';
import { looksLikeXStatus, readXStatus } from '../../server/formats/xstatus';
import { kindOfDocument } from '../../server/services/documentKind';
import { xconfigurationService } from '../../server/services/expressway';
import { services } from '../../server/services/registry';
import { workspaceScenario } from '../../server/services/workspace/diagram';
import { COPY_TEXT_COMMAND } from '../../server/services/expressway/codeActions';
import { deploymentOf } from '../../server/services/expressway/deployment';
import { deploymentDiagnosticsFor } from '../../server/services/expressway/validate';
import { jabberConfigService } from '../../server/services/jabber';
import { settingsService } from '../../server/services/settings';
import { runCheck, runSettingsFromArtifacts } from '../../server/cli';
import type { ServiceContext } from '../../server/services/types';
import { DEFAULT_SETTINGS } from '../../shared/settings';
import { catalogs } from './settings-helpers';
import { xconfigurationMap } from '../../server/catalog/xconfigurationMap';
import { growthRatio } from './linearity';

const CORPUS = path.resolve(__dirname, '../../../shared/corpus/expressway');
const FIXTURES = path.resolve(__dirname, '../fixtures/expressway');

function fileDoc(file: string, text = fs.readFileSync(file, 'utf8')): TextDocument {
  return TextDocument.create(pathToFileURL(file).toString(), 'plaintext', 1, text);
}

function context(docs: TextDocument[], locale: 'en' | 'ko' | 'ja' = 'en'): ServiceContext {
  const settings = { ...DEFAULT_SETTINGS };
  return { settings, catalogs, locale, workspace: { documents: (kind) => docs.filter((d) => kindOfDocument(d, settings) === kind) } };
}

function siteDocs(site: string): TextDocument[] {
  const dir = path.join(FIXTURES, site);
  return fs
    .readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .map((f) => fileDoc(path.join(dir, f)));
}

const lineOf = (d: TextDocument, diag: Diagnostic) =>
  d.getText({ start: { line: diag.range.start.line, character: 0 }, end: { line: diag.range.start.line + 1, character: 0 } }).trim();

describe('xConfiguration reader on the real TAC 212475 excerpts', () => {
  const files = fs.readdirSync(path.join(CORPUS, 'xconfiguration')).sort();
  it('recovers all 167 records of the 10 excerpts (the research note counted 148), every one recognised by content', () => {
    let total = 0;
    for (const f of files) {
      const text = fs.readFileSync(path.join(CORPUS, 'xconfiguration', f), 'utf8');
      const parsed = readXConfiguration(text);
      assert.deepEqual(parsed.problems, [], f);
      assert.ok(looksLikeXConfiguration(text), f);
      assert.equal(parsed.records.length, (text.match(/\*c xConfiguration/g) ?? []).length, f);
      total += parsed.records.length;
    }
    assert.equal(total, 167);
  });
  it('reads zone 6 of Expressway-C: box from the label, port, peers, empty values, the secret marked', () => {
    const text = fs.readFileSync(path.join(CORPUS, 'xconfiguration/tac212475-04-expc-traversalclient-zone6.txt'), 'utf8');
    const p = readXConfiguration(text);
    assert.equal(p.box, 'C');
    const get = (path: string) => p.records.find((r) => r.path === path)!;
    assert.equal(get('Zones Zone 6 TraversalClient SIP Port').value, '7003');
    assert.equal(get('Zones Zone 6 TraversalClient Peer 1 Address').value, 'amer-expressway01.ciscotac.net');
    assert.equal(get('Zones Zone 6 TraversalClient Peer 2 Address').value, '');
    assert.equal(get('Zones Zone 6 TraversalClient Authentication Password').secret, true);
    // Offsets point at the value inside its quotes.
    const port = get('Zones Zone 6 TraversalClient SIP Port');
    assert.equal(text.slice(port.valueStart, port.valueEnd), '7003');
    assert.equal(text.slice(port.pathStart, port.pathEnd), 'Zones Zone 6 TraversalClient SIP Port');
  });
  it('tolerates notes after a value and several records per line (Expressway-E zone 7)', () => {
    const p = readXConfiguration(fs.readFileSync(path.join(CORPUS, 'xconfiguration/tac212475-05-expe-traversalserver-zone7-paramprsv-off.txt'), 'utf8'));
    assert.equal(p.box, 'E');
    assert.equal(p.records.find((r) => r.path.endsWith('ParameterPreservation Mode'))!.value, 'Off');
    assert.equal(p.records.find((r) => r.path.endsWith('PreloadedSipRoutes Accept'))!.value, 'On');
  });
  it('an empty value followed by another record on the same line stays empty', () => {
    const p = readXConfiguration(fs.readFileSync(path.join(CORPUS, 'xconfiguration/tac212475-07-expe-searchrule6.txt'), 'utf8'));
    assert.equal(p.records.find((r) => r.path === 'Zones Policy SearchRules Rule 6 Pattern Replace')!.value, '');
    assert.equal(p.records.find((r) => r.path === 'Zones Policy SearchRules Rule 6 Pattern String')!.value, '.*@.*\\.ciscospark\\.com');
  });
});

describe('xConfiguration reader on generated pastes and bad input', () => {
  it('reads typed set commands, prompts, CRLF, OK and ** end', () => {
    const text =
      'xcommand> xConfiguration Zones Zone 4 TraversalClient SIP TLS Verify Mode: On\r\nOK\r\n\r\nxConfiguration Zones Zone 4 Type: TraversalClient\r\n** end\r\n';
    const p = readXConfiguration(text);
    assert.deepEqual(
      p.records.map((r) => [r.form, r.path, r.value]),
      [
        ['typed', 'Zones Zone 4 TraversalClient SIP TLS Verify Mode', 'On'],
        ['typed', 'Zones Zone 4 Type', 'TraversalClient'],
      ],
    );
    assert.equal(p.box, 'C');
  });
  it('ignores prose that mentions xConfiguration and RoomOS endpoint dumps', () => {
    assert.equal(readXConfiguration('Run the xConfiguration command: it prints everything.\n').records.length, 0);
    assert.equal(looksLikeXConfiguration('*c xConfiguration SIP URI: "room@example.com"\n'), false);
  });
  it('a dump cut inside a value says so and keeps what is there', () => {
    const p = readXConfiguration('*c xConfiguration Zones Zone 1 Name: "Traversal to Expe');
    assert.equal(p.records[0].value, 'Traversal to Expe');
    assert.deepEqual(
      p.problems.map((x) => x.code),
      ['xconfiguration-unterminated-value'],
    );
  });
  it('a 1 MB line of records is read in one pass', () => {
    const line = '*c xConfiguration Zones Zone 1 SIP Port: "7001" '.repeat(21_000);
    assert.ok(line.length > 1_000_000);
    const p = readXConfiguration(line);
    assert.equal(p.records.length, 21_000);
    assert.deepEqual(p.problems, []);
  });
  it('a value a megabyte long is not read, with a clear problem', () => {
    const p = readXConfiguration(`*c xConfiguration Zones Zone 1 Name: "${'x'.repeat(1_000_000)}"\n*c xConfiguration Zones Zone 1 Type: "DNS"\n`);
    assert.deepEqual(
      p.problems.map((x) => x.code),
      ['xconfiguration-value-too-long'],
    );
    assert.deepEqual(
      p.records.map((r) => r.path),
      ['Zones Zone 1 Type'],
    );
  });
  it('stops with "not read" past the record bound (a diagnostic log full of records)', () => {
    const text = '*c xConfiguration Zones Zone 1 SIP Port: "7001"\n'.repeat(MAX_RECORDS + 10);
    const p = readXConfiguration(text);
    assert.equal(p.records.length, MAX_RECORDS);
    assert.deepEqual(
      p.problems.map((x) => x.code),
      ['xconfiguration-not-read'],
    );
  });
  it('a plain dump record (read in one match) and the same record spaced unusually (read step by step) give the same record', () => {
    const records = [
      ['Zones Zone 4 TraversalClient SIP TLS Verify Mode', 'On'],
      ['Zones Zone 4 TraversalClient Authentication Password', '{cipher}qeh8eq+fuVY1GHGgRLder/1lYDd76O/6KrHGA7g8bJs='],
      ['Zones Zone 4 TraversalClient Peer 2 Address', ''],
      ['SIP Domain 1 Name', 'example.com'],
    ];
    const plain =
      records.map(([p, v]) => `*c xConfiguration ${p}: "${v}"`).join('\n') +
      ' <-- a note\r\n*c xConfiguration SIP Domain 2 Name: "b.example.com" *c xConfiguration SIP Domain 3 Name: "c"\n';
    const spaced = plain.replace(/xConfiguration /g, 'xConfiguration  ').replace(/: "/g, ':  "');
    const read = (text: string) =>
      readXConfiguration(text).records.map((r) => {
        // Every offset points at what the record says.
        assert.equal(text.slice(r.pathStart, r.pathEnd), r.path);
        assert.equal(text.slice(r.valueStart, r.valueEnd), r.value);
        assert.equal(text.slice(r.start, r.start + 2), '*c');
        assert.equal(text[r.end - 1], '"');
        return [r.path, r.value, r.quoted, r.secret, r.form];
      });
    assert.deepEqual(read(plain), read(spaced));
    assert.equal(read(plain).length, 6);
    assert.deepEqual(read(plain)[1].slice(2), [true, true, 'dump']);
  });
  it('binary content neither crashes nor invents records', () => {
    const bytes = Buffer.from(Array.from({ length: 65536 }, (_, i) => (i * 7919) % 256)).toString('latin1');
    assert.doesNotThrow(() => readXConfiguration(bytes));
    assert.equal(readXConfiguration(bytes).records.length, 0);
  });
});

describe('status reader', () => {
  it('reads the version of the real status.xml (X8.11.3)', () => {
    const text = fs.readFileSync(path.join(CORPUS, 'status-xml/jasonneurohr-py-expressway__tests__status.xml'), 'utf8');
    assert.ok(looksLikeXStatus(text));
    assert.equal(looksLikeXConfiguration(text), false);
    const s = readXStatus(text);
    assert.equal(s.syntax, 'xml');
    assert.equal(s.version?.value, 'X8.11.3');
    assert.equal(text.slice(s.version!.valueStart, s.version!.valueEnd), 'X8.11.3');
    assert.ok(s.records.some((r) => r.path === 'CollaborationEdge Authentication OAuthLocal' && r.value === 'True'));
  });
  it('reads xStatus text', () => {
    const s = readXStatus('*s SystemUnit Software Version: "X15.0.2"\n*s/end\nOK\n');
    assert.equal(s.syntax, 'text');
    assert.equal(s.version?.value, 'X15.0.2');
  });
});

describe('deployments: the settings rules on real-format dumps and certificates', () => {
  const a = siteDocs('site-a');
  const b = siteDocs('site-b');
  const ctx = context([...a, ...b]);
  const expc = a.find((d) => d.uri.endsWith('expc.txt'))!;
  const expe = a.find((d) => d.uri.endsWith('expe.txt'))!;
  it('reports each failing rule on the dump line that must change', () => {
    const c = xconfigurationService.validate(expc, ctx).sort((x, y) => x.range.start.line - y.range.start.line);
    assert.deepEqual(
      c.map((d) => [d.code, lineOf(expc, d)]),
      [
        ['uc-zone-media-not-force-encrypted', '*c xConfiguration Zones Zone 4 TraversalClient SIP Media Encryption Mode: "Auto"'],
        ['uc-zone-sip-port-mismatch', '*c xConfiguration Zones Zone 4 TraversalClient SIP Port: "7001"'],
        ['uc-zone-tls-verify-off', '*c xConfiguration Zones Zone 4 TraversalClient SIP TLS Verify Mode: "Off"'],
      ],
    );
    // The message speaks of the dump's own path, and the other Expressway's line is related.
    const port = c.find((d) => d.code === 'uc-zone-sip-port-mismatch')!;
    assert.equal(port.relatedInformation?.[0].location.uri, expe.uri);
    assert.equal(expe.getText(port.relatedInformation![0].location.range), '7003');
    assert.equal(port.relatedInformation![0].message, 'Zones Zone 3 TraversalServer SIP Port: 7003');
  });
  it('checks the TLS verify subject name of E against the SANs of the certificate matched to C by its names', () => {
    const e = xconfigurationService.validate(expe, ctx);
    const san = e.find((d) => d.code === 'uc-zone-tls-verify-subject-name-not-in-san')!;
    assert.equal(expe.getText(san.range), 'expc.site-a.exmaple.com');
    assert.ok(san.relatedInformation?.[0].location.uri.endsWith('site-a/expc-cert.pem'));
    // One finding per mistake: the typo is not also reported as "not the cluster name" on the same value.
    assert.ok(!e.some((d) => d.code === 'uc-zone-tls-verify-subject-name-not-cluster'));
    const d = deploymentOf(expe.uri, ctx);
    assert.deepEqual(
      d.model.certificateMatches.map((m) => [path.basename(m.uri), m.box, m.name]),
      [
        ['expc-cert.pem', 'C', 'expc1.site-a.example.com'],
        ['expe-cert.pem', 'E', 'expe.site-a.example.com'],
      ],
    );
  });
  it('a finding that concerns a certificate lands in the certificate file', () => {
    const cert = pathToFileURL(path.join(FIXTURES, 'site-a/expe-cert.pem')).toString();
    assert.deepEqual(
      deploymentDiagnosticsFor(cert, ctx).map((d) => d.code),
      ['e-san-lacks-registration-domains'],
    );
  });
  it('a _collab-edge SRV target missing from the Expressway-E certificate is reported on the nslookup line', () => {
    const dns = pathToFileURL(path.join(FIXTURES, 'site-a/collab-edge-srv.txt')).toString();
    const ds = deploymentDiagnosticsFor(dns, ctx);
    assert.deepEqual(
      ds.map((d) => [d.code, d.range.start.line]),
      [['collab-edge-srv-target-not-in-e-san', 13]],
    );
    assert.ok(ds[0].relatedInformation?.[0].location.uri.endsWith('site-a/expe-cert.pem'));
    assert.deepEqual(deploymentDiagnosticsFor(pathToFileURL(path.join(FIXTURES, 'site-b/collab-edge-srv.txt')).toString(), ctx), []);
  });
  it('the correct site is clean, and two sites in one repository never mix', () => {
    for (const d of b) assert.deepEqual(xconfigurationService.validate(d, ctx), [], d.uri);
    for (const d of [...a, ...b]) {
      const folder = path.dirname(d.uri);
      for (const diag of xconfigurationService.validate(d, ctx))
        for (const r of diag.relatedInformation ?? []) assert.equal(path.dirname(r.location.uri), folder);
    }
    const uris = new Set<string>();
    walk(deploymentOf(b[0].uri, ctx).model.root, (n) => n.uri && uris.add(path.dirname(n.uri)));
    assert.deepEqual([...uris], [pathToFileURL(path.join(FIXTURES, 'site-b')).toString()]);
  });
  it('a dump whose box is unknown feeds no box rule (the TAC search-rule excerpt)', () => {
    const f = fileDoc(path.join(CORPUS, 'xconfiguration/tac212475-03-expe-searchrule3.txt'));
    assert.deepEqual(xconfigurationService.validate(f, context([f])), []);
  });
  it('says it in Korean and Japanese too', () => {
    for (const locale of ['ko', 'ja'] as const) {
      const ds = xconfigurationService.validate(expc, context([...a], locale));
      assert.equal(ds.length, 3);
      for (const d of ds) assert.doesNotMatch(String(d.message), /must use|does not match/);
    }
  });
});

describe('editor features on a dump', () => {
  const a = siteDocs('site-a');
  const ctx = context(a);
  const expc = a.find((d) => d.uri.endsWith('expc.txt'))!;
  it('hover: UI label, menu path, what the token means, the box, the rules with their source', () => {
    const at = expc.getText().indexOf('Encryption Mode');
    const h = xconfigurationService.hover(expc, expc.positionAt(at), ctx)!;
    const text = (h.contents as { value: string }).value;
    assert.match(text, /Media encryption mode/);
    assert.match(text, /Configuration > Zones > Zones > SIP > Media encryption mode/);
    assert.match(text, /`Auto` means|`On` \(Force encrypted\)/);
    assert.match(text, /Expressway-C/);
    assert.match(text, /uc-zone-media-not-force-encrypted/);
    assert.match(text, /cisco\.com/);
  });
  it('hover never shows a {cipher} secret', () => {
    const at = expc.getText().indexOf('Authentication Password');
    const text = (xconfigurationService.hover(expc, expc.positionAt(at), ctx)!.contents as { value: string }).value;
    assert.doesNotMatch(text, /cipher\}q|qeh8eq/);
    assert.match(text, /never shows it/);
  });
  it('outline: zones and domains with their names', () => {
    const symbols = xconfigurationService.symbols(expc, ctx);
    assert.deepEqual(
      symbols.map((s) => [s.name, s.detail]),
      [
        ['Cluster', 'expc.site-a.example.com'],
        ['Domain 1', 'site-a.example.com'],
        ['Zone 4', 'UC Traversal · TraversalClient'],
      ],
    );
  });
  it('quick fix in a dump: copy the command to type on Expressway-C', () => {
    const diags = xconfigurationService.validate(expc, ctx);
    const tls = diags.find((d) => d.code === 'uc-zone-tls-verify-off')!;
    const [action] = xconfigurationService.codeActions(expc, tls.range, [tls], ctx);
    assert.equal(action.command?.command, COPY_TEXT_COMMAND);
    assert.deepEqual(action.command?.arguments, ['xConfiguration Zones Zone 4 TraversalClient SIP TLS Verify Mode: On']);
    assert.match(action.title, /Expressway-C/);
    const media = diags.find((d) => d.code === 'uc-zone-media-not-force-encrypted')!;
    assert.deepEqual(xconfigurationService.codeActions(expc, media.range, [media], ctx)[0].command?.arguments, [
      'xConfiguration Zones Zone 4 TraversalClient SIP Media Encryption Mode: On',
    ]);
  });
  it('quick fix in a file of typed commands: the value is edited', () => {
    const dir = path.join(FIXTURES, 'site-a');
    const typed = TextDocument.create(
      pathToFileURL(path.join(dir, 'typed-changes.txt')).toString(),
      'plaintext',
      1,
      'Expressway-C\nxConfiguration Zones Zone 9 Type: TraversalClient\nxConfiguration Zones Zone 9 TraversalClient Collaboration Edge: On\nxConfiguration Zones Zone 9 TraversalClient SIP TLS Verify Mode: Off\n',
    );
    const c = context([typed]);
    const tls = xconfigurationService.validate(typed, c).find((d) => d.code === 'uc-zone-tls-verify-off')!;
    const [action] = xconfigurationService.codeActions(typed, tls.range, [tls], c);
    const after = TextDocument.applyEdits(typed, action.edit!.changes![typed.uri]);
    assert.match(after, /xConfiguration Zones Zone 9 TraversalClient SIP TLS Verify Mode: On\n/);
  });
});

describe('MRA on in a dump applies the jabber-config MRA findings', () => {
  it('without the ucConfig.mra setting', () => {
    const dir = path.join(FIXTURES, 'site-a');
    const jc = TextDocument.create(
      pathToFileURL(path.join(dir, 'jabber-config.xml')).toString(),
      'xml',
      1,
      '<?xml version="1.0"?>\n<config version="1.0"><Client><PrtLogServerURL>https://p.example.com/u</PrtLogServerURL></Client></config>',
    );
    const withDump = context([...siteDocs('site-a'), jc]);
    assert.ok(jabberConfigService.validate(jc, withDump).some((d) => d.code === 'mra-unsupported'));
    const alone = TextDocument.create(pathToFileURL(path.join(FIXTURES, 'jabber-config.xml')).toString(), 'xml', 1, jc.getText());
    assert.ok(!jabberConfigService.validate(alone, context([...siteDocs('site-a'), alone])).some((d) => d.code === 'mra-unsupported'));
  });
});

describe('settings YAML from a deployment’s artifacts (command and CLI)', () => {
  it('writes every value the artifacts hold, annotated with file and line, and the settings rules find the same defects in it', () => {
    const r = runSettingsFromArtifacts(['settings-from-artifacts', path.join(FIXTURES, 'site-a')]);
    assert.equal(r.exitCode, 0);
    assert.match(r.output, /port: 7001 # expc\.txt:17 Zones Zone 4 TraversalClient SIP Port/);
    assert.match(r.output, /type: Unified Communications traversal # expc\.txt:20 Zones Zone 4 Type/);
    assert.match(r.output, /- DNS:expc\.site-a\.example\.com # expc-cert\.pem:1/);
    assert.doesNotMatch(r.output, /cipher|password/i);
    const yaml = TextDocument.create('file:///review/site-a.expressway.yaml', 'yaml', 1, r.output + '\n');
    const ds = settingsService.validate(yaml, { ...context([]), workspace: { documents: (k) => (k === 'uc-settings' ? [yaml] : []) } });
    const codes = new Set(ds.map((d) => d.code));
    // The YAML opens without format warnings, and the rules find what they found on the dumps.
    assert.deepEqual(
      ds.filter((d) => /^settings-|yaml-/.test(String(d.code))).map((d) => d.message),
      [],
    );
    for (const c of [
      'uc-zone-media-not-force-encrypted',
      'uc-zone-sip-port-mismatch',
      'uc-zone-tls-verify-off',
      'uc-zone-tls-verify-subject-name-not-in-san',
      'e-san-lacks-registration-domains',
    ])
      assert.ok(codes.has(c), c);
  });
  it('a folder without artifacts says so (exit 1); no folder is a usage error (exit 2)', () => {
    assert.equal(runSettingsFromArtifacts(['settings-from-artifacts', path.join(CORPUS, 'expressway-allowlist-csv')]).exitCode, 1);
    assert.equal(runSettingsFromArtifacts(['settings-from-artifacts']).exitCode, 2);
  });
});

describe('certificates in a deployment', () => {
  it('the certificate hover and lens say which box the certificate was matched to, by its names', () => {
    const a = siteDocs('site-a');
    const file = path.join(FIXTURES, 'site-a/expe-cert.pem');
    const cert = TextDocument.create(pathToFileURL(file).toString(), 'plaintext', 1, fs.readFileSync(file, 'utf8'));
    const ctx = context([...a, cert]);
    const svc = services.certificate;
    const hover = svc.hover(cert, { line: 0, character: 3 }, ctx);
    assert.match((hover!.contents as { value: string }).value, /Expressway-E \(expe\.site-a\.example\.com\)/);
    assert.ok(svc.codeLenses!(cert, ctx).some((l) => /Expressway-E/.test(l.command!.title)));
    assert.ok(svc.validate(cert, ctx).some((d) => d.code === 'e-san-lacks-registration-domains'));
  });
});

describe('xConfiguration reader stays linear on hostile text', () => {
  it('a megabyte of the keyword without any colon is read quickly and yields nothing', () => {
    const text = 'xConfiguration '.repeat(70_000);
    const t0 = performance.now();
    assert.equal(readXConfiguration(text).records.length, 0);
    // Generous bound (a shared CI machine): quadratic behaviour would take minutes here.
    assert.ok(performance.now() - t0 < 5000);
  });
});

describe('a workspace that does not change (the CLI) lists each folder once, with the same findings', () => {
  it('two sites: every file of both gets the same diagnostics with and without unchanging', () => {
    const docs = [...siteDocs('site-a'), ...siteDocs('site-b')];
    const certs = ['site-a/expc-cert.pem', 'site-a/expe-cert.pem', 'site-b/expc-cert.pem', 'site-b/expe-cert.pem'].map((f) =>
      pathToFileURL(path.join(FIXTURES, f)).toString(),
    );
    const findings = (ctx: ServiceContext) => [
      ...docs.map((d) => services['expressway-xconfiguration'].validate(d, ctx)),
      ...certs.map((u) => deploymentDiagnosticsFor(u, ctx)),
    ];
    const live = context(docs);
    const expected = findings(live);
    assert.ok(expected.flat().length > 0);
    assert.deepEqual(findings({ ...live, workspace: { ...live.workspace, unchanging: true } }), expected);
  });
});

describe('the xConfiguration map names paths in any case, and only its own', () => {
  it('a path in other case matches the same entry with the same placeholders; a path no entry names matches nothing', () => {
    const map = xconfigurationMap(catalogs);
    const canonical = map.match('Zones Zone 4 TraversalClient SIP TLS Verify Mode');
    assert.ok(canonical);
    for (const p of ['zones zone 4 traversalclient sip tls verify mode', 'ZONES ZONE 4 TRAVERSALCLIENT SIP TLS VERIFY MODE']) {
      const hit = map.match(p);
      assert.equal(hit?.entry, canonical.entry, p);
      assert.equal(hit?.vars.zone, canonical.vars.zone);
    }
    assert.equal(map.match('ip dns hostname')?.entry.cli, 'IP DNS Hostname');
    for (const p of ['Zones Policy SearchRules Rule 1 Name', 'Zones Zone', '', 'Ärger', 'IP DNS Hostnames']) assert.equal(map.match(p), undefined, p);
  });
});

describe('xConfiguration reader: work grows with the file, unquoted values included', () => {
  it('a typed command file of 20 000 unquoted values costs about ten times one of 2 000', () => {
    // Each unquoted value looks for a note (`<--`) or the next record on its own line only.
    const file = (n: number) => Array.from({ length: n }, (_, i) => `xConfiguration Zones Zone ${i} TraversalClient SIP Port: ${7000 + (i % 1000)}`).join('\n');
    const [small, large] = [file(2000), file(20000)];
    assert.equal(readXConfiguration(large).records.length, 20000);
    assert.deepEqual(readXConfiguration('xConfiguration SIP Domain 1 Name: a.example.com <-- note\n').records[0].value, 'a.example.com');
    const ratio = growthRatio(readXConfiguration, small, large);
    // Linear work gives about 10×; a search to the end of the text per value gives about 100×.
    assert.ok(ratio < 60, `20 000 / 2 000 records: ${ratio.toFixed(1)}×`);
  });
});

describe('a settings YAML beside the artifacts feeds the same model', () => {
  it('what only the YAML says (the E aliases) is checked against the certificate the folder holds', () => {
    const b = siteDocs('site-b');
    const yaml = TextDocument.create(
      pathToFileURL(path.join(FIXTURES, 'site-b/intent.expressway.yaml')).toString(),
      'yaml',
      1,
      'expressway:\n  expresswayE:\n    system:\n      otherFqdns:\n        - mra.site-b.example.com\n',
    );
    const ctx = context([...b, yaml]);
    const cert = pathToFileURL(path.join(FIXTURES, 'site-b/expe-cert.pem')).toString();
    const ds = deploymentDiagnosticsFor(cert, ctx);
    assert.deepEqual(
      ds.map((d) => d.code),
      ['e-san-lacks-aliases'],
    );
    assert.equal(ds[0].relatedInformation?.[0].location.uri, yaml.uri);
    // Without the YAML, the same folder is clean.
    assert.deepEqual(deploymentDiagnosticsFor(cert, context(b)), []);
    // The YAML's own diagnostics are unchanged by the artifacts beside it (no duplicates).
    const own = services['uc-settings'].validate(yaml, ctx).map((d) => d.code);
    assert.equal(new Set(own).size, own.length);
  });
});

describe('jabber-config hosts against the deployment’s allow-list CSV', () => {
  it('with MRA on in the dump, a host missing from the CSV is reported on the CSV with the jabber-config line related', () => {
    const dir = path.join(FIXTURES, 'site-a');
    const csv = TextDocument.create(
      pathToFileURL(path.join(dir, 'allow-list.csv')).toString(),
      'plaintext',
      1,
      'Url,Deployment,HttpMethods,MatchType,Description\nhttps://cuc.site-a.example.com:8443/,Default,GET,prefix,"Voicemail"\n',
    );
    const jc = TextDocument.create(
      pathToFileURL(path.join(dir, 'jabber-config.xml')).toString(),
      'xml',
      1,
      '<?xml version="1.0"?>\n<config version="1.0"><Client><UpdateUrl>https://updates.site-a.example.com/jabber.xml</UpdateUrl></Client><Voicemail><VoicemailPrimaryServer>cuc.site-a.example.com</VoicemailPrimaryServer></Voicemail></config>',
    );
    const ctx = context([...siteDocs('site-a'), csv, jc]);
    const ds = services['allow-list'].validate(csv, ctx).filter((d) => d.code === 'mra-allow-list-missing-host');
    assert.deepEqual(
      ds.map((d) => d.message),
      ['jabber-config UpdateUrl uses updates.site-a.example.com (installer updates); over MRA the host must be in the Expressway-C HTTP server allow list.'],
    );
    assert.equal(ds[0].relatedInformation?.[0].location.uri, jc.uri);
    // The voicemail server is not asked for even when the CSV lacks it: Expressway-C allows the Unity
    // Connection nodes it discovers by automatic rules, which the CSV of editable rules does not show.
    const csvNoCuc = TextDocument.create(
      csv.uri,
      'plaintext',
      2,
      'Url,Deployment,HttpMethods,MatchType,Description\nhttps://updates.site-a.example.com/,Default,GET,prefix,"Updates"\n',
    );
    assert.deepEqual(
      services['allow-list'].validate(csvNoCuc, context([...siteDocs('site-a'), csvNoCuc, jc])).filter((d) => d.code === 'mra-allow-list-missing-host'),
      [],
    );
    // A rule whose Url URL would read as another host (a backslash ends the host there) is a bad Url and
    // allows nothing: Expressway is not told to allow updates.site-a.example.com by it.
    const csvBackslash = TextDocument.create(
      csv.uri,
      'plaintext',
      3,
      'Url,Deployment,HttpMethods,MatchType,Description\nhttps://updates.site-a.example.com\\.cdn.example.net/,Default,GET,prefix,"Updates"\n',
    );
    assert.deepEqual(
      services['allow-list']
        .validate(csvBackslash, context([...siteDocs('site-a'), csvBackslash, jc]))
        .map((d) => d.code)
        .filter((c) => String(c).startsWith('allowlist-') || c === 'mra-allow-list-missing-host')
        .sort(),
      ['allowlist-bad-url', 'mra-allow-list-missing-host'],
    );
    // The same files in a folder without a dump that turns MRA on: nothing.
    const other = (d: TextDocument) => TextDocument.create(d.uri.replace('/site-a/', '/site-none/'), d.languageId, 1, d.getText());
    const [csv2, jc2] = [other(csv), other(jc)];
    assert.deepEqual(
      services['allow-list'].validate(csv2, context([...siteDocs('site-a'), csv2, jc2])).filter((d) => d.code === 'mra-allow-list-missing-host'),
      [],
    );
  });
});

describe('hover in Korean and Japanese', () => {
  it('keeps to one language: the words are translated, English notes are left out', () => {
    const a = siteDocs('site-a');
    const expc = a.find((d) => d.uri.endsWith('expc.txt'))!;
    const at = expc.positionAt(expc.getText().indexOf('Collaboration Edge'));
    for (const [locale, word] of [
      ['ko', /웹 인터페이스/],
      ['ja', /Web インターフェイス/],
    ] as const) {
      const text = (xconfigurationService.hover(expc, at, context(a, locale))!.contents as { value: string }).value;
      assert.match(text, word);
      assert.doesNotMatch(text, /Present in real dumps|Web interface:/);
    }
  });
});

describe('the workspace diagram is drawn from the artifacts too', () => {
  it('a deployment folder of dumps adds its Expressways and traversal port', () => {
    const scenario = workspaceScenario(context(siteDocs('site-a')));
    const text = JSON.stringify(scenario);
    assert.match(text, /expc1\.site-a\.example\.com/);
    assert.ok(
      [scenario.source].flat().some((s: string) => s.endsWith('site-a/')),
      [scenario.source].flat().join(', '),
    );
  });
});

describe('status.xml in a deployment', () => {
  it('its software version joins the model (hover says how it is read)', () => {
    const file = path.join(CORPUS, 'status-xml/jasonneurohr-py-expressway__tests__status.xml');
    const status = fileDoc(file);
    const ctx = context([status]);
    assert.equal(kindOfDocument(status, ctx.settings), 'expressway-xstatus');
    assert.deepEqual(services['expressway-xstatus'].validate(status, ctx), []);
    const at = status.positionAt(status.getText().indexOf('X8.11.3</Version>'));
    const text = (services['expressway-xstatus'].hover(status, at, ctx)!.contents as { value: string }).value;
    assert.match(text, /expressway\.version/);
  });
});

describe('a certificate matched to a box is told each problem once', () => {
  // The per-file certificate checks and the settings rules about the matched box's certificate say the
  // same of self-signed, client authentication, digest and key type: one finding each, the box's.
  const certs = path.resolve(__dirname, '../fixtures/certs');
  const run = (dump: string[], cert: string) => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'uc-dep-'));
    try {
      fs.writeFileSync(
        path.join(dir, 'exp.txt'),
        [...dump, ...fs.readFileSync(path.join(FIXTURES, 'site-a/expe.txt'), 'utf8').split('\n').slice(1)].join('\n'),
      );
      fs.copyFileSync(path.join(certs, cert), path.join(dir, 'box.pem'));
      const rows = JSON.parse(runCheck({ format: 'json', settings: { ...DEFAULT_SETTINGS }, locale: 'en', paths: [dir] }).output) as {
        file: string;
        code: string;
      }[];
      return rows
        .filter((r) => r.file.endsWith('box.pem'))
        .map((r) => r.code)
        .sort();
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  };
  it('a self-signed SHA-1 certificate of Expressway-E', () => {
    assert.deepEqual(run(['*c xConfiguration IP DNS Hostname: "old"', '*c xConfiguration IP DNS Domain Name: "example.com"'], 'rsa1024-sha1.pem'), [
      'server-cert-digest',
      'server-cert-self-signed',
    ]);
  });
  it('an EC certificate without client authentication: no RSA key length asked of it', () => {
    const codes = run(['*c xConfiguration IP DNS Hostname: "vcsc"', '*c xConfiguration IP DNS Domain Name: "example.com"'], 'ec-p256-server-only.pem');
    assert.deepEqual(
      codes.filter((c) => /client-auth|self-signed|rsa|key/.test(c)),
      ['cert-key-not-rsa', 'server-cert-client-auth-missing', 'server-cert-self-signed'],
    );
  });
});

describe('uc-config check on a folder of deployments', () => {
  it('JSON and SARIF locations point into the dumps, certificates and DNS lookups', () => {
    const json = runCheck({ format: 'json', settings: { ...DEFAULT_SETTINGS }, locale: 'en', paths: [FIXTURES] });
    assert.equal(json.exitCode, 1);
    const rows = JSON.parse(json.output) as { file: string; code: string; range: { start: { line: number } } }[];
    const at = (code: string) => rows.filter((r) => r.code === code).map((r) => `${path.relative(FIXTURES, path.resolve(r.file))}:${r.range.start.line + 1}`);
    assert.deepEqual(at('uc-zone-tls-verify-subject-name-not-in-san'), ['site-a/expe.txt:10']);
    assert.deepEqual(at('uc-zone-sip-port-mismatch'), ['site-a/expc.txt:17']);
    assert.deepEqual(at('e-san-lacks-registration-domains'), ['site-a/expe-cert.pem:1']);
    assert.deepEqual(at('collab-edge-srv-target-not-in-e-san'), ['site-a/collab-edge-srv.txt:14']);
    assert.ok(!rows.some((r) => r.file.includes('site-b')), 'site-b is clean');
    const sarif = JSON.parse(runCheck({ format: 'sarif', settings: { ...DEFAULT_SETTINGS }, locale: 'en', paths: [FIXTURES] }).output);
    const result = sarif.runs[0].results.find((r: { ruleId: string }) => r.ruleId === 'uc-zone-tls-verify-subject-name-not-in-san');
    assert.match(result.locations[0].physicalLocation.artifactLocation.uri, /site-a\/expe\.txt$/);
    assert.equal(result.locations[0].physicalLocation.region.startLine, 10);
  });
});

describe('which box: the host name as the last evidence', () => {
  it('reads the usual box token at the end of the host name, and nothing else', () => {
    const box = (host: string) => readXConfiguration(`*c xConfiguration IP DNS Hostname: "${host}"\n`).box;
    assert.deepEqual(['vcsc', 'rtp12-tpdmz-118-VCSC', 'expe01', 'exp-c', 'expressway-e2', 'expwy-e'].map(box), ['C', 'C', 'E', 'C', 'E', 'E']);
    assert.deepEqual(['edge1', 'expressway', 'vcs01', 'mycorp-exec', 'space'].map(box), [undefined, undefined, undefined, undefined, undefined]);
    // Zones say more than a name.
    assert.equal(readXConfiguration('*c xConfiguration IP DNS Hostname: "vcsc"\n*c xConfiguration Zones Zone 1 Type: "TraversalServer"\n').box, 'E');
  });
});

describe('the editor validates in steps and finds what the CLI finds', () => {
  it('every file of a deployment folder, a settings file among them, gets the same diagnostics in steps as at once', () => {
    const yaml = TextDocument.create(
      pathToFileURL(path.join(FIXTURES, 'site-a/intent.expressway.yaml')).toString(),
      'yaml',
      1,
      fs.readFileSync(path.resolve(__dirname, '../../examples/mra-pair.expressway.yaml'), 'utf8'),
    );
    const docs = [...siteDocs('site-a'), fileDoc(path.join(FIXTURES, 'site-a/expc-cert.pem')), fileDoc(path.join(FIXTURES, 'site-a/expe-cert.pem')), yaml];
    const ctx = context(docs);
    let deploymentFindings = 0;
    for (const d of docs) {
      const svc = services[kindOfDocument(d, ctx.settings)!];
      const atOnce = svc.validate(d, ctx);
      const inSteps = svc.validateInSteps ? [...svc.validateInSteps(d, ctx)].flat() : atOnce;
      assert.deepEqual(inSteps, atOnce, d.uri);
      if (d === yaml) deploymentFindings = atOnce.filter((x) => deploymentDiagnosticsFor(yaml.uri, ctx).some((f) => f.code === x.code)).length;
    }
    // The settings file carries findings of the folder's artifacts (its validation in steps once dropped them).
    assert.ok(deploymentFindings > 0);
  });
});
