// The XML reader reads a text as it stands and runs its pre-pass (which blanks tags left without '>')
// only at the first sign of trouble. Whatever the text, that must give exactly the document of a
// reading behind the pre-pass from the start (`careful`), straight through and in steps.
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { test } from 'node:test';
import fc from 'fast-check';
import { runSteps } from '../../server/core/steps';
import { parseXml, parseXmlInSteps, TolerantSaxesParser, XmlElementNode, XML_LIMITS, type XmlDocument, type XmlElement } from '../../server/formats/xml';
import { fuzzParams } from '../fuzz';
import { MARKUP_TOKENS } from '../hostile-shapes';

/** Everything a reading gives, getters and attributes included. */
function plain(d: XmlDocument): unknown {
  const el = (e: XmlElement): unknown => ({
    name: e.name,
    range: [e.start, e.end, e.nameStart, e.nameEnd, e.startTagEnd, e.endTagStart, e.textStart, e.textEnd],
    selfClosing: e.selfClosing,
    closed: e.closed,
    text: e.text,
    attributes: e.attributes,
    children: e.children.map(el),
  });
  return { roots: d.roots.map(el), errors: d.errors, limit: d.limit, declaration: d.declaration, doctype: d.doctype, strayText: d.strayText };
}

const careful = (text: string, chunk: number) => plain(runSteps(parseXmlInSteps(text, chunk, XmlElementNode, true)));

function assertSame(text: string): void {
  assert.deepEqual(plain(parseXml(text)), careful(text, Infinity), 'straight through');
  // In steps, the pre-pass runs after the piece in which the first doubt arose. (saxes may report an
  // error across two pieces at another place than in one, so each is compared with its own size.)
  for (const chunk of [7, 64]) assert.deepEqual(plain(runSteps(parseXmlInSteps(text, chunk))), careful(text, chunk), `in steps of ${chunk}`);
}

test('a text that needs the pre-pass reads the same as behind it from the start, wherever the trouble is', () => {
  const clean = '<config version="1.0">\n  <Policies>\n    <EnableVideo>true</EnableVideo>\n  </Policies>\n</config>\n';
  const cases = [
    clean,
    // A tag being typed, at the start, the middle and the end.
    clean.replace('<Policies>', '<Policies>\n    <Ena'),
    clean.replace('</Policies>', '<Disable\n  </Policies>'),
    clean + '<Stray',
    // An error the pre-pass has nothing to do with, then a tag without '>' after it.
    clean.replace('true', 'tr&ue') + '<a <b>',
    // A misspelt end tag (no error from saxes) and a '<' inside an attribute value.
    clean.replace('</Policies>', '</Policy>'),
    '<config version="1<0"><a>x</a></config>',
    // Comments, processing instructions, CDATA and a DOCTYPE hold '<' that is no tag.
    '<?xml version="1.0"?><!DOCTYPE c [<!ENTITY a "<">]><c><!-- a < b --><?pi <x ?><![CDATA[ <y ]]><d/></c>',
    '<c><!-- never closed <a>',
    // A start tag and an end tag longer than the bound, in a well-formed file.
    `<c><a b="${'x'.repeat(XML_LIMITS.maxTagLength)}">v</a></c>`,
    `<c><a>v</a${' '.repeat(XML_LIMITS.maxTagLength)}></c>`,
    // Deeper than the depth bound, with a tag without '>' after the point where reading stops.
    '<a>'.repeat(XML_LIMITS.maxDepth + 5) + '<b',
  ];
  for (const text of cases) assertSame(text);
});

test('the jabber-config and property-list files of the corpus and examples read the same as behind the pre-pass', () => {
  const roots = [path.resolve(__dirname, '../../examples'), path.resolve(__dirname, '../../../shared/corpus')];
  let files = 0;
  const visit = (dir: string): void => {
    if (!fs.existsSync(dir)) return;
    for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
      const p = path.join(dir, e.name);
      if (e.isDirectory()) visit(p);
      else if (/\.(xml|plist)$/i.test(e.name)) {
        assertSame(fs.readFileSync(p, 'utf8'));
        files++;
      }
    }
  };
  for (const r of roots) visit(r);
  assert.ok(files >= 5, `${files} files`);
});

/** Pieces of broken and well-formed markup. */
const piece = fc.constantFrom(
  ...MARKUP_TOKENS,
  '<a b="1">',
  '<a b="<">',
  "<a b='>'>",
  '<Ena',
  '</Policies',
  '</ a>',
  '<config version="1.0">',
  '</config>',
  '<Policies>',
  '</Policies>',
  '<EnableVideo>true</EnableVideo>',
  'text',
  ' ',
  '\n',
  '&amp;',
  '&x;',
  '<!--',
  '-->',
  '<!-- < -->',
  '<![CDATA[',
  ']]>',
  '<?pi x?>',
  '<?',
  '<!DOCTYPE c [<!ENTITY a "b">]>',
  '<!DOCTYPE',
  '<!x',
  // Line breaks of every kind, a byte-order mark, surrogates, and a DOCTYPE whose quoted strings and
  // internal subset hold '<' and '>'.
  '\r\n',
  '\r',
  '\uFEFF',
  '\uD83D',
  '<\uD83D\uDE00>',
  '<!DOCTYPE a SYSTEM "x>y"',
  '<!ENTITY e "<b>">',
  '[',
  ']>',
  '"',
);

