// jsonc-parser recurses once per nesting level and overflows the stack on hostile input (10 000
// levels). No configuration file nests deeply, so JSON formats check the depth first, in one pass.
export const MAX_NESTING = 256;

/** The deepest bracket nesting outside strings, found in one linear pass. */
export function maxNesting(text: string): number {
  let depth = 0;
  let max = 0;
  const n = text.length;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c === 34 /* " */) {
      // Strings are most of a configuration's text: jump from quote to quote (indexOf is native),
      // stepping over a quote that an odd run of backslashes escapes.
      for (;;) {
        const q = text.indexOf('"', i + 1);
        if (q < 0) return max;
        let k = q - 1;
        while (k > i && text.charCodeAt(k) === 92 /* \\ */) k--;
        i = q;
        if ((q - 1 - k) % 2 === 0) break;
      }
    } else if (c === 123 || c === 91) {
      if (++depth > max) max = depth;
    } else if ((c === 125 || c === 93) && depth > 0) depth--;
  }
  return max;
}
