// Opens a laid-out scenario in a webview and answers its export buttons; shared by the seed
// scenario command and the workspace diagram command.
import * as path from 'node:path';
import * as vscode from 'vscode';
import { bundleOf, translator } from '../l10n';
import { diagramDocumentSvg, diagramHtml, scenarioToMermaidMarkdown } from '../views/diagram';
import { layoutOffThread } from '../views/layoutOffThread';
import { pick, type Scenario } from '../views/model';
import { createPanel, parseMessage } from '../views/panel';
import { uiLocale } from './documentKind';

export async function openDiagram(context: vscode.ExtensionContext, scenario: Scenario, viewType: string): Promise<vscode.WebviewPanel | undefined> {
  const locale = uiLocale();
  const t = translator(locale);
  // dagre runs on a worker thread, so the extension host stays free while a big diagram is laid out.
  let layout: Awaited<ReturnType<typeof layoutOffThread>>;
  try {
    layout = await layoutOffThread(context.asAbsolutePath(path.join('dist', 'layoutWorker.js')), scenario, locale, bundleOf(locale));
  } catch (err) {
    // Only an install without dist/layoutWorker.js gets here: say what to do, log the cause.
    console.error('diagram layout failed:', err);
    void vscode.window.showErrorMessage(t('UC Config cannot draw the diagram: a file of the extension is missing. Reinstall UC Config.'));
    return undefined;
  }
  const p = createPanel(viewType, pick(scenario.title, locale));
  p.panel.webview.html = diagramHtml(layout, { ...p, locale, t });
  p.panel.webview.onDidReceiveMessage(
    async (raw) => {
      const m = parseMessage(raw);
      if (m?.type === 'copyMermaid') {
        await vscode.env.clipboard.writeText(scenarioToMermaidMarkdown(scenario, locale, t));
        void vscode.window.showInformationMessage(t('Copied the diagram as Mermaid (Markdown fences).'));
      } else if (m?.type === 'exportSvg') {
        const base = vscode.workspace.workspaceFolders?.[0]?.uri;
        const target = await vscode.window.showSaveDialog({
          defaultUri: base ? vscode.Uri.joinPath(base, `${scenario.id}.svg`) : undefined,
          filters: { SVG: ['svg'] },
          saveLabel: t('Save diagram'),
        });
        if (target) {
          // The drawing as the page shows it: left to right, or top to bottom in a wide panel.
          const shown = layout.others?.find((o) => o.direction === m.direction) ?? layout;
          await vscode.workspace.fs.writeFile(target, Buffer.from(diagramDocumentSvg(shown, { locale, t }), 'utf8'));
          void vscode.window.showInformationMessage(t('Saved {0}', target.fsPath));
        }
      }
    },
    undefined,
    context.subscriptions,
  );
  return p.panel;
}
