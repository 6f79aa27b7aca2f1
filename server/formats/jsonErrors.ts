// jsonc-parser's syntax errors, for the JSON readers (app configuration, settings). Their words are
// written once, in schemas/l10n/common.json (`json.<code>`, in English, Korean and Japanese).
import { printParseErrorCode, type ParseError } from 'jsonc-parser';
import type { MessageText } from '../catalog/messages';

/** The error's message id, and its code in words ("comma expected") for logs and tests. */
export function jsonErrorOf(e: ParseError): { message: string; text: MessageText } {
  const name = printParseErrorCode(e.error);
  return { message: name.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase(), text: { id: `json.${name}` } };
}
