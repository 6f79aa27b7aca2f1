// The extension's integration suite in the @vscode/test-electron shape (a module exporting run()).
// It runs inside a real VS Code extension host — code-server's here (test/vscode/run-in-code-server.mjs),
// VS Code desktop where it can be downloaded (test/vscode/run-test-electron.mjs) — and drives the
// real language client: diagnostics, hover, completion, a quick fix, and each command's webview.
const assert = require('node:assert/strict');
const vscode = require('vscode');

/** Polls until the condition returns a truthy value (no fixed sleeps). */
async function waitFor(what, fn, timeoutMs = 20000) {
  const start = Date.now();
  for (;;) {
    const v = await fn();
    if (v) return v;
    if (Date.now() - start > timeoutMs) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

const tests = [];
const test = (name, fn) => tests.push({ name, fn });

let uri;
let editor;

test('the extension activates on a jabber-config.xml', async () => {
  uri = vscode.Uri.joinPath(vscode.workspace.workspaceFolders[0].uri, 'jabber-config.xml');
  editor = await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri));
  const ext = vscode.extensions.all.find((e) => e.packageJSON.name === 'uc-config');
  assert.ok(ext, 'extension present');
  await waitFor('activation', () => ext.isActive);
});

test('diagnostics arrive through the language client with stable codes', async () => {
  const diags = await waitFor('diagnostics', () => {
    const d = vscode.languages.getDiagnostics(uri);
    return d.some((x) => x.code === 'unknown-parameter' || x.code?.value === 'unknown-parameter') && d;
  });
  const unknown = diags.find((x) => (x.code?.value ?? x.code) === 'unknown-parameter');
  assert.equal(unknown.source, 'uc-config');
  assert.equal(unknown.range.start.line, 3);
  assert.match(unknown.message, /Did you mean <VoiceServicesDomain>/);
});

test('hover shows the catalog documentation and the MRA note', async () => {
  const hovers = await vscode.commands.executeCommand('vscode.executeHoverProvider', uri, new vscode.Position(7, 8));
  const text = hovers.flatMap((h) => h.contents.map((c) => c.value ?? String(c))).join('\n');
  assert.match(text, /PrtLogServerURL/);
  assert.match(text, /Mobile and Remote Access/);
});

test('completion inside <Policies> offers its parameters', async () => {
  const list = await vscode.commands.executeCommand('vscode.executeCompletionItemProvider', uri, new vscode.Position(4, 4));
  const labels = list.items.map((i) => (typeof i.label === 'string' ? i.label : i.label.label));
  assert.ok(labels.includes('Telephony_Enabled'), labels.slice(0, 20).join(','));
});

test('the did-you-mean quick fix edits the document', async () => {
  const diag = vscode.languages.getDiagnostics(uri).find((x) => (x.code?.value ?? x.code) === 'unknown-parameter');
  const actions = await vscode.commands.executeCommand('vscode.executeCodeActionProvider', uri, diag.range, vscode.CodeActionKind.QuickFix.value);
  const fix = actions.find((a) => a.title === 'Change to <VoiceServicesDomain>');
  assert.ok(fix, actions.map((a) => a.title).join(' | '));
  assert.ok(await vscode.workspace.applyEdit(fix.edit));
  assert.match(editor.document.lineAt(3).text, /<VoiceServicesDomain>example.com<\/VoiceServicesDomain>/);
  await waitFor('the fixed diagnostic to go', () => !vscode.languages.getDiagnostics(uri).some((x) => (x.code?.value ?? x.code) === 'unknown-parameter'));
  await vscode.commands.executeCommand('workbench.action.files.revert');
});

const codeOf = (d) => d.code?.value ?? d.code;

/** Opens a workspace file and waits until the server has published a diagnostic with the code. */
async function openAndWaitFor(file, code) {
  const fileUri = vscode.Uri.joinPath(vscode.workspace.workspaceFolders[0].uri, file);
  await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(fileUri));
  const diags = await waitFor(`${code} on ${file}`, () => {
    const d = vscode.languages.getDiagnostics(fileUri);
    return d.some((x) => codeOf(x) === code) && d;
  });
  return { fileUri, diags };
}

test('an Intune app config gets its own diagnostics and quick fix', async () => {
  const { fileUri: app, diags } = await openAndWaitFor('jabber-intune-ios.appconfig.xml', 'unknown-key');
  const unknown = diags.find((x) => (x.code?.value ?? x.code) === 'unknown-key');
  assert.equal(unknown.range.start.line, 3);
  assert.ok(diags.some((x) => (x.code?.value ?? x.code) === 'type-mismatch'));
  const actions = await vscode.commands.executeCommand('vscode.executeCodeActionProvider', app, unknown.range, vscode.CodeActionKind.QuickFix.value);
  assert.ok(
    actions.some((a) => /VoiceServicesDomain/.test(a.title)),
    actions.map((a) => a.title).join(' | '),
  );
  const hovers = await vscode.commands.executeCommand('vscode.executeHoverProvider', app, new vscode.Position(1, 10));
  assert.match(hovers.flatMap((h) => h.contents.map((c) => c.value ?? String(c))).join('\n'), /ServicesDomain/);
});

