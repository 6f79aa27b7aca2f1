// The files on disk are read again after each closed editor and each changed-file notice (a rescan of the
// folders, in steps). A file unchanged since it was read is not read again: the same document, with its
// parses, stays in the view; a changed file is read anew and a deleted one leaves the view.
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import { createRequire } from 'node:module';
import * as os from 'node:os';
import * as path from 'node:path';
import { test } from 'node:test';
import { runSteps } from '../../server/core/steps';
import { Workspace } from '../../server/workspace';
import { DEFAULT_SETTINGS } from '../../shared/settings';

test('a rescan keeps the document of an unchanged file and reads a changed one anew', async (t) => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'uc-rescan-'));
  try {
    const file = path.join(dir, 'jabber-config.xml');
    fs.writeFileSync(file, '<config version="1.0"><Client><PrtLogServerUrl>a</PrtLogServerUrl></Client></config>');
    // The reads of the file's whole text, counted on node's own fs module (the one the workspace calls).
    const nodeFs = createRequire(__filename)('node:fs') as typeof fs;
    const readFileSync = nodeFs.readFileSync;
    let reads = 0;
    nodeFs.readFileSync = ((f: fs.PathOrFileDescriptor, o?: unknown) => {
      if (f === file) reads++;
      return (readFileSync as (f: fs.PathOrFileDescriptor, o?: unknown) => unknown)(f, o);
    }) as typeof fs.readFileSync;
    t.after(() => (nodeFs.readFileSync = readFileSync));
    const ws = new Workspace(
      () => [],
      () => DEFAULT_SETTINGS,
      async (steps) => void runSteps(steps),
    );
    assert.equal(await ws.scan([dir]), 1);
    const first = ws.documents('jabber-config')[0];
    await ws.rescan();
    assert.equal(ws.documents('jabber-config')[0], first, 'unchanged: the same document');
    assert.equal(reads, 1, 'unchanged: not read again');
    fs.writeFileSync(file, '<config version="1.0"><Client><PrtLogServerUrl>bb</PrtLogServerUrl></Client></config>');
    await ws.rescan();
    const second = ws.documents('jabber-config')[0];
    assert.notEqual(second, first);
    assert.match(second.getText(), /<PrtLogServerUrl>bb</);
    assert.equal(reads, 2);
    fs.rmSync(file);
    await ws.rescan();
    assert.deepEqual(ws.documents('jabber-config'), []);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
