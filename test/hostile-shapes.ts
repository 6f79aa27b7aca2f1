// The hostile inputs of issue 10 for the XML, property-list and app-config JSON readers, as
// generators: the protocol suite (test/protocol/hostile-xml.test.ts) opens each one in the bundled
// server, and the fuzz test (test/unit/fuzz-hostile-xml.test.ts) builds random variants of them.
// Sizes are those that blocked the server for seconds to minutes before the reader was bounded.

export type HostileKind = 'jabber-config' | 'plist' | 'json';

export interface HostileShape {
  name: string;
  kind: HostileKind;
  text: () => string;
}

/** A deterministic generator (no Math.random: a failure must reproduce). */
export function seeded(seed: number): () => number {
  let s = seed >>> 0 || 1;
  return () => (s = (Math.imul(s, 1103515245) + 12345) >>> 0) / 0x100000000;
}

/** `n` random printable ASCII characters. */
export function randomPrintable(n: number, seed = 1): string {
  const r = seeded(seed);
  const out: string[] = [];
  for (let i = 0; i < n; i++) out.push(String.fromCharCode(32 + Math.floor(r() * 95)));
  return out.join('');
}

const CONFIG = (body: string) => `<?xml version="1.0" encoding="utf-8"?>\n<config version="1.0">\n${body}\n</config>\n`;

export const HOSTILE_SHAPES: HostileShape[] = [
  { name: '1 MB unquoted attribute value', kind: 'jabber-config', text: () => `<config version="1.0"><Client a=${'x'.repeat(1_000_000)}></Client></config>` },
  { name: '100 KB attribute without =', kind: 'jabber-config', text: () => `<config version="1.0"><Client ${'a'.repeat(100_000)}></Client></config>` },
  { name: 'many roots', kind: 'jabber-config', text: () => '<a/>'.repeat(110_000) },
  { name: 'many implicitly closed elements', kind: 'jabber-config', text: () => CONFIG('<Policies>' + '<A><B></A>'.repeat(40_000) + '</Policies>') },
  { name: '100 000 unclosed nested elements', kind: 'jabber-config', text: () => '<a>'.repeat(100_000) },
  { name: '1 MB of random printable text', kind: 'jabber-config', text: () => randomPrintable(1_000_000) },
  {
    name: 'quadratic entity blow-up',
    kind: 'jabber-config',
    text: () => `<!DOCTYPE r [<!ENTITY a "${'x'.repeat(20_000)}">]><config>${'&a;'.repeat(45_000)}</config>`,
  },
  { name: 'a run of 1 000 000 "<"', kind: 'jabber-config', text: () => '<'.repeat(1_000_000) },
  // Every '<' without '>' is a tag left open: each once searched the rest of the text for a '>'.
  { name: '1 000 "<" then 3 MB without ">"', kind: 'jabber-config', text: () => '<config>' + '<'.repeat(1_000) + 'x'.repeat(3_000_000) },
  // Each DOCTYPE once searched the text back to its start for a '[' (an internal subset).
  { name: '100 000 DOCTYPEs', kind: 'jabber-config', text: () => '<!DOCTYPE a>'.repeat(100_000) },
  // A tag left open, then megabytes before the next '<': the pre-pass blanks it, once a character at a time.
  { name: 'a tag left open for 4 MB', kind: 'jabber-config', text: () => '<config><a ' + 'x'.repeat(4_000_000) + '<b/></config>' },
  { name: 'a tag left open for 4 MB of short lines', kind: 'jabber-config', text: () => '<config><a ' + 'x x\r\n'.repeat(800_000) + '<b/></config>' },
  { name: '100 000 small parameters', kind: 'jabber-config', text: () => CONFIG('<Client>' + '<a>1</a>'.repeat(100_000) + '</Client>') },
  {
    name: 'billion laughs',
    kind: 'jabber-config',
    text: () =>
      '<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;"><!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;"><!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">]><config version="1.0"><Client><A>&lol4;</A></Client></config>',
  },
  {
    name: 'XXE',
    kind: 'jabber-config',
    text: () =>
      '<?xml version="1.0"?><!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd"><!ENTITY r SYSTEM "http://192.0.2.1/x">]><config version="1.0"><Client><A>&e;&r;</A></Client></config>',
  },
  {
    name: 'random bytes',
    kind: 'jabber-config',
    text: () => {
      const r = seeded(7);
      let s = '';
      for (let i = 0; i < 200_000; i++) s += String.fromCharCode(Math.floor(r() * 256));
      return s;
    },
  },
  { name: 'invalid UTF-8 (decoded as U+FFFD)', kind: 'jabber-config', text: () => CONFIG('<Client>' + '<A>\uFFFD\uFFFD</A>'.repeat(20_000) + '</Client>') },
  { name: 'plist value: a long run of white space', kind: 'plist', text: () => `<dict><key>a</key><string>${' '.repeat(1_000_000)}x</string></dict>` },
  { name: 'plist: 100 000 unclosed nested elements', kind: 'plist', text: () => '<dict>' + '<dict>'.repeat(100_000) },
  { name: 'plist: 100 000 unclosed values', kind: 'plist', text: () => '<dict><key>a</key>' + '<string>'.repeat(100_000) },
  { name: 'plist: pairs outside a dict, many roots', kind: 'plist', text: () => '<key>a</key><string>b</string>'.repeat(30_000) },
  { name: 'JSON nested 100 000 deep', kind: 'json', text: () => '['.repeat(100_000) },
  { name: 'JSON string of 1 000 000 spaces', kind: 'json', text: () => '{"emm":"blackberry","appConfiguration":{"a":"' + ' '.repeat(1_000_000) + '"}}' },
];

/** The smallest pieces of markup, broken or not, that generated XML is made of. */
export const MARKUP_TOKENS = ['<', '>', '</', '/>', '<a>', '</a>', '<a/>'];
