// The client's own words (status bar, notifications, quick picks, panel titles, the pages' chrome)
// in the language of the views: ucConfig.locale, or VS Code's display language when it is "auto".
// VS Code loads l10n/bundle.l10n.<language>.json for its display language (package.json "l10n")
// and vscode.l10n.t answers from it; when ucConfig.locale names another language, the same bundle
// file is read here, so the pages never mix the data's language with another for their chrome.
import * as fs from 'fs';
import * as path from 'path';
import * as vscode from 'vscode';
import { uiLocale } from './commands/documentKind';
import { english, translateFrom, type Translate } from './views/l10n';
import type { Locale } from './views/model';

let l10nDir: string | undefined;
const read = new Map<Locale, Translate>();

/** Called once on activation: where the extension's l10n/ folder is. */
export function initL10n(context: vscode.ExtensionContext): void {
  l10nDir = path.join(context.extensionPath, 'l10n');
}

const vscodeT: Translate = (message, ...args) => vscode.l10n.t(message, ...args);

const bundles = new Map<Locale, Record<string, string> | undefined>();

/** The translations of a language (l10n/bundle.l10n.<locale>.json), undefined for English or when missing. */
export function bundleOf(locale: Locale): Record<string, string> | undefined {
  if (locale === 'en') return undefined;
  const display = vscode.env.language.toLowerCase().split('-')[0];
  if (display === locale && vscode.l10n.bundle) return vscode.l10n.bundle as Record<string, string>;
  if (!bundles.has(locale)) {
    let bundle: Record<string, string> | undefined;
    try {
      if (l10nDir) bundle = JSON.parse(fs.readFileSync(path.join(l10nDir, `bundle.l10n.${locale}.json`), 'utf8')) as Record<string, string>;
    } catch {
      // No bundle: English, as VS Code itself does.
    }
    bundles.set(locale, bundle);
  }
  return bundles.get(locale);
}

/** The translate function of a language. */
export function translator(locale: Locale): Translate {
  if (locale === 'en') return english;
  const display = vscode.env.language.toLowerCase().split('-')[0];
  if (display === locale && vscode.l10n.bundle) return vscodeT;
  let t = read.get(locale);
  if (!t) {
    t = translateFrom(bundleOf(locale));
    read.set(locale, t);
  }
  return t;
}

/** The translate function of the views' language right now (the setting can change at any time). */
export function uiT(): Translate {
  return translator(uiLocale());
}
