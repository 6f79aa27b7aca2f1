// jabber-config.xml → groups → parameters, with the ranges every feature needs. The structure is
// tiny (root <config version="1.0">, seven group elements, flat <Name>value</Name> parameters) but
// the file is edited by hand, so the model is built from the tolerant XML parse and never throws.
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { parseXml, parseXmlInSteps, type XmlDocument, type XmlElement } from './xml';
import { runSteps, type Steps } from '../core/steps';
import { DocumentCache } from './documentCache';

export interface JabberParameterNode {
  readonly name: string;
  readonly element: XmlElement;
  /** Trimmed, entity-decoded text. */
  readonly value: string;
  /** Range of the trimmed value in the source (empty range after the start tag when there is no value). */
  readonly valueStart: number;
  readonly valueEnd: number;
  group?: JabberGroupNode;
}

export interface JabberGroupNode {
  name: string;
  element: XmlElement;
  parameters: JabberParameterNode[];
}

export interface JabberConfigModel {
  xml: XmlDocument;
  /** The root element, whatever its name (validation says when it is not <config>). */
  root?: XmlElement;
  groups: JabberGroupNode[];
  /** Elements placed directly under the root that look like parameters rather than groups. */
  looseParameters: JabberParameterNode[];
}

export function parseJabberConfig(text: string): JabberConfigModel {
  return buildJabberModel(parseXml(text));
}

/** The same parse as parseJabberConfig, in steps of a fraction of a millisecond (the server answers requests between them). */
export function* parseJabberConfigInSteps(text: string): Steps<JabberConfigModel> {
  return yield* buildJabberModelInSteps(yield* parseXmlInSteps(text));
}

/** A group is an element whose children are elements; a parameter is a leaf (or a known XML-valued one). */
export function buildJabberModel(xml: XmlDocument): JabberConfigModel {
  return runSteps(buildJabberModelInSteps(xml));
}

/** Parameters modelled per step. */
const PARAMETERS_PER_STEP = 4096;

function* buildJabberModelInSteps(xml: XmlDocument): Steps<JabberConfigModel> {
  const root = xml.roots[0];
  const model: JabberConfigModel = { xml, root, groups: [], looseParameters: [] };
  if (!root) return model;
  let turns = 0;
  // Cisco's TAC notes publish bare <Directory> fragments; treat a root that is not <config> but
  // holds parameters as one group, so those fragments are still checked (root-element reports it).
  const groupElements = root.name === 'config' ? root.children : [root];
  for (const el of groupElements) {
    if (++turns % PARAMETERS_PER_STEP === 0) yield;
    if (el.children.length === 0 && el.text.trim() !== '' && root.name === 'config') {
      model.looseParameters.push(new ParameterNode(xml.text, el));
      continue;
    }
    const group: JabberGroupNode = { name: el.name, element: el, parameters: [] };
    for (const child of el.children) {
      if (++turns % PARAMETERS_PER_STEP === 0) yield;
      const p = new ParameterNode(xml.text, child);
      p.group = group;
      group.parameters.push(p);
    }
    model.groups.push(group);
  }
  return model;
}

/** A parameter element read as name and value, with the range of the trimmed value, worked out once. */
class ParameterNode implements JabberParameterNode {
  declare readonly name: string;
  declare readonly value: string;
  declare readonly valueStart: number;
  declare readonly valueEnd: number;
  group: JabberGroupNode | undefined = undefined;

  constructor(
    text: string,
    readonly element: XmlElement,
  ) {
    this.name = element.name;
    this.value = element.children.length ? '' : element.text.trim();
    // Leading and trailing white space of the raw text, counted in place (no copies of the text).
    if (element.textStart === undefined || element.textEnd === undefined) {
      this.valueStart = this.valueEnd = element.textStart ?? element.startTagEnd;
      return;
    }
    const from = element.textStart;
    const to = element.textEnd;
    let a = from;
    while (a < to && isWhite(text.charCodeAt(a))) a++;
    let b = to;
    while (b > a && isWhite(text.charCodeAt(b - 1))) b--;
    this.valueStart = a;
    this.valueEnd = a === b ? a : b;
  }
}

/** The characters String#trim removes (ECMAScript WhiteSpace and LineTerminator). */
function isWhite(c: number): boolean {
  return (
    c === 32 ||
    (c >= 9 && c <= 13) ||
    (c >= 0xa0 &&
      (c === 0xa0 ||
        c === 0x1680 ||
        (c >= 0x2000 && c <= 0x200a) ||
        c === 0x2028 ||
        c === 0x2029 ||
        c === 0x202f ||
        c === 0x205f ||
        c === 0x3000 ||
        c === 0xfeff))
  );
}

/** Every parameter in the file, in document order. */
export function allParameters(model: JabberConfigModel): JabberParameterNode[] {
  const out = [...model.looseParameters];
  // One push per parameter: a spread of a huge group would overflow the call stack.
  for (const g of model.groups) for (const p of g.parameters) out.push(p);
  return out.sort((a, b) => a.element.start - b.element.start);
}

// Keyed by the document and checked against its text as well as its version, released on close.
const cache = new DocumentCache<JabberConfigModel>(
  (text) => parseJabberConfig(text),
  (text) => parseJabberConfigInSteps(text),
);

/**
 * One parse per document version, shared by every feature and by the cross-file rules of other
 * formats: a keystroke parses each jabber-config once, however many requests and rules follow it.
 * A whole parse is cheap (about 2x a bare saxes scan; docs/benchmarks.md), so nothing is re-parsed
 * in part: an incremental re-parse was removed as not worth its complexity.
 */
export function jabberModelOf(doc: TextDocument): JabberConfigModel {
  return cache.get(doc);
}

/**
 * The parse jabberModelOf would do, in steps the server runs between requests (handlers/parsing.ts);
 * undefined when the document is parsed already or small enough to parse at once.
 */
export function jabberModelInSteps(doc: TextDocument): Steps<void> | undefined {
  return cache.parseInSteps(doc);
}
