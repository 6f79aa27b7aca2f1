// "UC Config: Show Deployment Diagram": pick one of the seed scenarios, then see it laid out.
import * as vscode from 'vscode';
import { translator } from '../l10n';
import { pick } from '../views/model';
import { viewData } from '../views/panel';
import { openDiagram } from './diagramPanel';
import { uiLocale } from './documentKind';

export const SHOW_DEPLOYMENT_DIAGRAM = 'ucConfig.showDeploymentDiagram';

export async function showDeploymentDiagram(context: vscode.ExtensionContext, id?: unknown): Promise<void> {
  const { scenarios } = viewData(context).deployments;
  let scenario = typeof id === 'string' ? scenarios.find((s) => s.id === id) : undefined;
  if (!scenario) {
    const locale = uiLocale();
    const t = translator(locale);
    const item = await vscode.window.showQuickPick(
      scenarios.map((s) => ({ label: pick(s.title, locale), description: s.group, detail: pick(s.summary, locale), id: s.id })),
      { placeHolder: t('Deployment scenario'), matchOnDescription: true, matchOnDetail: true },
    );
    scenario = item && scenarios.find((s) => s.id === item.id);
  }
  if (scenario) await openDiagram(context, scenario, 'ucConfig.deploymentDiagram');
}

export function registerShowDeploymentDiagram(context: vscode.ExtensionContext): vscode.Disposable {
  return vscode.commands.registerCommand(SHOW_DEPLOYMENT_DIAGRAM, (id?: unknown) => showDeploymentDiagram(context, id));
}
