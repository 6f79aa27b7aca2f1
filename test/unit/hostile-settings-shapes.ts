// The hostile settings-file shapes of issue 10, shared by the unit bounds test, the protocol test
// (test/protocol/hostile-settings.test.ts) and the fuzz run (fuzz-hostile-settings.test.ts): deep flow
// nesting, deep block nesting, many keys, many anchors and aliases, long values, in YAML and JSON.
import fc from 'fast-check';

const lines = (n: number, f: (i: number) => string) => Array.from({ length: n }, (_, i) => f(i)).join('\n') + '\n';

export interface HostileShape {
  name: string;
  uri: string;
  text: string;
  /** The one diagnostic the shape must get. */
  code: string;
}

export const HOSTILE_SETTINGS: HostileShape[] = [
  {
    name: '1 000 nested flow sequences (2 KB)',
    uri: 'file:///h/a.expressway.yaml',
    text: 'expressway:\n  a: ' + '['.repeat(1000) + ']'.repeat(1000) + '\n',
    code: 'settings-too-deep',
  },
  {
    name: '5 000 nested flow mappings (20 KB)',
    uri: 'file:///h/b.expressway.yaml',
    text: 'a: ' + '{a: '.repeat(5000) + '}'.repeat(5000) + '\n',
    code: 'settings-too-deep',
  },
  {
    name: '10 000 nested flow sequences (20 KB)',
    uri: 'file:///h/b2.expressway.yaml',
    text: 'a: ' + '['.repeat(10_000) + ']'.repeat(10_000) + '\n',
    code: 'settings-too-deep',
  },
  { name: '900 levels in 1.8 KB', uri: 'file:///h/c.expressway.yaml', text: '['.repeat(900) + ']'.repeat(900), code: 'settings-too-deep' },
  { name: '200 indented block levels', uri: 'file:///h/d.expressway.yaml', text: lines(200, (i) => ' '.repeat(i) + 'a:'), code: 'settings-too-deep' },
  { name: 'compact sequences 200 deep', uri: 'file:///h/e.expressway.yaml', text: '- '.repeat(200) + 'x\n', code: 'settings-too-deep' },
  { name: '100 000 keys', uri: 'file:///h/f.expressway.yaml', text: lines(100_000, (i) => `k${i}: ${i}`), code: 'settings-too-large' },
  { name: '20 000 keys', uri: 'file:///h/g.expressway.yaml', text: lines(20_000, (i) => `k${i}: ${i}`), code: 'settings-too-large' },
  { name: '10 000 anchors', uri: 'file:///h/h.expressway.yaml', text: lines(10_000, (i) => `k${i}: &a${i} ${i}`), code: 'settings-too-large' },
  { name: '10 000 aliases', uri: 'file:///h/i.expressway.yaml', text: 'b: &a 1\n' + lines(10_000, (i) => `k${i}: *a`), code: 'settings-too-large' },
  { name: 'a flow list of 50 000 items', uri: 'file:///h/j.expressway.yaml', text: 'a: [' + '1,'.repeat(50_000) + ']\n', code: 'settings-too-large' },
  // The YAML library reads a run of quotes as one broken quoted scalar after another (an error each): 58 000
  // of them took 1.7 s before the pre-scan counted them.
  { name: 'a run of 60 000 double quotes', uri: 'file:///h/k2.expressway.yaml', text: 'a: ' + '"'.repeat(60_000) + '\n', code: 'settings-too-large' },
  { name: 'one 1 MB value', uri: 'file:///h/k.expressway.yaml', text: 'a: ' + 'x'.repeat(1 << 20) + '\n', code: 'settings-too-large' },
  { name: 'JSON 10 000 deep', uri: 'file:///h/l.expressway.json', text: '['.repeat(10_000) + ']'.repeat(10_000), code: 'settings-too-deep' },
  {
    // The parser ends an unterminated string at the line break; a scan that ran on to the next quote would
    // not see the brackets after it (the same shape behind a `// "` comment overflowed the app-config reader).
    name: 'JSON deep nesting after an unterminated string',
    uri: 'file:///h/l2.expressway.json',
    text: '{"a": "x\n, "b": ' + '['.repeat(10_000) + '"',
    code: 'settings-too-deep',
  },
  {
    name: 'JSON deep nesting after a comment with a quote',
    uri: 'file:///h/l3.expressway.json',
    text: '// "\n' + '['.repeat(10_000),
    code: 'settings-too-deep',
  },
  {
    name: 'JSON 20 000 keys',
    uri: 'file:///h/m.expressway.json',
    text: '{' + Array.from({ length: 20_000 }, (_, i) => `"k${i}": ${i}`).join(',') + '}',
    code: 'settings-too-large',
  },
];

