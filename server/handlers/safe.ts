// Every request goes through here: a thrown error is logged and answered with the request's empty
// result, and a cancelled request is not computed at all (vscode-json-languageservice's habit).
import type { CancellationToken, Connection } from 'vscode-languageserver/node';
import { redactUrls } from '../core/secrets';

export function safe<T>(connection: Connection, what: string, fallback: T, token: CancellationToken | undefined, run: () => T): T {
  if (token?.isCancellationRequested) return fallback;
  try {
    return run();
  } catch (e) {
    // An error's text can quote the document (a value in a parser's message): URL passwords are masked.
    connection.console.error(redactUrls(`UC Config: ${what} failed: ${(e as Error).stack ?? e}`));
    return fallback;
  }
}
