// Every request goes through here: a thrown error is logged and answered with the request's empty
// result, and a cancelled request is not computed at all (vscode-json-languageservice's habit).
import type { CancellationToken, Connection } from 'vscode-languageserver/node';
import { redactUrls } from '../core/secrets';

function logFailure(connection: Connection, what: string, e: unknown): void {
  // An error's text can quote the document (a value in a parser's message): URL passwords are masked.
  connection.console.error(redactUrls(`UC Config: ${what} failed: ${(e as Error)?.stack ?? e}`));
}

export function safe<T>(connection: Connection, what: string, fallback: T, token: CancellationToken | undefined, run: () => T): T {
  if (token?.isCancellationRequested) return fallback;
  try {
    return run();
  } catch (e) {
    logFailure(connection, what, e);
    return fallback;
  }
}

/**
 * As safe, once `ready` has resolved (the parse the request reads, handlers/parsing.ts). When there is
 * nothing to wait for the request is answered at once, in the same turn; otherwise it is answered
 * after the parse, and not computed at all if the client cancelled it meanwhile.
 */
export function safeWhenReady<T>(
  connection: Connection,
  what: string,
  fallback: T,
  token: CancellationToken | undefined,
  ready: () => Promise<void> | undefined,
  run: () => T,
): T | Promise<T> {
  if (token?.isCancellationRequested) return fallback;
  let wait: Promise<void> | undefined;
  try {
    wait = ready();
  } catch (e) {
    logFailure(connection, what, e);
    return fallback;
  }
  if (!wait) return safe(connection, what, fallback, token, run);
  return wait.then(
    () => safe(connection, what, fallback, token, run),
    (e: unknown) => {
      logFailure(connection, what, e);
      return fallback;
    },
  );
}