test('an Expressway settings file is checked against the seed rules', async () => {
  const { fileUri: yml, diags } = await openAndWaitFor('mra-pair.expressway.yaml', 'uc-zone-tls-verify-off');
  assert.ok(diags.some((x) => (x.code?.value ?? x.code) === 'uc-zone-sip-port-mismatch'));
  const d = diags.find((x) => (x.code?.value ?? x.code) === 'uc-zone-tls-verify-off');
  const hovers = await vscode.commands.executeCommand('vscode.executeHoverProvider', yml, d.range.start);
  assert.ok(hovers.length > 0, 'hover on a settings key');
});

test("the server's MRA code lenses appear with ucConfig.mra on and open the MRA table", async () => {
  const config = vscode.workspace.getConfiguration('ucConfig');
  await config.update('mra', 'on', vscode.ConfigurationTarget.Workspace);
  try {
    const lenses = await waitFor('MRA code lenses', async () => {
      const l = await vscode.commands.executeCommand('vscode.executeCodeLensProvider', uri);
      return l.some((x) => x.command && x.command.title.startsWith('MRA:')) && l;
    });
    const prt = lenses.find((x) => x.command.arguments && x.command.arguments[0] === 'PrtLogServerURL');
    assert.ok(prt, lenses.map((x) => x.command.title).join(' | '));
    assert.equal(prt.command.command, 'ucConfig.showMraTable');
    assert.equal(prt.range.start.line, 7);
    const before = webviewTabs().length;
    await vscode.commands.executeCommand(prt.command.command, ...prt.command.arguments);
    await waitFor('the MRA table from the lens', () => webviewTabs().length > before);
    // One MRA table per window: close it so the command test below opens a fresh one.
    const tab = webviewTabs().find((t) => t.label === 'MRA Support Table');
    assert.ok(
      tab,
      webviewTabs()
        .map((t) => t.label)
        .join(' | '),
    );
    await vscode.window.tabGroups.close(tab);
  } finally {
    await config.update('mra', undefined, vscode.ConfigurationTarget.Workspace);
  }
  await waitFor('the lenses to go with MRA off', async () => {
    const l = await vscode.commands.executeCommand('vscode.executeCodeLensProvider', uri);
    return !l.some((x) => x.command && x.command.title.startsWith('MRA:'));
  });
});

test('Insert EMM Parameter… inserts the picked key from the server into the app config', async () => {
  const app = vscode.Uri.joinPath(vscode.workspace.workspaceFolders[0].uri, 'jabber-intune-ios.appconfig.xml');
  const ed = await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(app));
  const keys = () => (ed.document.getText().match(/<key>/g) || []).length;
  const before = keys();
  const running = vscode.commands.executeCommand('ucConfig.insertEmmParameter');
  // The quick pick opens once the server has answered; accept its first item as soon as it is there.
  await waitFor('the picked key to be inserted', async () => {
    await vscode.commands.executeCommand('workbench.action.acceptSelectedQuickOpenItem');
    return keys() === before + 1;
  });
  await running;
  assert.match(ed.document.getText(), /<\/string>\n  <key>[A-Za-z_]+<\/key>\n  <[^>]+>[^]*<\/dict>\n?$/);
  await vscode.commands.executeCommand('workbench.action.files.revert');
});

const webviewTabs = () => vscode.window.tabGroups.all.flatMap((g) => g.tabs).filter((t) => t.input instanceof vscode.TabInputWebview);

for (const [command, args] of [
  ['ucConfig.showMraTable', []],
  ['ucConfig.showDeploymentDiagram', ['mra-expressway']],
  ['ucConfig.showWorkspaceDiagram', []],
]) {
  test(`${command} opens its webview`, async () => {
    const before = webviewTabs().length;
    await vscode.commands.executeCommand(command, ...args);
    await waitFor(`a webview from ${command}`, () => webviewTabs().length > before);
  });
}

