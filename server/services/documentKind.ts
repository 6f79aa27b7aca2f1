// Decides which format a document is from its URI and the user's file patterns, so the same server
// works for VS Code (which also filters with a document selector) and for any other client.
import { documentKindOfPath } from '../../shared/documentKind';
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

export function documentKind(uri: string, settings: UcConfigSettings): DocumentKind | undefined {
  return documentKindOfPath(uriPath(uri), settings);
}
