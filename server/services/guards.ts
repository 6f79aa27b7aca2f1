// Checks every format runs before parsing: binary content, size, broken encodings. They keep the
// server responsive and give one clear message instead of a cascade of parse errors.
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Diagnostic } from 'vscode-languageserver-types';
import { messagesOf } from '../catalog/messages';
import { makeDiagnostic } from '../catalog/diagnostics';
import type { ServiceContext } from './types';

export interface GuardResult {
  diagnostics: Diagnostic[];
  /** 'full': run every check; 'syntax': only well-formedness (too large); 'none': nothing more (binary). */
  depth: 'full' | 'syntax' | 'none';
}

// C0 controls other than tab, LF, CR are not allowed in XML 1.0 and never appear in text configs.
// eslint-disable-next-line no-control-regex -- matching control characters is this pattern's purpose
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F]/;

/** The start of the file: no offset lookup needed (positionAt would index the lines of the whole text). */
const ZERO = { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };

export function runGuards(doc: TextDocument, ctx: ServiceContext): GuardResult {
  const text = doc.getText();
  // Only the head is scanned for binary data: a binary upload shows itself within the first KBs.
  const head = text.length > 65536 ? text.slice(0, 65536) : text;
  const control = CONTROL.exec(head);
  if (control) {
    const at = doc.positionAt(control.index);
    return { diagnostics: [makeDiagnostic(ctx, 'binary-content', { start: at, end: at })], depth: 'none' };
  }
  const out: Diagnostic[] = [];
  const replacement = text.indexOf('\uFFFD');
  if (replacement >= 0) {
    const at = doc.positionAt(replacement);
    const declared = /<\?xml[^>]*encoding=["']([^"']+)/.exec(text.slice(0, 200))?.[1];
    const G = messagesOf(ctx, 'common');
    out.push(
      makeDiagnostic(
        ctx,
        'encoding-mismatch',
        { start: at, end: { line: at.line, character: at.character + 1 } },
        {
          detail: G.t('guard.encodingMismatch', { declared: declared ? G.t('guard.declaresEncoding', { encoding: declared }) : '' }),
        },
      ),
    );
  }
  const limitMB = ctx.settings.maxFileSizeMB;
  // UTF-16 length is a close enough stand-in for bytes for a size guard.
  const sizeMB = text.length / (1024 * 1024);
  if (sizeMB > limitMB) {
    out.push(makeDiagnostic(ctx, 'file-too-large', ZERO, { size: sizeMB.toFixed(1), limit: limitMB }));
    return { diagnostics: out, depth: 'syntax' };
  }
  return { diagnostics: out, depth: 'full' };
}
