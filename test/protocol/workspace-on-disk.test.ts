// A workspace folder holding many large jabber-configs on disk, opened with rootUri as an editor opens
// a cloned repository. Issue 10: the server reads the folder's files (server/workspace.ts) a directory
// entry a step, in turns with its other work, so no stretch of it holds the event loop for 50 ms: at
// start, on a settings change (the folder is read again), on a storm of workspace/didChangeWatchedFiles
// and on the workspace diagram's request (each reads the folder again; the diagram reads every file
// too). Read at once, 40 files of 1 MB held the loop 51-86 ms each time (50 files: 70 ms, the diagram
// 130 ms), growing with the folder; now ~10 ms.
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { after, before, test } from 'node:test';
import { assertBounded, blockOf, eventLoop, measuredClient } from './event-loop';
import type { LspClient } from './lsp-client';

const FILES = 60;
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'uc-config-disk-'));
const file = (i: number) => path.join(dir, `site${i}`, 'jabber-config.xml');
const uri = (i: number) => pathToFileURL(file(i)).toString();
let client: LspClient;

before(async () => {
  const line = '    <UnknownParameterName>on</UnknownParameterName>\n';
  const text = `<?xml version="1.0" encoding="utf-8"?>\n<config version="1.0">\n  <Client>\n${line.repeat(Math.ceil(2 ** 20 / line.length))}  </Client>\n</config>\n`;
  for (let i = 0; i < FILES; i++) {
    fs.mkdirSync(path.dirname(file(i)));
    fs.writeFileSync(file(i), text);
  }
  client = measuredClient({ maxDiagnostics: 10 });
  await client.initialize(pathToFileURL(dir).toString());
});

after(async () => {
  assert.equal(await client.shutdown(), 0);
  fs.rmSync(dir, { recursive: true, force: true });
});

test(`a folder of ${FILES} jabber-configs of 1 MB on disk: read, read again and drawn with no block of 50 ms`, async (t) => {
  // The revalidation request answers once the folder is read, as the user's command does.
  const read = await client.request<{ filesOnDisk: number }>('ucConfig/revalidateWorkspace', {});
  assert.equal(read.filesOnDisk, FILES);
  assertBounded(await eventLoop(client, true), 'while the folder was read at start and again');
  client.notify('workspace/didChangeConfiguration', { settings: {} });
  client.notify('workspace/didChangeWatchedFiles', { changes: Array.from({ length: FILES }, (_, i) => ({ uri: uri(i), type: 2 })) });
  for (let i = 0; i < FILES; i++) client.notify('workspace/didChangeWatchedFiles', { changes: [{ uri: uri(i), type: 2 }] });
  // Answered once the folder is read again: the server has taken the changes in.
  await client.request('textDocument/hover', { textDocument: { uri: uri(0) }, position: { line: 0, character: 0 } });
  await client.request<{ filesOnDisk: number }>('ucConfig/revalidateWorkspace', {});
  // The diagram reads the folder again and every file it finds, a file a step.
  const scenario = await client.request<{ nodes: unknown[] } | null>('ucConfig/workspaceScenario', {});
  assert.ok(scenario && scenario.nodes.length > 0);
  const block = await eventLoop(client, true);
  t.diagnostic(`longest block ${blockOf(block)}`);
  assertBounded(block, 'while the folder was read again (settings change, changed files, diagram)');
  // Still the same view: the folder's files are all there.
  assert.equal((await client.request<{ filesOnDisk: number }>('ucConfig/revalidateWorkspace', {})).filesOnDisk, FILES);
});
