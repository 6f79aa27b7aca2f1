// The XML reader takes each tag's `<` from saxes' own state instead of searching the text back for
// it, and builds its model from saxes' events. These properties compare that model with what saxes
// reports through its events read the plain way (a search back for each tag's `<`, the text handler's
// text), on generated documents full of what markup and text can hold: entities and character
// references, every kind of line end, stray `<` and `&`, CDATA, comments, an XML 1.1 declaration.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { fuzzParams } from '../fuzz';
import { parseXml, TolerantSaxesParser, walk, type XmlDocument } from '../../server/formats/xml';

const params = fuzzParams(Number(process.env.XML_TEXT_RUNS ?? 600));

interface Seen {
  name: string;
  hasChildren?: boolean;
  start: number;
  text: string;
  textStart?: number;
  endTagStart?: number;
}

/** What saxes itself says of each element (with the reader's reading of a misspelt end tag): its
 *  name, the `<` before it, its text as the text handler gives it. */
function bySaxes(text: string): { elements: Seen[]; stray: string } {
  const parser = new TolerantSaxesParser({ position: true });
  const elements: Seen[] = [];
  const stack: Seen[] = [];
  let stray = '';
  parser.on('error', () => undefined);
  parser.on('opentag', (tag) => {
    const el: Seen = { name: tag.name, start: text.lastIndexOf('<', parser.position - 1), text: '' };
    const parent = stack[stack.length - 1];
    if (parent) parent.hasChildren = true;
    elements.push(el);
    if (!tag.isSelfClosing) stack.push(el);
  });
  parser.on('closetag', (tag) => {
    if (tag.isSelfClosing) return;
    const el = stack.pop();
    if (el) el.endTagStart = text.lastIndexOf('</', parser.position - 1);
  });
  const add = (value: string, cdata: boolean) => {
    const el = stack[stack.length - 1];
    if (!el) stray += value;
    // White space between child elements is layout: the reader keeps it out of the parent's text.
    else if (cdata || !el.hasChildren || /[^ \t\r\n]/.test(value)) el.text += value;
  };
  parser.on('text', (t) => add(t, false));
  parser.on('cdata', (t) => add(t, true));
  parser.write(text).close();
  return { elements, stray };
}

/** The text saxes is given: a tag being typed (a `<` with another `<` before any `>`) is blanked first. */
function asRead(text: string, doc: XmlDocument): string {
  let out = text;
  for (const e of doc.errors)
    if (e.message === 'xml.tagNotClosed') out = out.slice(0, e.start) + out.slice(e.start, e.end).replace(/[^\r\n]/g, ' ') + out.slice(e.end);
  return out;
}

/** Pieces a text may hold, the awkward ones often. */
const textPiece = fc.oneof(
  fc.constantFrom('a', 'x y', ' ', '\t', '&amp;', '&lt;', '&gt;', '&quot;', '&apos;', '&#65;', '&#x42;', '&#0;', '&#xD800;', '&bogus;', '&;', '& ', '&amp'),
  fc.constantFrom('\n', '\r\n', '\r', '\u0085', '\u2028', ']]>', '< ', '<>', '</>', '<![CDATA[c&amp;<]]>', '<!-- c -->', '<?pi x?>', 'é', '😀', '\u0001'),
  fc.string({ maxLength: 4 }),
);
const content = fc.array(textPiece, { maxLength: 6 }).map((xs) => xs.join(''));
const names = fc.constantFrom('a', 'B', 'Policies', 'EnableVideo', 'x');

/** A tree of elements with text around and between them, sometimes left open at the end. */
const element: fc.Memo<string> = fc.memo((depth) =>
  fc
    .tuple(names, content, depth > 1 ? fc.array(element(depth - 1), { maxLength: 3 }) : fc.constant([]), content, fc.boolean())
    .map(([name, before, children, after, selfClose]) =>
      selfClose && !children.length ? `<${name}/>` : `<${name}>${before}${children.join('')}${after}</${name}>`,
    ),
);
const documents = fc
  .tuple(
    fc.constantFrom('', '<?xml version="1.0"?>', '<?xml version="1.1"?>', '\uFEFF', '<!DOCTYPE x>'),
    content,
    element(3),
    content,
    fc.constantFrom('', '<open>', '<open>tail&amp;', '<open>tail&am'),
  )
  .map(([prolog, before, root, after, end]) => prolog + before + root + after + end);

test('element text read from the source is the text saxes reports, on generated documents', () => {
  fc.assert(
    fc.property(documents, (text) => {
      const doc = parseXml(text);
      // A tag name saxes refuses (`<:</a>`) ends where the next tag starts, and the search back for a `<`
      // then finds that tag's `<` instead: the reference is wrong there (the reader takes saxes' own
      // position of the `<`), so such documents are not compared. Found with seed 77777 after 21 895 cases.
      fc.pre(!doc.errors.some((e) => /disallowed character in tag name/.test(e.message)));
      const ours = [...walk(doc.roots)];
      const theirs = bySaxes(asRead(text, doc)).elements;
      assert.equal(ours.length, theirs.length, 'elements');
      ours.forEach((el, i) => {
        const ref = theirs[i];
        assert.equal(el.name, ref.name);
        assert.equal(el.start, ref.start, `start of <${el.name}>`);
        if (el.closed && !el.selfClosing) assert.equal(el.endTagStart, ref.endTagStart, `end tag of <${el.name}>`);
        assert.equal(el.text, ref.text, `text of <${el.name}>`);
        if (el.textStart !== undefined) assert.ok(el.textStart >= el.startTagEnd && el.textEnd! <= text.length && el.textStart <= el.textEnd!);
      });
    }),
    params,
  );
});

test('text outside the root is stray only when saxes reads something other than white space there', () => {
  fc.assert(
    fc.property(content, content, (before, after) => {
      const text = `${before}<a/>${after}`;
      const doc = parseXml(text);
      assert.equal(doc.strayText.length > 0, bySaxes(asRead(text, doc)).stray.trim() !== '', JSON.stringify(text));
    }),
    params,
  );
});

test('a URL with &amp; and a value with a CRLF read as saxes reads them', () => {
  const text = '<config>\r\n<A>https://h/x?a=1&amp;b=2</A>\r\n<B>one\r\ntwo &#x41;</B></config>';
  const [a, b] = parseXml(text).roots[0].children;
  assert.equal(a.text, 'https://h/x?a=1&b=2');
  assert.equal(b.text, 'one\ntwo A');
  assert.equal(text.slice(a.textStart!, a.textEnd!), 'https://h/x?a=1&amp;b=2');
});
