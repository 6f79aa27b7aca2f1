// Closed documents release what the server read from them (issue 10): one document of every format is
// opened twice, in two folders; every feature is asked of one copy, which is then closed. A heap
// snapshot of the server (written on a signal, after V8's full collection) must still hold the text of
// the copy left open (so the search finds what a cache keeps) and no longer hold the closed one's.
// Each text starts with its own mark: the snapshot records the first 1 024 characters of every string.
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { after, test } from 'node:test';
import { DOCUMENT_KIND, SETTINGS_FROM_ARTIFACTS, WORKSPACE_SCENARIO } from '../../shared/requests';
import { LspClient } from './lsp-client';

const EXAMPLES = path.resolve(__dirname, '../../examples');
const SITE = path.resolve(__dirname, '../fixtures/expressway/site-a');
const CORPUS = path.resolve(__dirname, '../../../shared/corpus/expressway');
const read = (...p: string[]) => fs.readFileSync(path.join(...p), 'utf8');

/** A file of each kind, named as users name them, with `mark` among its first characters. */
const samples: { kind: string; name: string; text: (mark: string) => string }[] = [
  { kind: 'jabber-config', name: 'jabber-config.xml', text: (m) => read(EXAMPLES, 'jabber-config.xml').replace('?>\n', `?>\n<!-- ${m} -->\n`) },
  {
    kind: 'app-config',
    name: 'jabber-intune.appconfig.json',
    text: (m) => read(EXAMPLES, 'jabber-intune.appconfig.json').replace('Cisco Jabber for Intune', m),
  },
  { kind: 'app-config', name: 'jabber-intune-ios.appconfig.xml', text: (m) => `<!-- ${m} -->\n${read(EXAMPLES, 'jabber-intune-ios.appconfig.xml')}` },
  { kind: 'uc-settings', name: 'mra-pair.expressway.yaml', text: (m) => `# ${m}\n${read(EXAMPLES, 'mra-pair.expressway.yaml')}` },
  { kind: 'uc-settings', name: 'cluster.cucm.json', text: (m) => JSON.stringify({ cucm: { clusterName: m } }) },
  { kind: 'expressway-xconfiguration', name: 'expe.txt', text: (m) => read(SITE, 'expe.txt').replace('Hostname: "expe"', `Hostname: "${m}"`) },
  {
    kind: 'expressway-xstatus',
    name: 'status.xml',
    text: (m) => `<!-- ${m} -->\n${read(CORPUS, 'status-xml/jasonneurohr-py-expressway__tests__status.xml')}`,
  },
  { kind: 'certificate', name: 'tomcat.pem', text: (m) => `${m}\n${read(CORPUS, 'certs/cisco-doc-uccx-show-cert-own-tomcat-loaduccx-n1.pem')}` },
  { kind: 'dns', name: 'collab-edge-srv.txt', text: (m) => read(SITE, 'collab-edge-srv.txt').replace('dns1.site-a.example.com', `${m}.example.com`) },
  {
    kind: 'allow-list',
    name: 'allowlist.csv',
    text: (m) => read(CORPUS, 'expressway-allowlist-csv/cisco-expressway-admin-x15-allowlist-rules-example.csv').replace('First Rule', m),
  },
];
// Marks of one length, none inside another.
const mark = (state: 'open' | 'gone', i: number) => `uc${state}${String(i).padStart(2, '0')}mark`;
const uri = (state: 'open' | 'gone', name: string) => `file:///tmp/uc-config-closed/${state}/${name}`;

const snapshots = fs.mkdtempSync(path.join(os.tmpdir(), 'uc-config-heap-'));
const client = new LspClient({}, undefined, ['--heapsnapshot-signal=SIGUSR2', `--diagnostic-dir=${snapshots}`]);

after(async () => {
  await client.shutdown();
  fs.rmSync(snapshots, { recursive: true, force: true });
});

type Diagnostic = { range: { start: { line: number; character: number }; end: { line: number; character: number } } };

/** The server's heap after a full collection, as text (the snapshot's strings are at its end). */
async function heapSnapshot(): Promise<string> {
  client.signal('SIGUSR2');
  // The snapshot is written on the server's main thread: a request answered after the file appeared
  // was answered after the writing ended.
  let file: string | undefined;
  while (!file) {
    await client.request(DOCUMENT_KIND, { uri: 'file:///none.txt' });
    file = fs.readdirSync(snapshots).find((f) => f.endsWith('.heapsnapshot'));
  }
  await client.request(DOCUMENT_KIND, { uri: 'file:///none.txt' });
  return fs.readFileSync(path.join(snapshots, file), 'utf8');
}

test('a closed document of every format leaves nothing of its text in the server', async () => {
  await client.initialize();
  for (const state of ['open', 'gone'] as const)
    samples.forEach((s, i) =>
      client.notify('textDocument/didOpen', { textDocument: { uri: uri(state, s.name), languageId: 'plaintext', version: 1, text: s.text(mark(state, i)) } }),
    );
  for (const s of samples) {
    for (const state of ['open', 'gone'] as const) assert.equal(await client.request(DOCUMENT_KIND, { uri: uri(state, s.name) }), s.kind, s.name);
    await client.diagnostics(uri('open', s.name));
  }
  // Every feature, so that every cache of the format holds the closed copy.
  for (const s of samples) {
    const textDocument = { uri: uri('gone', s.name) };
    const diagnostics = (await client.diagnostics(textDocument.uri)) as unknown as Diagnostic[];
    const position = { line: 1, character: 2 };
    await client.request('textDocument/documentSymbol', { textDocument });
    await client.request('textDocument/foldingRange', { textDocument });
    await client.request('textDocument/hover', { textDocument, position });
    await client.request('textDocument/completion', { textDocument, position });
    await client.request('textDocument/codeLens', { textDocument });
    for (const d of diagnostics) await client.request('textDocument/codeAction', { textDocument, range: d.range, context: { diagnostics: [d] } });
  }
  await client.request(WORKSPACE_SCENARIO, {});
  await client.request(SETTINGS_FROM_ARTIFACTS, { textDocument: { uri: uri('gone', 'expe.txt') } });

  for (const s of samples) client.notify('textDocument/didClose', { textDocument: { uri: uri('gone', s.name) } });
  for (const s of samples) await client.diagnostics(uri('gone', s.name), (d) => d.length === 0);
  const heap = await heapSnapshot();
  assert.deepEqual(
    samples.filter((_, i) => !heap.includes(mark('open', i))).map((s) => s.name),
    [],
    'the text of an open document is found in the heap',
  );
  assert.deepEqual(
    samples.filter((_, i) => heap.includes(mark('gone', i))).map((s) => s.name),
    [],
    'closed documents still held by the server',
  );
});
