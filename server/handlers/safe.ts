// Every request goes through here: a thrown error is logged and answered with the request's empty
// result, and a cancelled request is not computed at all (vscode-json-languageservice's habit).
import type { CancellationToken, Connection } from 'vscode-languageserver/node';

export function safe<T>(connection: Connection, what: string, fallback: T, token: CancellationToken | undefined, run: () => T): T {
  if (token?.isCancellationRequested) return fallback;
  try {
    return run();
  } catch (e) {
    connection.console.error(`UC Config: ${what} failed: ${(e as Error).stack ?? e}`);
    return fallback;
  }
}
