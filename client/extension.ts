// The VS Code side of UC Config: start the language server, tell it which files are ours, register
// the commands and the language status item. Everything that checks a file lives in the server.
import * as path from 'node:path';
import * as vscode from 'vscode';
import { LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';
import { SETTINGS_SECTION } from '../shared/settings';
import { registerCommands } from './commands';
import { allPatterns, documentSelector } from './commands/documentKind';
import { registerServerCommands } from './commands/server';
import { initL10n } from './l10n';
import { createStatusItem, type LanguageStatusView } from './status';

let client: LanguageClient | undefined;
let outputChannel: vscode.LogOutputChannel | undefined;

async function startClient(context: vscode.ExtensionContext): Promise<LanguageClient> {
  const serverModule = context.asAbsolutePath(path.join('dist', 'server.js'));
  const serverOptions: ServerOptions = {
    run: { module: serverModule, transport: TransportKind.ipc },
    debug: { module: serverModule, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6009'] } },
  };
  // One output channel across restarts, so "Show Output" keeps the history.
  outputChannel ??= vscode.window.createOutputChannel('UC Config', { log: true });
  const clientOptions: LanguageClientOptions = {
    documentSelector: documentSelector(allPatterns()),
    // Settings are pulled per document (workspace/configuration with a scopeUri); this only says when they changed.
    synchronize: { configurationSection: SETTINGS_SECTION },
    outputChannel,
    // Hover links such as "MRA table" run our commands.
    markdown: { isTrusted: { enabledCommands: ['ucConfig.showMraTable', 'ucConfig.showParameterDoc'] } },
    // The server registers file watchers itself (workspace/didChangeWatchedFiles) and refreshes code
    // lenses with workspace/codeLens/refresh, so the client needs no timer or watcher of its own.
  };
  const c = new LanguageClient('ucConfig', 'UC Config', serverOptions, clientOptions);
  await c.start();
  return c;
}

/** What tests (and other extensions) can read: the running client and the language status item. */
export interface UcConfigApi {
  readonly client: LanguageClient | undefined;
  readonly languageStatus: LanguageStatusView;
}

export async function activate(context: vscode.ExtensionContext): Promise<UcConfigApi> {
  initL10n(context);
  client = await startClient(context);
  const restart = async () => {
    const old = client;
    client = undefined;
    await old?.stop().catch(() => undefined);
    client = await startClient(context);
  };
  registerCommands(context, () => client);
  context.subscriptions.push(registerServerCommands(() => client, restart));
  const languageStatus = createStatusItem(context);
  context.subscriptions.push(
    vscode.workspace.onDidChangeConfiguration(async (e) => {
      // A new file pattern changes the document selector, which only a restart applies.
      if (
        ['jabberConfigFiles', 'appConfigFiles', 'settingsFiles', 'certificateFiles', 'dnsFiles', 'allowListFiles'].some((k) =>
          e.affectsConfiguration(`${SETTINGS_SECTION}.${k}`),
        ) &&
        client
      )
        await restart();
    }),
  );
  return {
    get client() {
      return client;
    },
    languageStatus,
  };
}

export async function deactivate(): Promise<void> {
  await client?.stop();
  client = undefined;
}
