// jsonc-parser's parse, in steps. `parseTree` reads a whole file at once (and recurses once per nesting
// level), so a large JSON file would hold the event loop for its whole parse. This is the parser's own
// recovery (jsonc-parser `visit`, and `parseTree`'s building of nodes from its events: the same errors
// at the same offsets and the same tree, which the tests compare on every fixture and on mutated and
// hostile texts), written as a loop over its resumable scanner with an explicit stack: each turn of the
// loop reads at most one token, and the loop yields every STEP_TOKENS turns. The syntax check alone
// builds nothing, so its memory is the stack of open brackets.
import { createScanner, ParseErrorCode, ScanError, SyntaxKind, type Node, type NodeType, type ParseError } from 'jsonc-parser';
import type { Steps } from '../core/steps';

/** Turns of the loop (tokens read, at most) per step: about a millisecond of scanning. */
const STEP_TOKENS = 16_384;

/** After this many syntax errors the file is not read further (as the XML reader's bound). */
export const MAX_JSON_ERRORS = 1000;

/** The scanner's errors and the parser's codes for them. */
const SCAN_ERRORS: Partial<Record<ScanError, ParseErrorCode>> = {
  [ScanError.InvalidUnicode]: ParseErrorCode.InvalidUnicode,
  [ScanError.InvalidEscapeCharacter]: ParseErrorCode.InvalidEscapeCharacter,
  [ScanError.UnexpectedEndOfNumber]: ParseErrorCode.UnexpectedEndOfNumber,
  // Comments are allowed (parseTree's disallowComments is false), so an unclosed one is reported as such.
  [ScanError.UnexpectedEndOfComment]: ParseErrorCode.UnexpectedEndOfComment,
  [ScanError.UnexpectedEndOfString]: ParseErrorCode.UnexpectedEndOfString,
  [ScanError.InvalidCharacter]: ParseErrorCode.InvalidCharacter,
};

/** Tokens the parser passes over (an unknown symbol after reporting it). */
const SKIPPED = new Set([SyntaxKind.Trivia, SyntaxKind.LineBreakTrivia, SyntaxKind.LineCommentTrivia, SyntaxKind.BlockCommentTrivia, SyntaxKind.Unknown]);

const LITERALS = new Set([SyntaxKind.StringLiteral, SyntaxKind.NumericLiteral, SyntaxKind.NullKeyword, SyntaxKind.TrueKeyword, SyntaxKind.FalseKeyword]);

/** What the next turn does with the current token. */
const enum Mode {
  /** Read a value: the whole text's, an array element, or a property's after its colon. */
  Value,
  /** At the head of the innermost open object's or array's loop. */
  Members,
  /** Just after a comma: a closing bracket here closes the container (trailing commas are allowed). */
  AfterComma,
  /** After a property name: a colon is due. */
  Colon,
  /** Error recovery: tokens are passed over until one of `stopAt`, then back to Members. */
  Skip,
  /** After the whole text's value: the end of the text is due. */
  End,
  Done,
}

interface Frame {
  array: boolean;
  needsComma: boolean;
}

const CLOSE_BRACE_OR_COMMA: readonly SyntaxKind[] = [SyntaxKind.CloseBraceToken, SyntaxKind.CommaToken];
const CLOSE_BRACKET_OR_COMMA: readonly SyntaxKind[] = [SyntaxKind.CloseBracketToken, SyntaxKind.CommaToken];

/** The events of jsonc-parser's JSONVisitor that parseTree builds its nodes from (offset and length of the current token). */
interface TreeEvents {
  objectBegin(offset: number): void;
  property(name: string, offset: number, length: number): void;
  objectEnd(offset: number, length: number): void;
  arrayBegin(offset: number): void;
  arrayEnd(offset: number, length: number): void;
  literal(value: string | number | boolean | null, offset: number, length: number): void;
  separator(sep: ':' | ',', offset: number): void;
}

/**
 * The syntax errors `parseTree(text, errors, { allowTrailingComma: true })` finds, in steps: each
 * step yields the errors found since the previous one (often none). Stops after MAX_JSON_ERRORS.
 */
export function jsonSyntaxErrorsInSteps(text: string): Generator<ParseError[], void, undefined> {
  return visitInSteps(text, undefined, MAX_JSON_ERRORS);
}

/**
 * `parseTree(text, errors, { allowTrailingComma: true })` in steps: the same tree (parents included)
 * and the same errors, pushed to `errors`. The deepest nesting of objects and arrays is kept in
 * `nesting.max` (the walk itself is iterative: no depth is too deep for it).
 */
