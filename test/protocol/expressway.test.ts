// Expressway artifacts over stdio, as Neovim or any LSP editor sees them: a workspace holding two
// deployments (site-a with defects, site-b correct), each a folder of xConfiguration dumps and
// certificates. Files are recognised by content (`expc.txt`), findings land on the dump's own line with
// the other file related, and the two sites never read each other's hosts.
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { after, before, test } from 'node:test';
import { pathToFileURL } from 'node:url';
import { LspClient } from './lsp-client';

type Range = { start: { line: number; character: number }; end: { line: number; character: number } };
type D = { code: string; message: string; range: Range; relatedInformation?: { location: { uri: string; range: Range }; message: string }[] };

const root = fs.mkdtempSync(path.join(os.tmpdir(), 'uc-config-deployments-'));
for (const site of ['site-a', 'site-b'])
  fs.cpSync(path.resolve(__dirname, '../fixtures/expressway', site), path.join(root, 'customers', site), { recursive: true });
const uri = (rel: string) => pathToFileURL(path.join(root, 'customers', rel)).toString();
const open = (rel: string) =>
  client.notify('textDocument/didOpen', {
    textDocument: { uri: uri(rel), languageId: 'plaintext', version: 1, text: fs.readFileSync(path.join(root, 'customers', rel), 'utf8') },
  });
let client: LspClient;

before(async () => {
  client = new LspClient({});
  await client.initialize(pathToFileURL(root).toString());
  open('site-a/expe.txt');
  open('site-b/expe.txt');
  open('site-a/expc.txt');
});

after(async () => {
  assert.equal(await client.shutdown(), 0);
  fs.rmSync(root, { recursive: true, force: true });
});

test('a dump named .txt is checked against its own deployment: the C dump and certificate beside it', async () => {
  const ds = (await client.diagnostics(uri('site-a/expe.txt'), (d) =>
    d.some((x) => (x as unknown as D).code === 'uc-zone-tls-verify-subject-name-not-in-san'),
  )) as unknown as D[];
  const san = ds.find((d) => d.code === 'uc-zone-tls-verify-subject-name-not-in-san')!;
  assert.equal(san.range.start.line, 9);
  assert.equal(san.relatedInformation?.[0].location.uri, uri('site-a/expc-cert.pem'));
  // One finding per mistake: the typo is not also reported as "not the cluster name".
  assert.ok(!ds.some((d) => d.code === 'uc-zone-tls-verify-subject-name-not-cluster'));
});

test('the correct site next to it stays clean (two deployments never mix)', async () => {
  const ds = (await client.diagnostics(uri('site-b/expe.txt'))) as unknown as D[];
  assert.deepEqual(ds, []);
});

test('hover, outline and the copy-the-command quick fix over the protocol', async () => {
  const ds = (await client.diagnostics(uri('site-a/expc.txt'), (d) => d.length >= 3)) as unknown as D[];
  const tls = ds.find((d) => d.code === 'uc-zone-tls-verify-off')!;
  const actions = await client.request<{ title: string; command?: { command: string; arguments: string[] } }[]>('textDocument/codeAction', {
    textDocument: { uri: uri('site-a/expc.txt') },
    range: tls.range,
    context: { diagnostics: [tls] },
  });
  assert.deepEqual(actions[0].command?.arguments, ['xConfiguration Zones Zone 4 TraversalClient SIP TLS Verify Mode: On']);
  const hover = await client.request<{ contents: { value: string } }>('textDocument/hover', {
    textDocument: { uri: uri('site-a/expc.txt') },
    position: tls.range.start,
  });
  assert.match(hover.contents.value, /TLS verify mode/);
  const symbols = await client.request<{ name: string }[]>('textDocument/documentSymbol', { textDocument: { uri: uri('site-a/expc.txt') } });
  assert.ok(symbols.some((s) => s.name === 'Zone 4'));
  const kind = await client.request('ucConfig/documentKind', { uri: uri('site-a/expc.txt') });
  assert.equal(kind, 'expressway-xconfiguration');
});
