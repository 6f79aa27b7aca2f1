// jabber-config.xml → groups → parameters, with the ranges every feature needs. The structure is
// tiny (root <config version="1.0">, seven group elements, flat <Name>value</Name> parameters) but
// the file is edited by hand, so the model is built from the tolerant XML parse and never throws.
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { parseXml, type XmlDocument, type XmlElement } from './xml';
import { reparseXml } from './xmlReparse';
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

/** A group is an element whose children are elements; a parameter is a leaf (or a known XML-valued one). */
export function buildJabberModel(xml: XmlDocument, previous?: PreviousModel): JabberConfigModel {
  const root = xml.roots[0];
  const model: JabberConfigModel = { xml, root, groups: [], looseParameters: [] };
  if (!root) return model;
  const reuse = previous && reusableNodes(previous);
  const nodeOf = (el: XmlElement): JabberParameterNode => reuse?.parameters.get(el) ?? new ParameterNode(xml.text, el);
  // Cisco's TAC notes publish bare <Directory> fragments; treat a root that is not <config> but
  // holds parameters as one group, so those fragments are still checked (root-element reports it).
  const groupElements = root.name === 'config' ? root.children : [root];
  for (const el of groupElements) {
    if (el.children.length === 0 && el.text.trim() !== '' && root.name === 'config') {
      const p = nodeOf(el);
      p.group = undefined;
      model.looseParameters.push(p);
      continue;
    }
    const same = reuse?.groups.get(el);
    if (same) {
      model.groups.push(same);
      continue;
    }
    const group: JabberGroupNode = { name: el.name, element: el, parameters: [] };
    for (const child of el.children) {
      const p = nodeOf(child);
      p.group = group;
      group.parameters.push(p);
    }
    model.groups.push(group);
  }
  return model;
}

/** The model of the previous version and the elements an incremental re-parse changed (xmlReparse.ts). */
export interface PreviousModel {
  model: JabberConfigModel;
  touched: XmlElement[];
}

/**
 * What an edit left valid: groups it did not touch, whole, and inside the touched ones the parameter
 * nodes of untouched elements (their ranges follow the element, which the re-parse only moved).
 */
function reusableNodes({ model, touched }: PreviousModel): { groups: Map<XmlElement, JabberGroupNode>; parameters: Map<XmlElement, JabberParameterNode> } {
  const changed = new Set(touched);
  const groups = new Map<XmlElement, JabberGroupNode>();
  const parameters = new Map<XmlElement, JabberParameterNode>();
  for (const p of model.looseParameters) if (!changed.has(p.element)) parameters.set(p.element, p);
  for (const g of model.groups) {
    if (!changed.has(g.element)) groups.set(g.element, g);
    else for (const p of g.parameters) if (!changed.has(p.element)) parameters.set(p.element, p);
  }
  return { groups, parameters };
}

/**
 * A parameter element read as name and value. The value's range is computed from the element on
 * demand, so a node stays right when an incremental re-parse only moves its element.
 */
class ParameterNode implements JabberParameterNode {
  readonly name: string;
  readonly value: string;
  group?: JabberGroupNode;
  private readonly lead: number;
  private readonly trail: number;
  private readonly blank: boolean;

  constructor(text: string, readonly element: XmlElement) {
    const raw = element.textStart !== undefined && element.textEnd !== undefined ? text.slice(element.textStart, element.textEnd) : '';
    this.name = element.name;
    this.value = element.children.length ? '' : element.text.trim();
    this.lead = raw.length - raw.trimStart().length;
    this.trail = raw.length - raw.trimEnd().length;
    this.blank = raw.trim() === '';
  }

  get valueStart(): number {
    const el = this.element;
    return el.textStart !== undefined ? el.textStart + this.lead : el.startTagEnd;
  }

  get valueEnd(): number {
    const el = this.element;
    return el.textEnd !== undefined && !this.blank ? el.textEnd - this.trail : this.valueStart;
  }
}

/** Every parameter in the file, in document order. */
export function allParameters(model: JabberConfigModel): JabberParameterNode[] {
  const out = [...model.looseParameters];
  // One push per parameter: a spread of a huge group would overflow the call stack.
  for (const g of model.groups) for (const p of g.parameters) out.push(p);
  return out.sort((a, b) => a.element.start - b.element.start);
}

// The previous version's elements are updated in place by reparseXml: nothing keeps a model across versions.
const cache = new DocumentCache<JabberConfigModel>((text, _doc, previous) => {
  const re = previous && reparseXml(previous.value.xml, text);
  return re ? buildJabberModel(re.doc, { model: previous.value, touched: re.touched }) : parseJabberConfig(text);
});

/**
 * One parse per document version, shared by every feature and by the cross-file rules of other
 * formats: a keystroke parses each jabber-config once, however many requests and rules follow it,
 * and only the part it changed when the previous version's parse can be reused (xmlReparse.ts).
 */
export function jabberModelOf(doc: TextDocument): JabberConfigModel {
  return cache.get(doc);
}
