// Opens a laid-out scenario in a webview and answers its export buttons; shared by the seed
// scenario command and the workspace diagram command.
import * as vscode from 'vscode';
import { diagramHtml, layoutScenario, scenarioSvg, scenarioToMermaidMarkdown } from '../views/diagram';
import { pick, type Scenario } from '../views/model';
import { createPanel, parseMessage } from '../views/panel';
import { uiLocale } from './documentKind';

export async function openDiagram(context: vscode.ExtensionContext, scenario: Scenario, viewType: string): Promise<vscode.WebviewPanel> {
  const locale = uiLocale();
  const layout = layoutScenario(scenario, locale);
  const p = createPanel(viewType, pick(scenario.title, locale));
  p.panel.webview.html = diagramHtml(layout, { ...p, locale });
  p.panel.webview.onDidReceiveMessage(async (raw) => {
    const m = parseMessage(raw);
    if (m?.type === 'copyMermaid') {
      await vscode.env.clipboard.writeText(scenarioToMermaidMarkdown(scenario, locale));
      void vscode.window.showInformationMessage('Copied the diagram as Mermaid (Markdown fences).');
    } else if (m?.type === 'exportSvg') {
      const base = vscode.workspace.workspaceFolders?.[0]?.uri;
      const target = await vscode.window.showSaveDialog({
        defaultUri: base ? vscode.Uri.joinPath(base, `${scenario.id}.svg`) : undefined,
        filters: { SVG: ['svg'] },
        saveLabel: 'Save diagram',
      });
      if (target) {
        await vscode.workspace.fs.writeFile(target, Buffer.from(scenarioSvg(layout, { standalone: true }), 'utf8'));
        void vscode.window.showInformationMessage(`Saved ${target.fsPath}`);
      }
    }
  }, undefined, context.subscriptions);
  return p.panel;
}
