// "MRA: …" CodeLenses above jabber-config parameters that a row of the MRA support table names,
// shown while ucConfig.mra is "on". Clicking one opens the MRA table filtered to that parameter.
import * as vscode from 'vscode';
import { mraLenses } from '../views/mraLens';
import { viewData } from '../views/panel';
import { currentSettings, kindOfDocument } from './documentKind';
import { SHOW_MRA_TABLE } from './showMraTable';

export function registerMraCodeLens(context: vscode.ExtensionContext): vscode.Disposable {
  const changed = new vscode.EventEmitter<void>();
  const provider: vscode.CodeLensProvider = {
    onDidChangeCodeLenses: changed.event,
    provideCodeLenses(doc) {
      const settings = currentSettings();
      if (settings.mra !== 'on' || kindOfDocument(doc, settings) !== 'jabber-config') return [];
      // Large files get no lenses rather than a slow editor; the server reports the size itself.
      if (doc.getText().length > settings.maxFileSizeMB * 1024 * 1024) return [];
      return mraLenses(doc.getText(), viewData(context).mra).map((l) => {
        const pos = doc.positionAt(l.offset);
        return new vscode.CodeLens(new vscode.Range(pos, pos), { title: l.title, command: SHOW_MRA_TABLE, arguments: [l.parameter], tooltip: 'Open the MRA support table for this parameter' });
      });
    },
  };
  return vscode.Disposable.from(
    vscode.languages.registerCodeLensProvider([{ scheme: 'file' }, { scheme: 'untitled' }], provider),
    vscode.workspace.onDidChangeConfiguration((e) => e.affectsConfiguration('ucConfig') && changed.fire()),
    changed,
  );
}
