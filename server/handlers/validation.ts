// Push diagnostics, debounced per document so typing never waits on validation. A format that
// validates in steps (FormatService.validateInSteps) gives the event loop back every few
// milliseconds, so a completion or hover for the next keystroke is answered in between, and the run
// stops as soon as the document changes: its result would be stale. Other open documents are
// re-checked too, since cross-file rules (jabber-config vs Expressway settings) depend on them.
import type { Connection, TextDocuments } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Diagnostic } from 'vscode-languageserver-types';
import { redactUrls } from '../core/secrets';
import { rememberDiagnostics } from '../services/currentDiagnostics';
import { CappedDiagnostics } from '../catalog/diagnostics';
import type { FormatService, ServiceContext } from '../services/types';
import type { Lookup } from './features';
import { nextTurn, ticket, turn } from './turns';

export interface Validator {
  schedule(doc: TextDocument, delayMs?: number): void;
  validateAll(): void;
  clear(uri: string): void;
}

/** The longest stretch a validation keeps the event loop before it lets requests in. */
export const STEP_BUDGET_MS = 4;

/**
 * Runs a service's validation, yielding to the event loop whenever a step has taken the budget.
 * Returns undefined when `stale()` turns true at a yield (the caller drops the run). With `capped`, the
 * diagnostics are gathered into it step by step (severity overrides and the cap applied as they come)
 * and its result is returned.
 */
export async function validateYielding(
  svc: FormatService,
  doc: TextDocument,
  ctx: ServiceContext,
  stale: () => boolean,
  budgetMs = STEP_BUDGET_MS,
  ready: () => Promise<void> | undefined = () => undefined,
  capped?: CappedDiagnostics,
): Promise<Diagnostic[] | undefined> {
  const t = ticket();
  const first = turn(t);
  if (first) {
    await first;
    if (stale()) return undefined;
  }
  // Past the cap a finding is only counted: the rules may skip what its message alone needs.
  if (capped) ctx = { ...ctx, keeps: (code) => capped.keeps(code) };
  const all: Diagnostic[] = [];
  let since = performance.now();
  for (const step of validationSteps(svc, doc, ctx)) {
    if (capped) capped.add(step);
    else for (const d of step) all.push(d);
    if (performance.now() - since >= budgetMs) {
      await nextTurn(t);
      // The document changed while requests ran: the model this run holds may already be updated in place.
      if (stale()) return undefined;
      // Another document a later step reads (a cross-file rule) changed meanwhile: its parse runs in steps first.
      const wait = ready();
      if (wait) {
        await wait;
        await nextTurn(t);
        if (stale()) return undefined;
      }
      since = performance.now();
    }
  }
  return capped ? capped.result() : all;
}

/** What the service reads besides the parse (its folder's deployment), then its diagnostics, in steps. */
function* validationSteps(svc: FormatService, doc: TextDocument, ctx: ServiceContext): Iterable<Diagnostic[]> {
  for (const steps = svc.prepareInSteps?.(doc, ctx); steps && !steps.next().done;) yield [];
  yield* svc.validateInSteps?.(doc, ctx) ?? [svc.validate(doc, ctx)];
}

export function createValidator(connection: Connection, documents: TextDocuments<TextDocument>, l: Lookup): Validator {
  const timers = new Map<string, NodeJS.Timeout>();

  const run = async (uri: string) => {
    timers.delete(uri);
    // Debounce timers of many documents end in the same turn (200 files opened at once): each run waits
    // for a turn of its own before it looks at the workspace.
    const own = turn(ticket());
    if (own) await own;
    const doc = documents.get(uri);
    if (!doc) return;
    const svc = l.serviceFor(doc);
    const version = doc.version;
    // Changed, or closed and opened again (an editor opens a file at version 1 again, with the text now on disk).
    const stale = () => documents.get(uri) !== doc || doc.version !== version;
    let diagnostics: Diagnostic[] | undefined = [];
    if (svc) {
      try {
        // The parse this run reads, and those of the documents its cross-file rules read, in steps.
        const wait = l.ready(doc);
        if (wait) await wait;
        if (stale()) return;
        const ctx = l.context(doc);
        // The user's severities and the cap (ucConfig.maxDiagnostics) are applied step by step as well.
        diagnostics = await validateYielding(svc, doc, ctx, stale, STEP_BUDGET_MS, () => l.ready(doc), new CappedDiagnostics(ctx));
      } catch (e) {
        connection.console.error(redactUrls(`UC Config: validation of ${uri} failed: ${(e as Error).stack ?? e}`));
      }
    }
    // The user typed on while we worked: a newer run is already scheduled.
    if (!diagnostics || stale()) return;
    // Code actions map the diagnostics a client sends to these (services/currentDiagnostics.ts).
    rememberDiagnostics(doc, diagnostics);
    void connection.sendDiagnostics({ uri, version, diagnostics });
  };

  const schedule = (doc: TextDocument, delayMs?: number) => {
    const old = timers.get(doc.uri);
    if (old) clearTimeout(old);
    // Big files wait a little longer so a burst of keystrokes costs one validation.
    const delay = delayMs ?? (doc.getText().length > 200_000 ? 300 : 120);
    timers.set(
      doc.uri,
      setTimeout(() => void run(doc.uri), delay),
    );
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
