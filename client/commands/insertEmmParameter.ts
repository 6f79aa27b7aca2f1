// "UC Config: Insert EMM Parameter…": a quick pick of the keys Cisco Jabber reads from app
// configuration (with what each does), inserted in the syntax of the file's flavor (plist pair, Graph
// setting, managed-apps custom setting, Android managed property, BlackBerry field) at the end of the
// entry list. The text comes from the same functions as the server's completion and the snippet files;
// the pure part (items, where and what to insert) lives in server/services/appconfig/insertion.ts so
// it is unit-tested without VS Code.
import * as path from 'node:path';
import * as vscode from 'vscode';
import { loadJabberCatalog } from '../../server/catalog/jabberParameters';
import { loadEmmCatalog, type EmmCatalog } from '../../server/services/appconfig/catalog';
import { emmPickItems, insertionFor, readModel } from '../../server/services/appconfig/insertion';

export const INSERT_EMM_PARAMETER = 'ucConfig.insertEmmParameter';

let cached: EmmCatalog | undefined;
function catalogOf(context: vscode.ExtensionContext): EmmCatalog {
  const dir = path.join(context.extensionPath, 'schemas');
  return (cached ??= loadEmmCatalog(dir, loadJabberCatalog(dir)));
}

export async function insertEmmParameter(context: vscode.ExtensionContext): Promise<void> {
  const editor = vscode.window.activeTextEditor;
  if (!editor) return;
  const doc = editor.document;
  const text = doc.getText();
  const model = readModel(doc.fileName, text);
  if (model.flavor === 'unknown' && model.syntax === 'json') {
    void vscode.window.showInformationMessage('UC Config: this JSON file is not a recognised app configuration yet. Start from a template: type "jabber-" in the empty file and pick a configuration.');
    return;
  }
  const catalog = catalogOf(context);
  const present = new Set(model.entries.map((e) => e.key.toLowerCase()));
  const pick = await vscode.window.showQuickPick(emmPickItems(catalog, model.flavor, present), { placeHolder: 'EMM app-configuration key for Cisco Jabber', matchOnDetail: true });
  if (!pick) return;
  const p = catalog.byKey.get(pick.key);
  const ins = p && insertionFor(doc.fileName, text, p);
  if (!ins) return;
  await editor.insertSnippet(new vscode.SnippetString(ins.snippet), doc.positionAt(ins.offset));
}

export function registerInsertEmmParameter(context: vscode.ExtensionContext): vscode.Disposable {
  const d = vscode.commands.registerCommand(INSERT_EMM_PARAMETER, () => insertEmmParameter(context));
  context.subscriptions.push(d);
  return d;
}
