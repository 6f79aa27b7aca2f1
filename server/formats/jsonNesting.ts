// jsonc-parser recurses once per nesting level and overflows the stack on hostile input (10 000
// levels). No configuration file nests deeply, so JSON formats check the depth first, in one pass.
export const MAX_NESTING = 256;

/** The deepest bracket nesting outside strings, found in one linear pass. */
export function maxNesting(text: string): number {
  let depth = 0;
  let max = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 92 /* \\ */) i++;
      else if (c === 34 /* " */) inString = false;
    } else if (c === 34) inString = true;
    else if (c === 123 || c === 91) max = Math.max(max, ++depth);
    else if (c === 125 || c === 93) depth = Math.max(0, depth - 1);
  }
  return max;
}
