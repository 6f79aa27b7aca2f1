// Facts about a document's text that every edit must respect: its line ending and its byte-order mark.
// An inserted line uses the file's own line ending (a CRLF file stays CRLF), and nothing is written
// before a BOM. And offsets turned into positions, the way TextDocument does.
import type { Position, TextDocument } from 'vscode-languageserver-textdocument';

/** The line ending the text already uses: CRLF when its first line break is one, else LF. */
export function eolOf(text: string): '\n' | '\r\n' {
  const i = text.indexOf('\n');
  return i > 0 && text.charCodeAt(i - 1) === 13 ? '\r\n' : '\n';
}

/** Rewrites the LF line breaks of text meant for insertion into the given line ending. */
export function withEol(text: string, eol: string): string {
  return eol === '\n' ? text : text.replace(/\r?\n/g, eol);
}

/** The offset where the content starts: after a byte-order mark, if the text has one. */
export function contentStart(text: string): number {
  return text.charCodeAt(0) === 0xfeff ? 1 : 0;
}

/**
 * A text's offset -> line/character, exactly as TextDocument.positionAt (lines end at CRLF, LF or CR;
 * an offset inside a line break is the end of its line), with the line starts found by indexOf: a
 * service that needs the positions of a few findings in a large file does not walk it character by
 * character.
 */
export function positionsOf(text: string): (offset: number) => { line: number; character: number } {
  let starts: number[] | undefined;
  const lineStarts = () => {
    const out = [0];
    let n = text.indexOf('\n');
    let r = text.indexOf('\r');
    while (n >= 0 || r >= 0) {
      let next: number;
      if (r >= 0 && (n < 0 || r < n)) {
        next = r + 1 === n ? n + 1 : r + 1;
        r = text.indexOf('\r', r + 1);
      } else next = n + 1;
      if (n >= 0 && n < next) n = text.indexOf('\n', next);
      out.push(next);
    }
    return out;
  };
  return (offset) => {
    starts ??= lineStarts();
    offset = Math.max(Math.min(offset, text.length), 0);
    let low = 0;
    let high = starts.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (starts[mid] > offset) high = mid;
      else low = mid + 1;
    }
    const line = low - 1;
    while (offset > starts[line] && (text.charCodeAt(offset - 1) === 10 || text.charCodeAt(offset - 1) === 13)) offset--;
    return { line, character: offset - starts[line] };
  };
}

/**
 * doc.positionAt for the offsets of one pass over a file, met mostly in order: an offset on the line
 * of the previous answer or on one of the few lines after it is counted from that line's start, any
 * other is left to positionAt (a search of every line start). The same positions: the last two
 * characters of a line, where a line break may sit (positionAt moves an offset inside a CRLF before
 * it), are left to positionAt too, and so is every offset after the document changed.
 */
export function positionCursor(doc: TextDocument): (offset: number) => Position {
  let version = doc.version;
  let line = -1;
  let start = 0;
  let next = 0;
  return (offset) => {
    if (version === doc.version) {
      for (let k = 0; k < 4 && offset >= next; k++) {
        start = next;
        next = doc.offsetAt({ line: ++line + 1, character: 0 });
      }
      for (let k = 0; k < 4 && offset < start && line > 0; k++) {
        next = start;
        start = doc.offsetAt({ line: --line, character: 0 });
      }
      if (offset >= start && offset < next - 1) return { line, character: offset - start };
    }
    const p = doc.positionAt(offset);
    version = doc.version;
    line = p.line;
    start = doc.offsetAt({ line, character: 0 });
    next = doc.offsetAt({ line: line + 1, character: 0 });
    return p;
  };
}

/** Each document's positionCursor, for code that asks position by position (the cursor follows edits). */
const cursors = new WeakMap<TextDocument, (offset: number) => Position>();

/** doc.positionAt through the document's positionCursor: offsets met near each other are counted from the one before. */
export function positionIn(doc: TextDocument, offset: number): Position {
  let at = cursors.get(doc);
  if (!at) cursors.set(doc, (at = positionCursor(doc)));
  return at(offset);
}