export function* parseTreeInSteps(text: string, errors: ParseError[], nesting = { max: 0 }): Steps<Node | undefined> {
  let depth = 0;
  const deeper = () => {
    if (++depth > nesting.max) nesting.max = depth;
  };
  // The builder is parseTree's own (jsonc-parser/lib/esm/impl/parser.js), event for event.
  let current: Built = { type: 'array', offset: -1, length: -1, children: [], parent: undefined };
  const complete = (end: number) => {
    if (current.type === 'property') {
      current.length = end - current.offset;
      current = current.parent!;
    }
  };
  const add = (node: Built) => {
    current.children!.push(node);
    return node;
  };
  const events: TreeEvents = {
    objectBegin: (offset) => {
      deeper();
      current = add({ type: 'object', offset, length: -1, parent: current, children: [] });
    },
    property: (name, offset, length) => {
      current = add({ type: 'property', offset, length: -1, parent: current, children: [] });
      current.children!.push({ type: 'string', value: name, offset, length, parent: current });
    },
    objectEnd: (offset, length) => {
      depth--;
      complete(offset + length);
      current.length = offset + length - current.offset;
      current = current.parent!;
      complete(offset + length);
    },
    arrayBegin: (offset) => {
      deeper();
      current = add({ type: 'array', offset, length: -1, parent: current, children: [] });
    },
    arrayEnd: (offset, length) => {
      depth--;
      current.length = offset + length - current.offset;
      current = current.parent!;
      complete(offset + length);
    },
    literal: (value, offset, length) => {
      add({ type: nodeType(value), offset, length, parent: current, value });
      complete(offset + length);
    },
    separator: (sep, offset) => {
      if (current.type !== 'property') return;
      if (sep === ':') current.colonOffset = offset;
      else complete(offset);
    },
  };
  for (const found of visitInSteps(text, events, Infinity)) {
    for (const e of found) errors.push(e);
    yield;
  }
  const root = current.children![0];
  if (root) delete root.parent;
  return root as Node | undefined;
}

/** jsonc-parser's Node while it is built (its published type is read-only). */
interface Built {
  type: NodeType;
  offset: number;
  length: number;
  colonOffset?: number;
  parent?: Built;
  children?: Built[];
  value?: unknown;
}

function nodeType(value: string | number | boolean | null): NodeType {
  return value === null ? 'null' : (typeof value as 'string' | 'number' | 'boolean');
}

