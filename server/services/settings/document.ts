// Parsed settings documents, cached per document text (formats/documentCache.ts) so that validation, completion, hover and the
// cross-file rules of other documents share one parse per edit.
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { parseSettings, parseSettingsInSteps, syntaxOf, type SettingsDocument, type SettingsNode } from '../../formats/settings';
import { DocumentCache } from '../../formats/documentCache';
import type { Steps } from '../../core/steps';
import type { ServiceContext } from '../types';
import { folderOfUri } from '../../core/uri';

/**
 * Settings files are read in steps by the server from this many characters on (at most 48 KB are read
 * at all): the yaml library's first, cold read held the event loop for 58–85 ms at the bounds, and
 * 31–36 ms for an 8 KB file (its caret probe read it again). Below, the first request on a file costs
 * about 20 ms, most of it other code's first run.
 */
export const STEPPED_SETTINGS_CHARS = 2048;

const cache = new DocumentCache<SettingsDocument>(
  (text, doc) => parseSettings(text, syntaxOf(doc.uri, text)),
  (text, doc) => parseSettingsInSteps(text, syntaxOf(doc.uri, text)),
  STEPPED_SETTINGS_CHARS,
);

export function parsedSettings(doc: TextDocument): SettingsDocument {
  return cache.get(doc);
}

/** The server's parse in steps before a request reads the document (FormatService.parseInSteps). */
export function settingsInSteps(doc: TextDocument): Steps<void> | undefined {
  return cache.parseInSteps(doc);
}

/** The other settings documents of the workspace, parsed (for `$ws.` rule paths and cross-file checks). */
export function otherSettings(doc: TextDocument, ctx: ServiceContext): { uri: string; root?: SettingsNode }[] {
  const out: { uri: string; root?: SettingsNode }[] = [];
  for (const other of ctx.workspace.documents('uc-settings')) {
    if (other.uri === doc.uri || folderOfUri(other.uri) !== folderOfUri(doc.uri)) continue;
    out.push({ uri: other.uri, root: parsedSettings(other).root });
  }
  return out;
}
