// One parse per document text, shared by every feature of a format. Entries are keyed by the
// TextDocument object (a WeakMap), so a document that is closed and dropped by the server releases its
// parse with it, and `forgetDocument` releases it at once on close. A hit needs the same version AND the
// same text: a client that reuses a version number for different content (or a test, or the CLI) never
// gets the previous text's results. The text check is cheap: an unchanged document returns the very same
// string, which compares by reference.
import type { TextDocument } from 'vscode-languageserver-textdocument';

export interface CachedParse<T> {
  version: number;
  text: string;
  value: T;
}

const all = new Set<DocumentCache<unknown>>();

export class DocumentCache<T> {
  private readonly byDoc = new WeakMap<TextDocument, CachedParse<T>>();

  /** `compute` gets the text and, when the document was parsed before, the previous entry (for incremental reparsing). */
  constructor(private readonly compute: (text: string, doc: TextDocument, previous: CachedParse<T> | undefined) => T) {
    all.add(this as DocumentCache<unknown>);
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

/** Releases every format's parse of a document (the server calls it when the editor closes the document). */
export function forgetDocument(doc: TextDocument): void {
  for (const c of all) c.delete(doc);
}
