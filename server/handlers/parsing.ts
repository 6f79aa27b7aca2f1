// The parse a request reads, done in steps before the request runs. A large jabber-config or property
// list (up to ucConfig.maxFileSizeMB) takes a few hundred milliseconds to read: read at once by the
// first request after an edit, it would hold the event loop, and with it the next keystroke's
// completion, for all that time. Here a document's parse runs in steps (FormatService.parseInSteps),
// giving the event loop back every STEP_BUDGET_MS, and every request and validation awaits it: one
// parse per document version, shared by all of them. A small file (the common case) has nothing to
// step and is parsed at once inside the request, as before.
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Steps } from '../core/steps';
import { services } from '../services/registry';
import type { FormatService } from '../services/types';
import type { Lookup } from './features';
import { STEP_BUDGET_MS } from './validation';
import { nextTurn, ticket, turn } from './turns';

export interface Parsing {
  /**
   * Resolves when the document is parsed and, with `others`, every document a cross-file rule may
   * read (the open editors and the workspace's files of a kind that parses in steps); undefined when
   * they are already, so a request on a parsed document is answered in the same turn. Completion and
   * hover read their own document only, so they do not wait for another file's parse.
   */
  ready(doc?: TextDocument, others?: boolean): Promise<void> | undefined;
  /** Stops the parse of a closed document. */
  forget(doc: TextDocument): void;
}

/**
 * Runs steps, giving the event loop back whenever they have held it for the budget, and once more when
 * they are done: what reads their result (a request) then starts a stretch of its own rather than
 * adding to the last step's.
 */
export async function inSteps(steps: Steps<unknown>, budgetMs = STEP_BUDGET_MS, stop: () => boolean = () => false, t = 0): Promise<void> {
  const first = turn(t);
  if (first) await first;
  if (stop()) return;
  let since = performance.now();
  for (let r = steps.next(); !r.done; r = steps.next()) {
    if (performance.now() - since < budgetMs) continue;
    await nextTurn(t);
    if (stop()) return;
    since = performance.now();
  }
  await new Promise(setImmediate);
}

/** Characters scanned for line breaks per step (about a millisecond). */
const LINE_SCAN_STEP = 262_144;

/**
 * vscode-languageserver-textdocument finds a document's line starts on its first position lookup, in
 * one go: 20 ms for 6 MB, 80 ms at the 25 MB limit, inside whichever request comes first. Here they are
 * found in steps, exactly as the library finds them (computeLineOffsets: a line starts after LF, CR, or
 * CR LF), and handed to the document, which then keeps them up to date across incremental edits. The
 * field is the library's own: if a release names it otherwise, the assignment does nothing and the
 * library counts the lines itself, as before.
 */
export function* lineOffsetsInSteps(doc: TextDocument): Steps<void> {
  const inner = doc as unknown as { _content?: unknown; _lineOffsets?: unknown };
  const text = doc.getText();
  if (inner._content !== text || inner._lineOffsets !== undefined) return;
  const starts = [0];
  let pause = LINE_SCAN_STEP;
  for (let i = 0; i < text.length; i++) {
    if (i >= pause) {
      yield;
      pause = i + LINE_SCAN_STEP;
    }
    const c = text.charCodeAt(i);
    if (c === 13 || c === 10) {
      if (c === 13 && i + 1 < text.length && text.charCodeAt(i + 1) === 10) i++;
      starts.push(i + 1);
    }
  }
  // Handed over only for the text scanned, and only if the library has not counted them meanwhile.
  if (doc.getText() === text && inner._lineOffsets === undefined) inner._lineOffsets = starts;
}

/** The document's line starts, then its parse, in steps; undefined when it is parsed (or small). */
function stepsOf(doc: TextDocument, svc: FormatService): Steps<void> | undefined {
  const parse = svc.parseInSteps?.(doc);
  return parse && linesThenParse(doc, parse);
}

function* linesThenParse(doc: TextDocument, parse: Steps<void>): Steps<void> {
  yield* lineOffsetsInSteps(doc);
  yield* parse;
}

/** The formats whose parse runs in steps. */
const STEPPED = Object.values(services).filter((s) => s.parseInSteps);

export function createParsing(l: Pick<Lookup, 'serviceFor' | 'context'>, budgetMs = STEP_BUDGET_MS): Parsing {
  const running = new WeakMap<TextDocument, Promise<void>>();
  const forgotten = new WeakSet<TextDocument>();

  /** Runs the document's steps (again from the start if its text changes meanwhile) until its current text is parsed. */
  const parse = async (doc: TextDocument, svc: FormatService, first: Steps<void>): Promise<void> => {
    const t = ticket();
    for (let steps: Steps<void> | undefined = first; steps; steps = stepsOf(doc, svc)) {
      const text = doc.getText();
      // Stopped when the document is closed, or when an edit arrived: the steps read a text that is gone
      // (the next round starts again on the new one).
      await inSteps(steps, budgetMs, () => forgotten.has(doc) || doc.getText() !== text, t);
      if (forgotten.has(doc)) return;
    }
  };

  const start = (doc: TextDocument, svc: FormatService): Promise<void> | undefined => {
    const current = running.get(doc);
    if (current) return current;
    // Beyond ucConfig.maxFileSizeMB nothing is modelled (validation checks well-formedness alone).
    if (doc.getText().length > l.context(doc).settings.maxFileSizeMB * 1024 * 1024) return undefined;
    const steps = stepsOf(doc, svc);
    if (!steps) return undefined;
    forgotten.delete(doc);
    const p = parse(doc, svc, steps).finally(() => running.delete(doc));
    running.set(doc, p);
    return p;
  };

  const once = (doc: TextDocument | undefined, others: boolean): Promise<void> | undefined => {
    const waits: Promise<unknown>[] = [];
    const add = (p: Promise<unknown> | undefined) => p && waits.push(p);
    const own = doc && l.serviceFor(doc);
    if (doc && own?.parseInSteps) add(start(doc, own));
    if (others) {
      const { workspace } = l.context(doc);
      // The files on disk being read first (ready() asks again once they are).
      add(workspace.ready?.());
      for (const svc of STEPPED) for (const other of workspace.documents(svc.kind)) if (other !== doc) add(start(other, svc));
    }
    return waits.length ? Promise.all(waits).then(() => undefined) : undefined;
  };

  return {
    ready(doc, others = true) {
      const first = once(doc, others);
      if (!first) return undefined;
      // While one document was parsed another may have changed: wait until all are parsed at once.
      return (async () => {
        // Each waiter looks again in a turn of its own: the 200 validations of a workspace being restored,
        // all waiting for the files on disk, looked at once in one turn (164 ms).
        for (let p: Promise<void> | undefined = first; p; p = once(doc, others)) await p.then(() => nextTurn(0));
      })();
    },
    forget(doc) {
      forgotten.add(doc);
      running.delete(doc);
    },
  };
}