test('generated markup, broken or not, reads the same as behind the pre-pass', () => {
  fc.assert(
    fc.property(fc.array(piece, { maxLength: 40 }), (pieces) => assertSame(pieces.join(''))),
    fuzzParams(300),
  );
});

test("a DOCTYPE's quoted '>' and an entity value holding '<' are no tag left open, whether or not the text gave a doubt", () => {
  // saxes reads a quoted string and the internal subset (its quotes, comments and processing
  // instructions) as part of the declaration; so must the pre-pass, or it blanks half the declaration
  // and the root element becomes text after a broken one.
  const doctypes = [
    '<!DOCTYPE config SYSTEM "a>b" [<!ENTITY e "<b>">]>',
    "<!DOCTYPE config PUBLIC 'p>' \"s\" [<!ENTITY e '<b'>]>",
    '<!DOCTYPE config [<!-- ] > <b --><!ENTITY e "]<x">]>',
    '<!DOCTYPE config [<?pi ]> <b ?>]>',
  ];
  for (const doctype of doctypes) {
    for (const body of ['<config><a>1</a></config>', '<config><a>&z;</a></config>']) {
      const text = doctype + body;
      const doc = parseXml(text);
      assert.deepEqual(
        doc.roots.map((r) => r.name),
        ['config'],
        text,
      );
      assert.deepEqual(
        doc.errors.filter((e) => e.message === 'xml.tagNotClosed'),
        [],
        text,
      );
      assertSame(text);
    }
  }
});

test('read in one piece, a text with a tag left open near its start is read about once, not twice', () => {
  // How many characters saxes reads: a reading that doubts at its first piece stops there when the
  // pre-pass finds something, so the text is read once more behind it, not twice in full.
  const proto = TolerantSaxesParser.prototype as unknown as { write(chunk: string | null): unknown; position: number };
  const write = proto.write;
  let given = 0;
  proto.write = function (this: typeof proto, chunk: string | null) {
    const before = this.position;
    try {
      return write.call(this, chunk);
    } finally {
      given += this.position - before;
    }
  };
  try {
    const line = '<Policies><EnableVideo>true</EnableVideo></Policies>\n';
    const body = line.repeat(2000);
    for (const text of [`<config><Ena\n${body}</config>`, `<config>${line.repeat(40)}<Ena\n${body}</config>`]) {
      given = 0;
      const doc = parseXml(text);
      assert.deepEqual(
        doc.errors.map((e) => e.message),
        ['xml.tagNotClosed'],
      );
      assert.ok(given < text.length * 1.1, `${given} characters read for ${text.length}`);
    }
  } finally {
    proto.write = write;
  }
});

test('names and short texts kept once in a large file: strings that meet in one slot, surrogate pairs and empty texts read as written', () => {
  // The slot of a string is its length and its first, middle and last characters: 'a0m1z' and 'a1m0z' meet in one.
  const names = ['a0m1z', 'a1m0z', 'a2m2z', 'b\uD83D\uDE00b', 'b\uD83D\uDE01b', 'c'];
  const values = ['', 'x0y1z', 'x1y0z', '\uD83D\uDE00', '\uD83D\uDE01', ' ', 'true'];
  const parts: string[] = [];
  for (let i = 0; parts.join('').length < 100_000; i++) {
    const n = names[i % names.length];
    parts.push(`<${n}>${values[(i * 7) % values.length]}</${n}>`);
  }
  const text = `<root>${parts.join('\n')}</root>`;
  const doc = parseXml(text);
  const children = doc.roots[0].children;
  assert.equal(children.length, parts.length);
  children.forEach((el, i) => {
    const n = names[i % names.length];
    assert.equal(el.name, n);
    assert.equal(el.text, values[(i * 7) % values.length]);
  });
  assertSame(text);
});

test('a tag left open for longer than the tag bound stops the reading there, as a long tag does', () => {
  for (const filler of ['x'.repeat(XML_LIMITS.maxTagLength + 10), 'x x\r\n'.repeat(XML_LIMITS.maxTagLength / 4)]) {
    const text = `<c><a>1</a><b ${filler}<d/></c>`;
    const doc = parseXml(text);
    assert.deepEqual(doc.limit, { reason: 'tag', at: text.indexOf('<b'), max: XML_LIMITS.maxTagLength });
    assert.deepEqual(
      doc.roots[0].children.map((e) => e.name),
      ['a'],
    );
    assertSame(text);
  }
});