test("the client's translations ship in l10n/ and VS Code answers in its display language", async () => {
  const ext = vscode.extensions.all.find((e) => e.packageJSON.name === 'uc-config');
  assert.equal(ext.packageJSON.l10n, './l10n');
  for (const locale of ['ko', 'ja']) {
    const raw = await vscode.workspace.fs.readFile(vscode.Uri.joinPath(ext.extensionUri, 'l10n', `bundle.l10n.${locale}.json`));
    const bundle = JSON.parse(Buffer.from(raw).toString('utf8'));
    assert.ok(bundle['MRA Support Table'] && bundle['MRA Support Table'] !== 'MRA Support Table', `${locale} bundle`);
  }
  // code-server runs in English: VS Code loads no bundle, and vscode.l10n.t gives the English key.
  if (vscode.env.language === 'en') {
    assert.equal(vscode.l10n.bundle, undefined);
    assert.equal(vscode.l10n.t('{0} of {1} rows', 3, 46), '3 of 46 rows');
  }
});

test('with ucConfig.locale set to ko the MRA table opens under its Korean title', async () => {
  const ext = vscode.extensions.all.find((e) => e.packageJSON.name === 'uc-config');
  const ko = JSON.parse(Buffer.from(await vscode.workspace.fs.readFile(vscode.Uri.joinPath(ext.extensionUri, 'l10n', 'bundle.l10n.ko.json'))).toString('utf8'));
  const title = (label) => webviewTabs().find((t) => t.label === label);
  // One MRA table per window: close the one the test above opened.
  for (const label of ['MRA Support Table', ko['MRA Support Table']]) if (title(label)) await vscode.window.tabGroups.close(title(label));
  const config = vscode.workspace.getConfiguration('ucConfig');
  await config.update('locale', 'ko', vscode.ConfigurationTarget.Workspace);
  try {
    await vscode.commands.executeCommand('ucConfig.showMraTable');
    const tab = await waitFor('the Korean MRA table', () => title(ko['MRA Support Table']));
    await vscode.window.tabGroups.close(tab);
  } finally {
    await config.update('locale', undefined, vscode.ConfigurationTarget.Workspace);
  }
});

// --- editor (issue 13): file watching, snippet scoping, the language status item, the server commands.
// Self-contained: each test opens what it needs and removes the files it creates.
const editorApi = () => vscode.extensions.all.find((e) => e.packageJSON.name === 'uc-config').exports;
const wsFile = (name) => vscode.Uri.joinPath(vscode.workspace.workspaceFolders[0].uri, name);

test('a jabber-config created and deleted on disk reaches the open settings file (file watching)', async () => {
  const settings = wsFile('mra-pair.expressway.yaml');
  await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(settings));
  const mentions = () =>
    vscode.languages.getDiagnostics(settings).some((d) => codeOf(d) === 'mra-allow-list-missing-host' && d.message.includes('updates.site-b.example.com'));
  const created = wsFile('jabber-config-site-b.xml');
  // Written on disk, never opened: only the server's file watcher can tell it.
  await vscode.workspace.fs.writeFile(
    created,
    Buffer.from(
      '<?xml version="1.0" encoding="utf-8"?>\n<config version="1.0">\n  <Client>\n    <UpdateURL>https://updates.site-b.example.com/update.xml</UpdateURL>\n  </Client>\n</config>\n',
      'utf8',
    ),
  );
  try {
    await waitFor("the new file's host on the settings file", mentions);
  } finally {
    await vscode.workspace.fs.delete(created);
  }
  await waitFor('the finding to go with the file', () => !mentions());
});

test('snippets only where they belong: nothing of UC Config in a pom.xml or an empty JSON file', async () => {
  const pom = wsFile('pom.xml');
  const json = wsFile('empty.json');
  await vscode.workspace.fs.writeFile(pom, Buffer.from('<project>\n  \n</project>\n', 'utf8'));
  await vscode.workspace.fs.writeFile(json, Buffer.from('', 'utf8'));
  // Word-based suggestions (kind Text: words of other open files, such as the app config's keys) are VS Code's own.
  const ours = (items) =>
    items
      .filter((i) => i.kind !== vscode.CompletionItemKind.Text)
      .filter((i) => {
        const label = typeof i.label === 'string' ? i.label : i.label.label;
        const text = `${label} ${i.detail ?? ''} ${typeof i.documentation === 'string' ? i.documentation : (i.documentation?.value ?? '')} ${typeof i.insertText === 'string' ? i.insertText : (i.insertText?.value ?? '')}`;
        return /<key>|appConfigKey|Cisco Jabber for|ServicesDomain|Telephony_Enabled|iOS plist pair|BlackBerry field/.test(text);
      });
  try {
    for (const [file, pos] of [
      [pom, new vscode.Position(1, 2)],
      [json, new vscode.Position(0, 0)],
    ]) {
      await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(file));
      const list = await vscode.commands.executeCommand('vscode.executeCompletionItemProvider', file, pos);
      assert.deepEqual(
        ours(list.items).map((i) => (typeof i.label === 'string' ? i.label : i.label.label)),
        [],
        file.path,
      );
    }
    // The jabber-config's own completion is not shadowed by EMM entries.
    const list = await vscode.commands.executeCommand('vscode.executeCompletionItemProvider', uri, new vscode.Position(4, 4));
    assert.deepEqual(
      ours(list.items).filter((i) => /<key>|appConfigKey/.test(JSON.stringify(i.insertText ?? ''))),
      [],
    );
  } finally {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    await vscode.workspace.fs.delete(pom);
    await vscode.workspace.fs.delete(json);
  }
});

