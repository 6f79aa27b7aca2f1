// Decides which format a document is from its URI and the user's file patterns, so the same server
// works for VS Code (which also filters with a document selector) and for any other client.
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { documentKindOfContent, documentKindOfPath } from '../../shared/documentKind';
import { looksLikeXConfiguration } from '../formats/xconfiguration';
import { looksLikeXStatus } from '../formats/xstatus';
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

/**
 * Kinds recognised by what a file holds rather than by its name (an admin saves a dump as
 * `customer-a/expc.txt`, `xconf_vcsc08.txt` or `show-config.log`). Each sniffer reads at most the first
 * 64 KB; the first that answers wins. Path patterns are asked first.
 */
export const contentSniffers: { kind: DocumentKind; test(text: string): boolean }[] = [
  { kind: 'expressway-xconfiguration', test: (t) => looksLikeXConfiguration(t) },
  { kind: 'expressway-xstatus', test: (t) => looksLikeXStatus(t) },
];

/** File extensions whose content is sniffed (text that admins paste or save; binary files never are). */
export const SNIFFED_EXTENSIONS = /(^|\/)[^/.]+$|\.(txt|log|xconf|xconfig|conf|cfg|out|xml)$/i;

/** The kind a file's content says (Expressway dumps and status first, then certificates, DNS, allow lists). */
export function kindOfContent(uri: string, text: string): DocumentKind | undefined {
  const p = uriPath(uri);
  const artifact = SNIFFED_EXTENSIONS.test(p) ? contentSniffers.find((s) => s.test(text))?.kind : undefined;
  return artifact ?? documentKindOfContent(p, text.length > 8192 ? text.slice(0, 8192) : text);
}

const byDocument = new WeakMap<TextDocument, { version: number; length: number; kind: DocumentKind | undefined }>();

/** The kind of an open or scanned document: its path first, then its content (cached per version). */
export function kindOfDocument(doc: TextDocument, settings: UcConfigSettings): DocumentKind | undefined {
  const byPath = documentKind(doc.uri, settings);
  if (byPath) return byPath;
  const hit = byDocument.get(doc);
  if (hit && hit.version === doc.version && hit.length === doc.getText().length) return hit.kind;
  const kind = kindOfContent(doc.uri, doc.getText());
  byDocument.set(doc, { version: doc.version, length: doc.getText().length, kind });
  return kind;
}
