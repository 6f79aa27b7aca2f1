// Server memory with many open documents (issue 10: closed documents release their caches; 200 open
// documents stay within 200 MB). Opens N documents over stdio — settings files near the reader's
// bounds, large jabber-config files, app-config files — waits until each has its diagnostics, and reads
// the server's resident memory; then closes them and opens N others, twice: if closed documents kept
// their parses, memory would grow with each round. KIND=0..3 opens one kind only.
// Usage: node --import tsx scripts/memory.mjs [N=200]   (Linux: reads /proc/<pid>/status)
import * as fs from 'node:fs';
import { LspClient } from '../test/protocol/lsp-client.ts';

const N = Number(process.argv[2] ?? 200);
const rssMB = (pid) => Number(/VmRSS:\s+(\d+)/.exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'))[1]) / 1024;
const lines = (n, f) => Array.from({ length: n }, (_, i) => f(i)).join('\n') + '\n';
const pair = fs.readFileSync(new URL('../examples/mra-pair.expressway.yaml', import.meta.url), 'utf8');
const kinds = [
  // A settings file near the reader's bounds: about 1 700 entries, 45 KB.
  (i) => [
    `file:///tmp/uc-mem/s${i}.expressway.yaml`,
    'yaml',
    pair + lines(300, (k) => `    - name: zone${k}\n      type: Neighbor\n      sip: {port: 5061, tlsVerifyMode: On}`).replace(/^/, 'x-extra:\n  zones:\n'),
  ],
  // A large jabber-config (about 200 KB).
  (i) => [
    `file:///tmp/uc-mem/j${i}/jabber-config.xml`,
    'xml',
    `<?xml version="1.0" encoding="utf-8"?>\n<config version="1.0">\n  <Policies>\n${lines(4000, (k) => `    <EnableVideo>${k % 2 ? 'true' : 'false'}</EnableVideo>`)}  </Policies>\n</config>\n`,
  ],
  // An app-config JSON file.
  (i) => [`file:///tmp/uc-mem/a${i}.appconfig.json`, 'json', fs.readFileSync(new URL('../examples/jabber-intune.appconfig.json', import.meta.url), 'utf8')],
  // The example pair itself.
  (i) => [`file:///tmp/uc-mem/p${i}.expressway.yaml`, 'yaml', pair],
];

const only = process.env.KIND ? kinds.filter((_, k) => String(k) === process.env.KIND) : kinds;
kinds.splice(0, kinds.length, ...only);
const client = new LspClient({ mra: 'on' }, new URL('../dist/server.js', import.meta.url).pathname);
await client.initialize();
const pid = client['proc'].pid;
const before = rssMB(pid);
let bytes = 0;
const started = Date.now();
/** Opens N documents (round `r` has its own URIs), waits for their diagnostics, reads the memory, closes them. */
async function round(r) {
  const uris = [];
  for (let i = 0; i < N; i++) {
    const [uri, languageId, text] = kinds[i % kinds.length](i);
    const u = uri.replace('/uc-mem/', `/uc-mem/r${r}/`);
    if (r === 0) bytes += text.length;
    uris.push(u);
    client.notify('textDocument/didOpen', { textDocument: { uri: u, languageId, version: 1, text } });
  }
  for (const uri of uris) await client.diagnostics(uri, () => true, 300_000);
  const open = rssMB(pid);
  for (const uri of uris) client.notify('textDocument/didClose', { textDocument: { uri } });
  for (const uri of uris) await client.diagnostics(uri, (d) => d.length === 0, 60_000);
  return open;
}
const first = await round(0);
const second = await round(1);
const third = await round(2);
console.log(`${N} documents, ${(bytes / 1024 / 1024).toFixed(1)} MB of text, three rounds in ${((Date.now() - started) / 1000).toFixed(1)} s`);
console.log(
  `server RSS: ${before.toFixed(0)} MB at start; with ${N} open: ${first.toFixed(0)} MB, then (after closing them and opening ${N} others) ${second.toFixed(0)} MB, then ${third.toFixed(0)} MB`,
);
await client.shutdown();
