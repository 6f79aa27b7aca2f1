// Cross-file findings follow the files on disk (issue 13.1): the server registers
// workspace/didChangeWatchedFiles for the files it reads, and a change, delete or rename on disk — or
// an editor closing with its saved text — re-checks the open documents that depend on it, and asks the
// client to refresh code lenses.
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { after, before, test } from 'node:test';
import { LspClient } from './lsp-client';

const JABBER = `<?xml version="1.0" encoding="utf-8"?>
<config version="1.0">
  <Directory>
    <DirectoryServerType>LDAP</DirectoryServerType>
  </Directory>
</config>
`;
const settingsYaml = (mra: boolean) => `expressway:\n  features:\n    mobileAndRemoteAccess: ${mra}\n`;
const CREATED = 1;
const CHANGED = 2;
const DELETED = 3;

let dir: string;
let client: LspClient;
const uri = (name: string) => pathToFileURL(path.join(dir, name)).toString();
/** The MRA table's finding on the LDAP directory (mra-unsupported, row directory-ldap-search), with the settings file as evidence. */
const hasLdapFinding = (ds: Record<string, unknown>[]) =>
  ds.some((d) => d.code === 'mra-unsupported' && ((d.data as { rows?: string[] } | undefined)?.rows ?? []).includes('directory-ldap-search'));

before(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'uc-config-watch-'));
  fs.writeFileSync(path.join(dir, 'jabber-config.xml'), JABBER);
  fs.writeFileSync(path.join(dir, 'pair.expressway.yaml'), settingsYaml(true));
  client = new LspClient({});
  await client.initialize(pathToFileURL(dir).toString(), 'en', { didChangeWatchedFiles: { dynamicRegistration: true }, codeLens: { refreshSupport: true } });
  client.notify('textDocument/didOpen', { textDocument: { uri: uri('jabber-config.xml'), languageId: 'xml', version: 1, text: JABBER } });
});

after(async () => {
  assert.equal(await client.shutdown(), 0);
  fs.rmSync(dir, { recursive: true, force: true });
});

const publishesSince = (n: number) =>
  client.notifications.slice(n).filter((x) => x.method === 'textDocument/publishDiagnostics' && x.params.uri === uri('jabber-config.xml'));
/** Waits for a publish after the mark that satisfies the predicate. */
async function nextDiagnostics(mark: number, ok: (ds: Record<string, unknown>[]) => boolean): Promise<void> {
  const start = Date.now();
  while (!publishesSince(mark).some((p) => ok(p.params.diagnostics as Record<string, unknown>[]))) {
    if (Date.now() - start > 10000) throw new Error(`no matching diagnostics; stderr: ${client.stderr}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

test('the server registers a watcher for each file pattern it reads', async () => {
  const start = Date.now();
  while (!client.serverRequests.some((r) => r.method === 'client/registerCapability' && JSON.stringify(r.params).includes('workspace/didChangeWatchedFiles'))) {
    if (Date.now() - start > 10000) throw new Error('no watcher registered');
    await new Promise((r) => setTimeout(r, 20));
  }
  const reg = client.serverRequests.find((r) => JSON.stringify(r.params).includes('workspace/didChangeWatchedFiles'))!;
  const watchers = (reg.params.registrations as { registerOptions: { watchers: { globPattern: string }[] } }[])[0].registerOptions.watchers.map(
    (w) => w.globPattern,
  );
  assert.ok(watchers.includes('**/jabber-config*.xml'));
  assert.ok(watchers.includes('**/*.expressway.yaml'));
});

test('MRA on in a settings file on disk gives the jabber-config its MRA finding; a change and a delete on disk follow', async () => {
  const first = await client.diagnostics(uri('jabber-config.xml'), hasLdapFinding);
  // The finding points at the settings file that says MRA is on.
  const related = (first.find((d) => d.code === 'mra-unsupported')!.relatedInformation as { location: { uri: string } }[] | undefined) ?? [];
  assert.deepEqual(
    related.map((r) => r.location.uri),
    [uri('pair.expressway.yaml')],
  );

  // MRA turned off on disk (another tool, or a save in an editor since closed).
  let mark = client.notifications.length;
  const lensRefreshes = client.serverRequests.filter((r) => r.method === 'workspace/codeLens/refresh').length;
  fs.writeFileSync(path.join(dir, 'pair.expressway.yaml'), settingsYaml(false));
  client.notify('workspace/didChangeWatchedFiles', { changes: [{ uri: uri('pair.expressway.yaml'), type: CHANGED }] });
  await nextDiagnostics(mark, (ds) => !hasLdapFinding(ds));
  assert.ok(client.serverRequests.filter((r) => r.method === 'workspace/codeLens/refresh').length > lensRefreshes, 'code lenses are refreshed by the server');

  // On again: the finding comes back.
  mark = client.notifications.length;
  fs.writeFileSync(path.join(dir, 'pair.expressway.yaml'), settingsYaml(true));
  client.notify('workspace/didChangeWatchedFiles', { changes: [{ uri: uri('pair.expressway.yaml'), type: CHANGED }] });
  await nextDiagnostics(mark, hasLdapFinding);

  // Deleted: gone.
  mark = client.notifications.length;
  fs.rmSync(path.join(dir, 'pair.expressway.yaml'));
  client.notify('workspace/didChangeWatchedFiles', { changes: [{ uri: uri('pair.expressway.yaml'), type: DELETED }] });
  await nextDiagnostics(mark, (ds) => !hasLdapFinding(ds));
});

test('a file created on disk (or renamed into a pattern) is read; renamed out of it, forgotten', async () => {
  let mark = client.notifications.length;
  fs.writeFileSync(path.join(dir, 'edge.expressway.yaml'), settingsYaml(true));
  client.notify('workspace/didChangeWatchedFiles', { changes: [{ uri: uri('edge.expressway.yaml'), type: CREATED }] });
  await nextDiagnostics(mark, hasLdapFinding);

  mark = client.notifications.length;
  fs.renameSync(path.join(dir, 'edge.expressway.yaml'), path.join(dir, 'edge.yaml.bak'));
  client.notify('workspace/didChangeWatchedFiles', {
    changes: [
      { uri: uri('edge.expressway.yaml'), type: DELETED },
      { uri: uri('edge.yaml.bak'), type: CREATED },
    ],
  });
  await nextDiagnostics(mark, (ds) => !hasLdapFinding(ds));
});

test('closing an editor whose unsaved text differed from disk checks against the saved file', async () => {
  const name = 'closed.expressway.yaml';
  fs.writeFileSync(path.join(dir, name), settingsYaml(true));
  let mark = client.notifications.length;
  // Opened and edited to MRA off without saving: the editor's text wins while it is open.
  client.notify('textDocument/didOpen', { textDocument: { uri: uri(name), languageId: 'yaml', version: 1, text: settingsYaml(false) } });
  client.notify('workspace/didChangeWatchedFiles', { changes: [{ uri: uri(name), type: CREATED }] });
  await nextDiagnostics(mark, (ds) => !hasLdapFinding(ds));
  // Closed without saving: the file on disk (MRA on) counts again.
  mark = client.notifications.length;
  client.notify('textDocument/didClose', { textDocument: { uri: uri(name) } });
  await nextDiagnostics(mark, hasLdapFinding);
  fs.rmSync(path.join(dir, name));
  client.notify('workspace/didChangeWatchedFiles', { changes: [{ uri: uri(name), type: DELETED }] });
});
