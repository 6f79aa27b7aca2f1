// The VS Code side of UC Config: start the language server, tell it which files are ours, register
// the commands and the status item. Everything that checks a file lives in the server.
import * as path from 'node:path';
import * as vscode from 'vscode';
import { LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';
import { DEFAULT_SETTINGS, SETTINGS_SECTION, type UcConfigSettings } from '../shared/settings';
import { registerCommands } from './commands';
import { documentSelector } from './commands/documentKind';
import { codeLensRefreshMiddleware } from './commands/mraCodeLens';
import { initL10n } from './l10n';
import { createStatusItem } from './status';

let client: LanguageClient | undefined;

function readPatterns(): Pick<UcConfigSettings, 'jabberConfigFiles' | 'appConfigFiles' | 'settingsFiles' | 'certificateFiles' | 'dnsFiles' | 'allowListFiles'> {
  const c = vscode.workspace.getConfiguration(SETTINGS_SECTION);
  return {
    jabberConfigFiles: c.get('jabberConfigFiles', DEFAULT_SETTINGS.jabberConfigFiles),
    appConfigFiles: c.get('appConfigFiles', DEFAULT_SETTINGS.appConfigFiles),
    settingsFiles: c.get('settingsFiles', DEFAULT_SETTINGS.settingsFiles),
    certificateFiles: c.get('certificateFiles', DEFAULT_SETTINGS.certificateFiles),
    dnsFiles: c.get('dnsFiles', DEFAULT_SETTINGS.dnsFiles),
    allowListFiles: c.get('allowListFiles', DEFAULT_SETTINGS.allowListFiles),
  };
}

async function startClient(context: vscode.ExtensionContext): Promise<LanguageClient> {
  const serverModule = context.asAbsolutePath(path.join('dist', 'server.js'));
  const serverOptions: ServerOptions = {
    run: { module: serverModule, transport: TransportKind.ipc },
    debug: { module: serverModule, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6009'] } },
  };
  const clientOptions: LanguageClientOptions = {
    documentSelector: documentSelector(readPatterns()),
    synchronize: { configurationSection: SETTINGS_SECTION },
    // Hover links such as "MRA table" run our commands.
    markdown: { isTrusted: { enabledCommands: ['ucConfig.showMraTable', 'ucConfig.showParameterDoc'] } },
    // The middleware asks for the server's MRA lenses again once it has read new settings.
    middleware: codeLensRefreshMiddleware(() => c),
  };
  const c: LanguageClient = new LanguageClient('ucConfig', 'UC Config', serverOptions, clientOptions);
  await c.start();
  return c;
}

export async function activate(context: vscode.ExtensionContext): Promise<{ client?: LanguageClient }> {
  initL10n(context);
  client = await startClient(context);
  registerCommands(context, () => client);
  createStatusItem(context);
  context.subscriptions.push(
    vscode.workspace.onDidChangeConfiguration(async (e) => {
      // A new file pattern changes the document selector, which only a restart applies.
      if (['jabberConfigFiles', 'appConfigFiles', 'settingsFiles', 'certificateFiles', 'dnsFiles', 'allowListFiles'].some((k) => e.affectsConfiguration(`${SETTINGS_SECTION}.${k}`)) && client) {
        await client.stop();
        client = await startClient(context);
      }
    }),
  );
  return { client };
}

export async function deactivate(): Promise<void> {
  await client?.stop();
  client = undefined;
}
