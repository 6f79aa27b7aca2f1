// jabber-config.xml → groups → parameters, with the ranges every feature needs. The structure is
// tiny (root <config version="1.0">, seven group elements, flat <Name>value</Name> parameters) but
// the file is edited by hand, so the model is built from the tolerant XML parse and never throws.
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { parseXml, parseXmlInSteps, XmlElementNode, type XmlDocument, type XmlElement } from './xml';
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
}

export interface JabberGroupNode {
  readonly name: string;
  readonly element: XmlElement;
  readonly parameters: readonly JabberParameterNode[];
}

export interface JabberConfigModel {
  xml: XmlDocument;
  /** The root element, whatever its name (validation says when it is not <config>). */
  root?: XmlElement;
  groups: JabberGroupNode[];
  /** Elements placed directly under the root that look like parameters rather than groups. */
  looseParameters: JabberParameterNode[];
}

/**
 * A jabber-config's elements, which are also its parameter and group nodes: what a node adds to its
 * element is a getter on the prototype, so a parameter costs the model no object of its own, and an
 * element no field the reader does not need (a file of 100 000 parameters is mostly the garbage
 * collector moving what the parse keeps).
 */
class JabberNode extends XmlElementNode implements JabberParameterNode, JabberGroupNode {
  get element(): XmlElement {
    return this;
  }
  get parameters(): readonly JabberNode[] {
    return this.children as JabberNode[];
  }
  get value(): string {
    // trim() returns the very string when there is nothing to trim: no copy for a plain value.
    return this.children.length ? '' : this.text.trim();
  }
  /** The range of the raw text without the white space String#trim removes, counted in the source when asked (a diagnostic on the value, a hover). */
  get valueStart(): number {
    return valueRange(this)[0];
  }
  get valueEnd(): number {
    return valueRange(this)[1];
  }
}

/** The text each parse read, by its first root: what a node's value range is counted in. */
const sources = new WeakMap<XmlElement, string>();
function sourceOf(el: XmlElement): string | undefined {
  let top = el;
  while (top.parent) top = top.parent;
  return sources.get(top);
}

/** White space as String#trim removes it: `\s` is the same set (ECMAScript WhiteSpace and LineTerminator). */
const WHITE = /\s/;

function valueRange(el: XmlElement): [number, number] {
  let a = el.textStart ?? el.startTagEnd;
  let b = el.textEnd ?? a;
  const text = sourceOf(el);
  if (text !== undefined) {
    while (a < b && WHITE.test(text[a])) a++;
    while (b > a && WHITE.test(text[b - 1])) b--;
  }
  return [a, b];
}

export function parseJabberConfig(text: string): JabberConfigModel {
  return runSteps(buildJabberModelInSteps(parseXml(text, JabberNode)));
}

/** The same parse as parseJabberConfig, in steps of a fraction of a millisecond (the server answers requests between them). */
export function* parseJabberConfigInSteps(text: string): Steps<JabberConfigModel> {
  return yield* buildJabberModelInSteps(yield* parseXmlInSteps(text, undefined, JabberNode));
}

/** Children of the root sorted per step. */
const ELEMENTS_PER_STEP = 4096;

/**
 * A group is an element whose children are elements; a parameter is a leaf (or a known XML-valued one).
 * Reads a document of JabberNode elements: one turn per child of the root, none per parameter.
 */
function* buildJabberModelInSteps(xml: XmlDocument): Steps<JabberConfigModel> {
  const root = xml.roots[0] as JabberNode | undefined;
  const model: JabberConfigModel = { xml, root, groups: [], looseParameters: [] };
  if (!root) return model;
  sources.set(root, xml.text);
  // Cisco's TAC notes publish bare <Directory> fragments; treat a root that is not <config> but
  // holds parameters as one group, so those fragments are still checked (root-element reports it).
  if (root.name !== 'config') model.groups.push(root);
  else {
    const children = root.children as JabberNode[];
    for (let i = 0; i < children.length; i++) {
      if (i % ELEMENTS_PER_STEP === ELEMENTS_PER_STEP - 1) yield;
      const el = children[i];
      if (el.children.length === 0 && el.text.trim() !== '') model.looseParameters.push(el);
      else model.groups.push(el);
    }
  }
  return model;
}

/** Every parameter in the file, in document order. */
export function allParameters(model: JabberConfigModel): JabberParameterNode[] {
  const out = [...model.looseParameters];
  // One push per parameter: a spread of a huge group would overflow the call stack.
  for (const g of model.groups) for (const p of g.parameters) out.push(p);
  // Groups are the root's children in document order and hold their parameters in order: only
  // parameters placed between the groups need sorting in.
  return model.looseParameters.length ? out.sort((a, b) => a.element.start - b.element.start) : out;
}

// Keyed by the document and checked against its text as well as its version, released on close.
const cache = new DocumentCache<JabberConfigModel>(parseJabberConfig, parseJabberConfigInSteps);

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
