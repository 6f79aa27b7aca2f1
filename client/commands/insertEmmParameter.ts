// "UC Config: Insert EMM Parameter…": a quick pick of the keys Cisco Jabber reads from app
// configuration (with what each does), inserted in the syntax of the file's flavor (plist pair, Graph
// setting, managed-apps custom setting, Android managed property, BlackBerry field) at the end of the
// entry list. The language server answers both steps from the document it has in sync
// (server/services/appconfig/insertRequest.ts over insertion.ts, the same functions as its completion).
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { uiT } from '../l10n';
import {
  EMM_INSERTION,
  EMM_PICK_ITEMS,
  type EmmInsertionParams,
  type EmmInsertionResult,
  type EmmPickItemsResult,
  type TextDocumentParams,
} from '../../shared/requests';

export const INSERT_EMM_PARAMETER = 'ucConfig.insertEmmParameter';

export async function insertEmmParameter(client: LanguageClient | undefined): Promise<void> {
  const editor = vscode.window.activeTextEditor;
  if (!editor || !client?.isRunning()) return;
  const doc = editor.document;
  const t = uiT();
  const textDocument = { uri: client.code2ProtocolConverter.asUri(doc.uri) };
  const choices = await client.sendRequest<EmmPickItemsResult>(EMM_PICK_ITEMS, { textDocument } satisfies TextDocumentParams);
  if (!choices) {
    void vscode.window.showInformationMessage(t('UC Config: this file is not an app configuration by the ucConfig.appConfigFiles patterns.'));
    return;
  }
  if (choices.unrecognisedJson) {
    void vscode.window.showInformationMessage(
      t(
        'UC Config: this JSON file is not a recognised app configuration yet. Start from a template: type "jabber-" in the empty file and pick a configuration.',
      ),
    );
    return;
  }
  const pick = await vscode.window.showQuickPick(choices.items, { placeHolder: t('EMM app-configuration key for Cisco Jabber'), matchOnDetail: true });
  if (!pick) return;
  const ins = await client.sendRequest<EmmInsertionResult>(EMM_INSERTION, { textDocument, key: pick.key } satisfies EmmInsertionParams);
  if (!ins) return;
  const at = new vscode.Position(ins.position.line, ins.position.character);
  await editor.insertSnippet(new vscode.SnippetString(ins.snippet), ins.end ? new vscode.Range(at, new vscode.Position(ins.end.line, ins.end.character)) : at);
}

export function registerInsertEmmParameter(client: () => LanguageClient | undefined): vscode.Disposable {
  return vscode.commands.registerCommand(INSERT_EMM_PARAMETER, () => insertEmmParameter(client()));
}
