// Facts about a document's text that every edit must respect: its line ending and its byte-order mark.
// An inserted line uses the file's own line ending (a CRLF file stays CRLF), and nothing is written
// before a BOM.

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
