// jsonc-parser recurses once per nesting level and overflows the stack on hostile input (10 000
// levels). No configuration file nests deeply, so JSON formats check the depth first, in one pass.
// The pass uses jsonc-parser's own scanner, so strings and comments end exactly where the parser
// ends them: a quote inside `// "` or an unterminated string cannot hide brackets from the count.
import { createScanner, SyntaxKind } from 'jsonc-parser';
import { runSteps, type Steps } from '../core/steps';

export const MAX_NESTING = 256;

/** Tokens scanned per step (well under a millisecond). */
const STEP_TOKENS = 16_384;

/** The deepest bracket nesting outside strings and comments, found in one linear pass. */
export function maxNesting(text: string): number {
  return runSteps(maxNestingInSteps(text));
}

/** The same pass in steps, for a file large enough that the pass alone would hold the event loop. */
export function* maxNestingInSteps(text: string): Steps<number> {
  const scanner = createScanner(text, true);
  let depth = 0;
  let max = 0;
  let turns = 0;
  for (let kind = scanner.scan(); kind !== SyntaxKind.EOF; kind = scanner.scan()) {
    if (kind === SyntaxKind.OpenBraceToken || kind === SyntaxKind.OpenBracketToken) {
      if (++depth > max) max = depth;
    } else if ((kind === SyntaxKind.CloseBraceToken || kind === SyntaxKind.CloseBracketToken) && depth > 0) depth--;
    if (++turns === STEP_TOKENS) {
      turns = 0;
      yield;
    }
  }
  return max;
}
