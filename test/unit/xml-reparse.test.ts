// The incremental re-parse must give exactly what a full parse of the new text gives, or decline.
// Random edits made of the pieces people type in a jabber-config (tags, values, end tags, comments,
// half-typed markup) are applied one after another, each reparse feeding the next, as the server does.
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { test } from 'node:test';
import fc from 'fast-check';
import { parseXml, type XmlDocument, type XmlElement } from '../../server/formats/xml';
import { reparseXml } from '../../server/formats/xmlReparse';

const RUNS = Number(process.env.FUZZ_RUNS ?? 150);
const SEED = process.env.FUZZ_SEED ? Number(process.env.FUZZ_SEED) : undefined;

const repo = path.resolve(__dirname, '../..');
const corpus = path.resolve(repo, '../shared/corpus/jabber-config');
const samples = [fs.readFileSync(path.join(repo, 'examples/jabber-config.xml'), 'utf8')];
if (fs.existsSync(corpus)) for (const f of fs.readdirSync(corpus)) if (f.endsWith('.xml')) samples.push(fs.readFileSync(path.join(corpus, f), 'utf8'));

/** Everything a feature can read from a parse; blank mixed-content text is compared trimmed (see xmlReparse). */
function snapshot(doc: XmlDocument): unknown {
  const el = (e: XmlElement): unknown => ({
    name: e.name, start: e.start, end: e.end, nameStart: e.nameStart, nameEnd: e.nameEnd, startTagEnd: e.startTagEnd,
    endTagStart: e.endTagStart, selfClosing: e.selfClosing, closed: e.closed, attributes: e.attributes,
    text: e.children.length ? e.text.trim() : e.text, textStart: e.textStart, textEnd: e.textEnd,
    parentName: e.parent?.name, children: e.children.map(el),
  });
  return { text: doc.text, roots: doc.roots.map(el), errors: doc.errors, declaration: doc.declaration, doctype: doc.doctype, strayText: doc.strayText };
}

const PIECES = ['<', '>', '</', '/>', '"', '=', '&', '&amp;', ';', '<!--', '-->', '<![CDATA[', ']]>', '\n', '  ', 'true', 'false',
  '<EnableVideo>', '</EnableVideo>', '<EnableVideo>true</EnableVideo>', '<Policies>', '</Policies>', '</config>', '<Options/>',
  '<Ena', '</Ena', 'x', 'é', '한', '<?xml version="1.0"?>', '<!DOCTYPE x>'];
const piece = fc.oneof(fc.constantFrom(...PIECES), fc.string({ maxLength: 4 }));
const edit = fc.record({ at: fc.double({ min: 0, max: 1, noNaN: true }), len: fc.nat({ max: 8 }), text: fc.array(piece, { maxLength: 3 }).map((a) => a.join('')) });

test('reparse after random edits equals a full parse of the new text, or declines', () => {
  let reused = 0;
  let total = 0;
  fc.assert(
    fc.property(fc.nat(), fc.array(edit, { minLength: 1, maxLength: 12 }), (pick, edits) => {
      let doc = parseXml(samples[pick % samples.length]);
      for (const e of edits) {
        const start = Math.floor(e.at * doc.text.length);
        const next = doc.text.slice(0, start) + e.text + doc.text.slice(Math.min(doc.text.length, start + e.len));
        const fresh = parseXml(next);
        const incremental = reparseXml(doc, next)?.doc;
        total++;
        if (incremental) {
          reused++;
          assert.deepEqual(snapshot(incremental), snapshot(fresh), `edit at ${start}: ${JSON.stringify(e.text)} replacing ${e.len}`);
          doc = incremental;
        } else doc = fresh;
      }
    }),
    { numRuns: RUNS, ...(SEED !== undefined ? { seed: SEED } : {}) },
  );
  // Random pieces often break a tag name, which saxes recovers from by closing every open element, so
  // many edits need the full parse; the realistic typing below must take the fast path every time.
  assert.ok(reused > total / 50, `reparse reused the old parse for only ${reused} of ${total} edits`);
});

test('typing a parameter into a large group reparses locally and stays exact', () => {
  const params = Array.from({ length: 3000 }, (_, i) => `    <P${i}>v${i}</P${i}>`).join('\n');
  let text = `<?xml version="1.0"?>\n<config version="1.0">\n  <Policies>\n${params}\n  </Policies>\n  <Phone>\n    <TftpServer1>tftp</TftpServer1>\n  </Phone>\n</config>\n`;
  let doc = parseXml(text);
  const at = text.indexOf('    <P1500>');
  // One keystroke at a time, as an editor sends them: '<', 'E', 'n', …, then the value and end tag.
  const typed = '<EnableVideo>true</EnableVideo>\n';
  for (let i = 1; i <= typed.length; i++) {
    text = text.slice(0, at) + typed.slice(0, i) + text.slice(at + i - 1);
    const next = reparseXml(doc, text)?.doc;
    assert.ok(next, `a full parse was needed after typing ${JSON.stringify(typed.slice(0, i))}`);
    assert.deepEqual(snapshot(next), snapshot(parseXml(text)), `after typing ${JSON.stringify(typed.slice(0, i))}`);
    doc = next;
  }
  const policies = doc.roots[0].children[0];
  assert.equal(policies.children.length, 3001);
  assert.equal(policies.children[1500].name, 'EnableVideo');
  assert.equal(policies.children[1500].text, 'true');
  const phone = doc.roots[0].children[1];
  assert.equal(text.slice(phone.children[0].start, phone.children[0].end), '<TftpServer1>tftp</TftpServer1>');
});

test('a value edit in a leaf reuses the parse; an end tag that closes an ancestor does not', () => {
  const text = '<config version="1.0">\n  <Policies>\n    <EnableVideo>true</EnableVideo>\n    <X>1</X>\n  </Policies>\n</config>\n';
  const doc = parseXml(text);
  const edited = text.replace('true</', 'false</');
  const next = reparseXml(doc, edited)?.doc;
  assert.ok(next, 'a value edit is reparsed locally');
  assert.equal(next.roots[0].children[0].children[0].text, 'false');
  assert.equal(next.roots[0].children[0].children[1].start, edited.indexOf('<X>'));
  const closing = text.replace('<X>1</X>', '</config><X>1</X>');
  assert.equal(reparseXml(parseXml(text), closing), undefined);
});

test('deleting and pasting whole parameter lines reparses locally', () => {
  const params = Array.from({ length: 200 }, (_, i) => `    <P${i}>v${i}</P${i}>`).join('\n');
  const text = `<config version="1.0">\n  <Policies>\n${params}\n  </Policies>\n</config>\n`;
  const line = '    <P100>v100</P100>\n';
  const deleted = text.replace(line, '');
  const a = reparseXml(parseXml(text), deleted)?.doc;
  assert.ok(a);
  assert.deepEqual(snapshot(a), snapshot(parseXml(deleted)));
  const pasted = text.replace(line, line + '    <EnableVideo>true</EnableVideo>\n    <Meetings_Enabled>false</Meetings_Enabled>\n');
  const b = reparseXml(parseXml(text), pasted)?.doc;
  assert.ok(b);
  assert.deepEqual(snapshot(b), snapshot(parseXml(pasted)));
});
