// jsonc-parser recurses once per nesting level and overflows the stack on hostile input (10 000
// levels). No configuration file nests deeply, so JSON formats check the depth first, in one pass.
// The pass uses jsonc-parser's own scanner, so strings and comments end exactly where the parser
// ends them: a quote inside `// "` or an unterminated string cannot hide brackets from the count.
import { createScanner, SyntaxKind } from 'jsonc-parser';

export const MAX_NESTING = 256;

/** The deepest bracket nesting outside strings and comments, found in one linear pass. */
export function maxNesting(text: string): number {
  const scanner = createScanner(text, true);
  let depth = 0;
  let max = 0;
  for (let kind = scanner.scan(); kind !== SyntaxKind.EOF; kind = scanner.scan()) {
    if (kind === SyntaxKind.OpenBraceToken || kind === SyntaxKind.OpenBracketToken) {
      if (++depth > max) max = depth;
    } else if ((kind === SyntaxKind.CloseBraceToken || kind === SyntaxKind.CloseBracketToken) && depth > 0) depth--;
  }
  return max;
}
