// jabber-config.xml → groups → parameters, with the ranges every feature needs. The structure is
// tiny (root <config version="1.0">, seven group elements, flat <Name>value</Name> parameters) but
// the file is edited by hand, so the model is built from the tolerant XML parse and never throws.
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { parseXml, type XmlDocument, type XmlElement } from './xml';

export interface JabberParameterNode {
  name: string;
  element: XmlElement;
  /** Trimmed, entity-decoded text. */
  value: string;
  /** Range of the trimmed value in the source (empty range after the start tag when there is no value). */
  valueStart: number;
  valueEnd: number;
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
export function buildJabberModel(xml: XmlDocument): JabberConfigModel {
  const root = xml.roots[0];
  const model: JabberConfigModel = { xml, root, groups: [], looseParameters: [] };
  if (!root) return model;
  // Cisco's TAC notes publish bare <Directory> fragments; treat a root that is not <config> but
  // holds parameters as one group, so those fragments are still checked (root-element reports it).
  const groupElements = root.name === 'config' ? root.children : [root];
  for (const el of groupElements) {
    if (el.children.length === 0 && el.text.trim() !== '' && root.name === 'config') {
      model.looseParameters.push(parameterNode(xml.text, el));
      continue;
    }
    const group: JabberGroupNode = { name: el.name, element: el, parameters: [] };
    for (const child of el.children) {
      const p = parameterNode(xml.text, child);
      p.group = group;
      group.parameters.push(p);
    }
    model.groups.push(group);
  }
  return model;
}

function parameterNode(text: string, el: XmlElement): JabberParameterNode {
  const raw = el.textStart !== undefined && el.textEnd !== undefined ? text.slice(el.textStart, el.textEnd) : '';
  const lead = raw.length - raw.trimStart().length;
  const trail = raw.length - raw.trimEnd().length;
  const valueStart = el.textStart !== undefined ? el.textStart + lead : el.startTagEnd;
  const valueEnd = el.textEnd !== undefined && raw.trim() !== '' ? el.textEnd - trail : valueStart;
  return { name: el.name, element: el, value: el.children.length ? '' : el.text.trim(), valueStart, valueEnd };
}

/** Every parameter in the file, in document order. */
export function allParameters(model: JabberConfigModel): JabberParameterNode[] {
  const out = [...model.looseParameters];
  // One push per parameter: a spread of a huge group would overflow the call stack.
  for (const g of model.groups) for (const p of g.parameters) out.push(p);
  return out.sort((a, b) => a.element.start - b.element.start);
}

const cache = new WeakMap<TextDocument, { version: number; text: string; model: JabberConfigModel }>();

/**
 * One parse per document version, shared by every feature and by the cross-file rules of other
 * formats: a keystroke parses each jabber-config once, however many requests and rules follow it.
 */
export function jabberModelOf(doc: TextDocument): JabberConfigModel {
  const hit = cache.get(doc);
  if (hit && hit.version === doc.version && (doc.version !== 0 || hit.text === doc.getText())) return hit.model;
  const text = doc.getText();
  const model = parseJabberConfig(text);
  cache.set(doc, { version: doc.version, text, model });
  return model;
}