/** A valid start of a settings file that generated shapes are embedded in. */
const PREFIX = 'expressway:\n  version: X14.2\n  a: ';

/** Generators of the same shapes at random sizes (below and above the bounds), embedded in a real file. */
export const hostileYaml: fc.Arbitrary<string> = fc.oneof(
  // Deep flow nesting, balanced or left open, sequences or mappings.
  fc
    .tuple(fc.integer({ min: 1, max: 3000 }), fc.boolean(), fc.constantFrom('[', '{a: ', '[{b: '))
    .map(([n, close, open]) => PREFIX + open.repeat(n) + (close ? (open === '[' ? ']' : open === '{a: ' ? '}' : '}]').repeat(n) : '') + '\n'),
  // Deep block nesting by indentation or by compact "- " items.
  fc.integer({ min: 1, max: 400 }).map((n) => PREFIX + '\n' + lines(n, (i) => ' '.repeat(i + 4) + `k${i}:`)),
  fc.integer({ min: 1, max: 400 }).map((n) => PREFIX + '\n    ' + '- '.repeat(n) + 'x\n'),
  // Many keys, anchors or aliases.
  fc.integer({ min: 1, max: 6000 }).map((n) => PREFIX + '1\n' + lines(n, (i) => `  k${i}: ${i}`)),
  fc.integer({ min: 1, max: 6000 }).map((n) => PREFIX + '&x 1\n' + lines(n, (i) => `  k${i}: &a${i} *x`)),
  // Long runs of one character, and many small tokens.
  fc
    .tuple(fc.integer({ min: 1, max: 200_000 }), fc.constantFrom('x', ' ', '[', '{', '-', ':', '"', "'", '#', '&', '*', ',', '\n', '\t'))
    .map(([n, c]) => PREFIX + c.repeat(n)),
  fc
    .tuple(fc.integer({ min: 1, max: 20_000 }), fc.constantFrom('[a, ', '{a: b, ', '&a ', '*a ', '- ', '? ', '"a": ', "'a': "))
    .map(([n, t]) => PREFIX + t.repeat(n) + '\n'),
);

/**
 * Settings files just inside every bound (server/formats/settings.ts: 48 KB, 1 200 values, 64 levels),
 * which the libraries are given whole: the most a user's file can cost to parse.
 */
export function atBoundSettings(maxChars: number, maxEntries: number, maxDepth: number): { name: string; uri: string; text: string }[] {
  const n = maxEntries - 20;
  const pad = (s: string, width: number) => s + 'x'.repeat(Math.max(0, width - s.length));
  // Each line as long as the character bound allows for this many values.
  const width = Math.floor((maxChars - 200) / n);
  return [
    {
      name: `${n} keys in ${maxChars / 1024} KB`,
      uri: 'file:///h/bound-keys.expressway.yaml',
      text: 'expressway:\n' + lines(n, (i) => pad(`  k${i}: v`, width - 1)),
    },
    {
      // A list item of three values counts five (the item, its mapping, three values).
      name: `${n / 5} zones of 3 values, nested, in ${maxChars / 1024} KB`,
      uri: 'file:///h/bound-zones.expressway.yaml',
      text:
        'expressway:\n  version: X14.2\n  zones:\n' +
        lines(n / 5, (i) => `    - name: ${pad(`zone${i}`, 5 * width - 70)}\n      type: traversal-client\n      port: ${7000 + i}`),
    },
    {
      name: `a flow list of ${n} quoted items`,
      uri: 'file:///h/bound-flow.expressway.yaml',
      text: 'expressway:\n  hosts: [' + Array.from({ length: n }, (_, i) => `"${pad(`h${i}`, width - 4)}"`).join(', ') + ']\n',
    },
    {
      name: `${maxDepth - 2} levels of block mappings`,
      uri: 'file:///h/bound-deep.expressway.yaml',
      text: lines(maxDepth - 2, (i) => ' '.repeat(i) + `k${i}:`) + ' '.repeat(maxDepth - 2) + 'v\n',
    },
    {
      // A JSON value counts twice (its line and its comma).
      name: `JSON: ${n / 2} keys in ${maxChars / 1024} KB`,
      uri: 'file:///h/bound-keys.expressway.json',
      text: '{"expressway": {\n' + Array.from({ length: n / 2 }, (_, i) => pad(`"k${i}": "v`, 2 * width - 3) + '"').join(',\n') + '\n}}\n',
    },
  ];
}
