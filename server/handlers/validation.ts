// Push diagnostics, debounced per document so typing never waits on validation; a result computed
// for an older version is dropped. Other open documents are re-checked too, since cross-file rules
// (jabber-config vs Expressway settings) depend on them.
import type { Connection, TextDocuments } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { applySeverityOverrides } from '../services/diagnostics';
import type { Lookup } from './features';

export interface Validator {
  schedule(doc: TextDocument, delayMs?: number): void;
  validateAll(): void;
  clear(uri: string): void;
}

export function createValidator(connection: Connection, documents: TextDocuments<TextDocument>, l: Lookup): Validator {
  const timers = new Map<string, NodeJS.Timeout>();

  const run = (uri: string) => {
    timers.delete(uri);
    const doc = documents.get(uri);
    if (!doc) return;
    const svc = l.serviceFor(doc);
    const version = doc.version;
    let diagnostics: ReturnType<NonNullable<typeof svc>['validate']> = [];
    if (svc) {
      try {
        const ctx = l.context(doc);
        diagnostics = applySeverityOverrides(svc.validate(doc, ctx), ctx.settings.severity);
      } catch (e) {
        connection.console.error(`UC Config: validation of ${uri} failed: ${(e as Error).stack ?? e}`);
      }
    }
    // The user typed on while we worked: a newer run is already scheduled.
    if (documents.get(uri)?.version !== version) return;
    void connection.sendDiagnostics({ uri, version, diagnostics });
  };

  const schedule = (doc: TextDocument, delayMs?: number) => {
    const old = timers.get(doc.uri);
    if (old) clearTimeout(old);
    // Big files wait a little longer so a burst of keystrokes costs one validation.
    const delay = delayMs ?? (doc.getText().length > 200_000 ? 300 : 120);
    timers.set(doc.uri, setTimeout(() => run(doc.uri), delay));
  };

  return {
    schedule,
    validateAll: () => documents.all().forEach((d) => schedule(d, 50)),
    clear: (uri) => {
      const t = timers.get(uri);
      if (t) clearTimeout(t);
      timers.delete(uri);
      void connection.sendDiagnostics({ uri, diagnostics: [] });
    },
  };
}
