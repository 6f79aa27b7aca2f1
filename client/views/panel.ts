// The one place webview panels are created, so every panel gets the same hardening: scripts only
// with the nonce CSP the page builds, no local resources at all (the pages inline everything they
// draw), and no retainContextWhenHidden — the pages keep their small state with setState instead.
import * as path from 'path';
import * as vscode from 'vscode';
import { makeNonce } from './html';
import { loadParameterOverlay, loadViewData, type Locale, type ParameterOverlay, type ViewData } from './model';

let cached: ViewData | undefined;
const overlays = new Map<Locale, ParameterOverlay | undefined>();

/** schemas/ of the installed extension, read once per session. */
export function viewData(context: vscode.ExtensionContext): ViewData {
  cached ??= loadViewData(path.join(context.extensionPath, 'schemas'));
  return cached;
}

/** The parameter catalog's descriptions in a language (schemas/l10n/), read when first needed. */
export function parameterOverlay(context: vscode.ExtensionContext, locale: Locale): ParameterOverlay | undefined {
  if (!overlays.has(locale)) overlays.set(locale, loadParameterOverlay(path.join(context.extensionPath, 'schemas'), locale));
  return overlays.get(locale);
}

export interface Panel {
  panel: vscode.WebviewPanel;
  nonce: string;
  cspSource: string;
}

export function createPanel(viewType: string, title: string, column = vscode.ViewColumn.Active): Panel {
  const panel = vscode.window.createWebviewPanel(
    viewType,
    title,
    { viewColumn: column, preserveFocus: false },
    {
      enableScripts: true,
      enableCommandUris: false,
      localResourceRoots: [],
    },
  );
  return { panel, nonce: makeNonce(), cspSource: panel.webview.cspSource };
}

export { parseMessage, type PageMessage } from './messages';