test('the language status item shows the file kind, MRA mode and Jabber release of the file', async () => {
  await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri));
  const status = editorApi().languageStatus;
  await waitFor('the status of the jabber-config', () => status.kind === 'jabber-config');
  assert.match(status.item.text, /Jabber config/);
  assert.match(status.item.detail, /MRA off/);
  assert.match(status.item.detail, /Jabber release: 14\.1/);
  assert.equal(status.item.command.command, 'ucConfig.showMraTable');
  const config = vscode.workspace.getConfiguration('ucConfig');
  await config.update('mra', 'on', vscode.ConfigurationTarget.Workspace);
  try {
    await waitFor('MRA on in the status', () => /MRA on/.test(status.item.detail));
  } finally {
    await config.update('mra', undefined, vscode.ConfigurationTarget.Workspace);
  }
  await waitFor('MRA off again', () => /MRA off/.test(status.item.detail));
});

test('Show Output, Re-validate Workspace and Restart Server', async () => {
  const contributed = vscode.extensions.all.find((e) => e.packageJSON.name === 'uc-config').packageJSON.contributes.commands.map((c) => c.command);
  for (const c of ['ucConfig.restartServer', 'ucConfig.showOutput', 'ucConfig.revalidateWorkspace']) assert.ok(contributed.includes(c), c);
  const all = await vscode.commands.getCommands(true);
  for (const c of ['ucConfig.restartServer', 'ucConfig.showOutput', 'ucConfig.revalidateWorkspace']) assert.ok(all.includes(c), `${c} registered`);
  await vscode.commands.executeCommand('ucConfig.showOutput');
  const result = await vscode.commands.executeCommand('ucConfig.revalidateWorkspace');
  assert.ok(result && result.filesOnDisk >= 3, JSON.stringify(result));
  const before = editorApi().client;
  await vscode.commands.executeCommand('ucConfig.restartServer');
  const after = await waitFor(
    'a new running client',
    () => editorApi().client && editorApi().client !== before && editorApi().client.isRunning() && editorApi().client,
  );
  assert.ok(after);
  await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri));
  await waitFor('diagnostics from the restarted server', () => vscode.languages.getDiagnostics(uri).some((d) => codeOf(d) === 'unknown-parameter'));
});

test('an Expressway xConfiguration dump (a .txt file) gets diagnostics, hover and the copy-the-command fix', async () => {
  const dump = vscode.Uri.joinPath(vscode.workspace.workspaceFolders[0].uri, 'site-a', 'expc.txt');
  await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(dump));
  const diags = await waitFor('dump diagnostics', () => {
    const d = vscode.languages.getDiagnostics(dump);
    return d.some((x) => (x.code?.value ?? x.code) === 'uc-zone-tls-verify-off') && d;
  });
  const tls = diags.find((x) => (x.code?.value ?? x.code) === 'uc-zone-tls-verify-off');
  assert.equal(tls.range.start.line, 17);
  const hovers = await vscode.commands.executeCommand('vscode.executeHoverProvider', dump, tls.range.start);
  assert.match(hovers.flatMap((h) => h.contents.map((c) => c.value ?? String(c))).join('\n'), /TLS verify mode/);
  const actions = await vscode.commands.executeCommand('vscode.executeCodeActionProvider', dump, tls.range, vscode.CodeActionKind.QuickFix.value);
  const copy = actions.find((a) => a.command && a.command.command === 'ucConfig.copyText');
  assert.ok(copy, actions.map((a) => a.title).join(', '));
  await vscode.commands.executeCommand(copy.command.command, ...copy.command.arguments);
  assert.equal(await vscode.env.clipboard.readText(), 'xConfiguration Zones Zone 4 TraversalClient SIP TLS Verify Mode: On');
});

exports.run = async function run() {
  let failed = 0;
  for (const t of tests) {
    try {
      await t.fn();
      console.log(`[uc-config vscode] ok - ${t.name}`);
    } catch (e) {
      failed++;
      console.log(`[uc-config vscode] not ok - ${t.name}: ${e && e.stack ? e.stack : e}`);
    }
  }
  console.log(`[uc-config vscode] ${tests.length - failed} passed, ${failed} failed`);
  if (failed) throw new Error(`${failed} integration test(s) failed`);
};
