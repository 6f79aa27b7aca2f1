// One parse per document text, shared by every feature of a format. Entries are keyed by the
// TextDocument object (a WeakMap), so a document that is closed and dropped by the server releases its
// parse with it, and `forgetDocument` releases it at once on close. A hit needs the same version AND the
// same text: a client that reuses a version number for different content (or a test, or the CLI) never
// gets the previous text's results. The text check is cheap: an unchanged document returns the very same
// string, which compares by reference.
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Steps } from '../core/steps';

export interface CachedParse<T> {
  version: number;
  text: string;
  value: T;
}

const all = new Set<DocumentCache<unknown>>();

/**
 * Texts at least this long are parsed in steps by the server (parseInSteps) before a request reads
 * them. A shorter text, the common case, is parsed at once when first asked for: a few milliseconds
 * at most, as fast as ever.
 */
export const STEPPED_PARSE_CHARS = 65_536;

export class DocumentCache<T> {
  private readonly byDoc = new WeakMap<TextDocument, CachedParse<T>>();

  /**
   * `compute` gets the text and, when the document was parsed before, the previous entry (for incremental reparsing).
   * `computeInSteps`, when given, is the same parse in steps (undefined for a document it cannot step),
   * used from `steppedFrom` characters on.
   */
  constructor(
    private readonly compute: (text: string, doc: TextDocument, previous: CachedParse<T> | undefined) => T,
    private readonly computeInSteps?: (text: string, doc: TextDocument) => Steps<T> | undefined,
    private readonly steppedFrom = STEPPED_PARSE_CHARS,
  ) {
    all.add(this as DocumentCache<unknown>);
  }

  /**
   * The parse of the document's current text in steps, cached when the last step is done; undefined
   * when there is nothing to step (already parsed, short text, or no stepped parse for it), so the
   * next `get` is a hit or cheap. Nothing is cached when the document changed between the steps.
   */
  parseInSteps(doc: TextDocument): Steps<void> | undefined {
    if (!this.computeInSteps) return undefined;
    const text = doc.getText();
    if (text.length < this.steppedFrom) return undefined;
    const hit = this.byDoc.get(doc);
    if (hit && hit.version === doc.version && hit.text === text) return undefined;
    const steps = this.computeInSteps(text, doc);
    if (!steps) return undefined;
    // The previous text's tree is released before the new one is built, as in `get`.
    this.byDoc.delete(doc);
    return this.stepped(doc, text, steps);
  }

  private *stepped(doc: TextDocument, text: string, steps: Steps<T>): Steps<void> {
    const version = doc.version;
    const value = yield* steps;
    if (doc.version === version && doc.getText() === text) this.byDoc.set(doc, { version, text, value });
  }

  get(doc: TextDocument): T {
    const text = doc.getText();
    const hit = this.byDoc.get(doc);
    if (hit && hit.version === doc.version && hit.text === text) return hit.value;
    // The previous entry is dropped before parsing again, so two versions' trees are never held at once for long.
    this.byDoc.delete(doc);
    const value = this.compute(text, doc, hit);
    this.byDoc.set(doc, { version: doc.version, text, value });
    return value;
  }

  delete(doc: TextDocument): void {
    this.byDoc.delete(doc);
  }
}

const forgetters = new Set<(doc: TextDocument) => void>();

/**
 * For a cache kept by URI or folder rather than by the TextDocument (a certificate's last reading, a
 * folder's deployment): how it drops what it holds of a document, called by `forgetDocument`. Such a
 * cache holds the document's text, or the document itself and with it every WeakMap entry keyed by it.
 */
export function onForgetDocument(forget: (doc: TextDocument) => void): void {
  forgetters.add(forget);
}

/** Releases every format's parse of a document (the server calls it when the editor closes the document). */
export function forgetDocument(doc: TextDocument): void {
  for (const c of all) c.delete(doc);
  for (const f of forgetters) f(doc);
}