function* visitInSteps(text: string, events: TreeEvents | undefined, maxErrors: number): Generator<ParseError[], void, undefined> {
  const scanner = createScanner(text, false);
  let found: ParseError[] = [];
  let count = 0;
  const error = (code: ParseErrorCode) => {
    count++;
    found.push({ error: code, offset: scanner.getTokenOffset(), length: scanner.getTokenLength() });
  };
  const stack: Frame[] = [];
  // Widened: the helpers above change it, which narrowing does not see.
  let mode = Mode.Value as Mode;
  // Whether the current token is consumed, so the next significant one is scanned before the next turn's work.
  let needScan = true;
  let stopAt: readonly SyntaxKind[] = CLOSE_BRACE_OR_COMMA;
  let afterSkip: ParseErrorCode | undefined;

  /** Where a value just read (ok) or found missing leaves its container. */
  const afterValue = (ok: boolean) => {
    const parent = stack[stack.length - 1];
    if (!parent) {
      if (ok) mode = Mode.End;
      else {
        error(ParseErrorCode.ValueExpected);
        mode = Mode.Done;
      }
      return;
    }
    parent.needsComma = true;
    mode = Mode.Members;
    if (!ok) skip(ParseErrorCode.ValueExpected, parent.array ? CLOSE_BRACKET_OR_COMMA : CLOSE_BRACE_OR_COMMA);
  };
  const skip = (code: ParseErrorCode, stop: readonly SyntaxKind[], then?: ParseErrorCode) => {
    error(code);
    stopAt = stop;
    afterSkip = then;
    mode = Mode.Skip;
  };
  /** An object's or array's member starting at the current token (parseObject's parseProperty, parseArray's parseValue). */
  const member = (frame: Frame, token: SyntaxKind) => {
    if (frame.array) mode = Mode.Value;
    else if (token === SyntaxKind.StringLiteral) {
      events?.property(scanner.getTokenValue(), scanner.getTokenOffset(), scanner.getTokenLength());
      needScan = true;
      mode = Mode.Colon;
    } else {
      // parseProperty fails, then parseObject reports the missing value where the recovery stopped.
      frame.needsComma = true;
      skip(ParseErrorCode.PropertyNameExpected, CLOSE_BRACE_OR_COMMA, ParseErrorCode.ValueExpected);
    }
  };

  /** The end of an object or array, at the current token (its closing bracket, or the end of the text). */
  const end = (frame: Frame) => {
    if (!events) return;
    if (frame.array) events.arrayEnd(scanner.getTokenOffset(), scanner.getTokenLength());
    else events.objectEnd(scanner.getTokenOffset(), scanner.getTokenLength());
  };

  let turns = 0;
  while (mode !== Mode.Done && count < maxErrors) {
    if (++turns === STEP_TOKENS) {
      turns = 0;
      yield found;
      found = [];
    }
    if (needScan) {
      // jsonc-parser's scanNext, one raw token per turn.
      const token = scanner.scan();
      const scanError = SCAN_ERRORS[scanner.getTokenError()];
      if (scanError !== undefined) error(scanError);
      if (token === SyntaxKind.Unknown) error(ParseErrorCode.InvalidSymbol);
      if (SKIPPED.has(token)) continue;
      needScan = false;
    }
    const token = scanner.getToken();
    switch (mode) {
      case Mode.Value:
        if (token === SyntaxKind.OpenBraceToken || token === SyntaxKind.OpenBracketToken) {
          if (events) {
            if (token === SyntaxKind.OpenBraceToken) events.objectBegin(scanner.getTokenOffset());
            else events.arrayBegin(scanner.getTokenOffset());
          }
          stack.push({ array: token === SyntaxKind.OpenBracketToken, needsComma: false });
          needScan = true;
          mode = Mode.Members;
        } else if (LITERALS.has(token)) {
          let value: string | number | boolean | null = null;
          if (token === SyntaxKind.NumericLiteral) {
            value = Number(scanner.getTokenValue());
            if (isNaN(value)) {
              error(ParseErrorCode.InvalidNumberFormat);
              value = 0;
            }
          } else if (token === SyntaxKind.StringLiteral) value = scanner.getTokenValue();
          else if (token !== SyntaxKind.NullKeyword) value = token === SyntaxKind.TrueKeyword;
          events?.literal(value, scanner.getTokenOffset(), scanner.getTokenLength());
          needScan = true;
          afterValue(true);
        } else afterValue(false);
        break;
      case Mode.Members: {
        const frame = stack[stack.length - 1];
        if (token === (frame.array ? SyntaxKind.CloseBracketToken : SyntaxKind.CloseBraceToken) || token === SyntaxKind.EOF) {
          end(frame);
          stack.pop();
          // The loop ends at the closing bracket or at the end of the text (where the bracket is missing).
          if (token === SyntaxKind.EOF) error(frame.array ? ParseErrorCode.CloseBracketExpected : ParseErrorCode.CloseBraceExpected);
          else needScan = true;
          afterValue(true);
        } else if (token === SyntaxKind.CommaToken) {
          if (!frame.needsComma) error(ParseErrorCode.ValueExpected);
          events?.separator(',', scanner.getTokenOffset());
          needScan = true;
          mode = Mode.AfterComma;
        } else {
          if (frame.needsComma) error(ParseErrorCode.CommaExpected);
          member(frame, token);
        }
        break;
      }
      case Mode.AfterComma: {
        const frame = stack[stack.length - 1];
        if (token === (frame.array ? SyntaxKind.CloseBracketToken : SyntaxKind.CloseBraceToken)) {
          end(frame);
          stack.pop();
          needScan = true;
          afterValue(true);
        } else member(frame, token);
        break;
      }
      case Mode.Colon:
        if (token === SyntaxKind.ColonToken) {
          events?.separator(':', scanner.getTokenOffset());
          needScan = true;
          mode = Mode.Value;
        } else {
          stack[stack.length - 1].needsComma = true;
          skip(ParseErrorCode.ColonExpected, CLOSE_BRACE_OR_COMMA);
        }
        break;
      case Mode.Skip:
        if (token === SyntaxKind.EOF || stopAt.includes(token)) {
          mode = Mode.Members;
          if (afterSkip !== undefined) error(afterSkip);
        } else needScan = true;
        break;
      case Mode.End:
        if (token !== SyntaxKind.EOF) error(ParseErrorCode.EndOfFileExpected);
        mode = Mode.Done;
        break;
    }
  }
  if (found.length) yield found;
}

/** Every syntax error of the text at once (for tests and small texts). */
export function jsonSyntaxErrors(text: string): ParseError[] {
  const all: ParseError[] = [];
  for (const step of jsonSyntaxErrorsInSteps(text)) for (const e of step) all.push(e);
  return all;
}
