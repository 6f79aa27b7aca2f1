// Decides which format a document is from its URI and the user's file patterns, so the same server
// works for VS Code (which also filters with a document selector) and for any other client.
import { documentKindOfContent, documentKindOfPath } from '../../shared/documentKind';
import type { UcConfigSettings } from '../../shared/settings';
import type { DocumentKind } from './types';

/** The file-system path (or path-like part) of a document URI. */
export function uriPath(uri: string): string {
  try {
    return decodeURIComponent(new URL(uri).pathname);
  } catch {
    return uri;
  }
}

/** The kind by the user's patterns; with the start of the text, a plain-text paste is recognised by content too. */
export function documentKind(uri: string, settings: UcConfigSettings, head?: string | (() => string)): DocumentKind | undefined {
  const p = uriPath(uri);
  const byPath = documentKindOfPath(p, settings);
  if (byPath || head === undefined) return byPath;
  // The text is only looked at for files no pattern matched.
  return documentKindOfContent(p, typeof head === 'function' ? head() : head);
}
