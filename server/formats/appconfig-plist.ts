// Reads an iOS managed app configuration: the <dict> of <key>/<value> pairs that Intune's
// "Enter XML data" takes, or a whole plist document (<?xml?><!DOCTYPE plist><plist><dict>…).
// Built on the shared tolerant XML reader, so a tag left open while typing costs one syntax error
// and every other pair is still modelled. Only the top-level pairs are app-configuration keys;
// nested <dict>/<array> values are kept whole.
import { cutElement, parseXmlInSteps, XML_LIMIT_CODES, xmlErrorText, type XmlElement } from './xml';
import { runSteps, type Steps } from '../core/steps';
import { binaryContent, type AppConfigEntry, type AppConfigError, type AppConfigModel, type MessageText, type ValueKind } from './appconfig-model';

/** Value elements of a property list and the kind each delivers. */
const VALUE_ELEMENTS: Record<string, ValueKind> = {
  string: 'string',
  integer: 'integer',
  real: 'real',
  true: 'boolean',
  false: 'boolean',
  array: 'array',
  dict: 'dict',
  date: 'date',
  data: 'data',
};

export function isPlistValueElement(name: string): boolean {
  return Object.prototype.hasOwnProperty.call(VALUE_ELEMENTS, name);
}

export function parseAppConfigPlist(text: string): AppConfigModel {
  return runSteps(parseAppConfigPlistInSteps(text));
}

/** The same reading as parseAppConfigPlist, in steps of a fraction of a millisecond (the server answers requests between them). */
export function* parseAppConfigPlistInSteps(text: string): Steps<AppConfigModel> {
  const model: AppConfigModel = { flavor: 'ios-plist', syntax: 'xml', entries: [], errors: [], platform: 'ios' };
  // A binary property list (what Xcode and plutil write by default) is not text: say how to convert it
  // instead of reporting hundreds of XML errors.
  if (text.startsWith('bplist')) return binaryContent(model, 'binaryPlist', Math.min(8, text.length));
  if (text.includes('\u0000')) return binaryContent(model, 'binaryNotPlist');

  const doc = yield* parseXmlInSteps(text);
  model.xml = doc;
  const pairsOutsideDict =
    doc.roots.length > 0 && doc.roots.every((r) => r.name === 'key' || isPlistValueElement(r.name)) && doc.roots.some((r) => r.name === 'key');
  for (const e of doc.errors) {
    // Pairs pasted without their <dict> are several roots; that is reported once, below, as a structure problem.
    if (pairsOutsideDict && /root/i.test(e.message)) continue;
    // The XML reader's message as data, rendered by the services in the user's language.
    model.errors.push({
      code: 'xml-syntax',
      message: e.message,
      text: xmlErrorText(e),
      start: e.start,
      end: e.end,
      expectedEndTag: e.expectedEndTag,
    });
  }
  // A bound of the reader stopped it: said once, where it stopped.
  if (doc.limit)
    model.errors.push({
      code: XML_LIMIT_CODES[doc.limit.reason],
      message: doc.limit.reason,
      args: { max: String(doc.limit.max) },
      start: doc.limit.at,
      end: Math.min(text.length, doc.limit.at + 1),
    });

  let children: XmlElement[];
  let container: XmlElement | undefined;
  const root = doc.roots[0];
  if (!root) {
    if (text.trim()) model.errors.push(structure({ id: 'plist.noElement' }, 0, text.length));
    return model;
  }
  if (pairsOutsideDict) {
    children = doc.roots;
    model.errors.push(structure({ id: 'plist.pairsOutsideDict' }, root.start, root.startTagEnd));
  } else if (root.name === 'plist') {
    container = root.children.find((c) => c.name === 'dict');
    for (const c of root.children) {
      if (c !== container) model.errors.push(c.name === 'dict' ? unexpected(c, { id: 'plist.expect.oneDict' }) : unexpected(c, { id: 'plist.expect.dict' }));
    }
    if (!container) {
      model.errors.push(structure({ id: 'plist.noDict' }, root.start, root.startTagEnd));
      return model;
    }
    children = container.children;
  } else if (root.name === 'dict') {
    container = root;
    children = root.children;
  } else {
    model.errors.push(structure({ id: 'plist.wrongRoot', args: { element: root.name } }, root.start, root.startTagEnd));
    return model;
  }
  model.markerRange = container ? { start: container.start, end: container.startTagEnd } : { start: root.start, end: root.startTagEnd };
  if (container && container.text.trim() && container.textStart !== undefined) {
    model.errors.push(structure({ id: 'plist.textInDict' }, container.textStart, container.textEnd ?? container.textStart));
  }

  yield* readPairs(text, children, model, container ? container.startTagEnd : root.start);
  model.insertAt = insertionPoint(text, children, container);
  return model;
}

/**
 * A value element left open while typing (`<string>example.com` with no end tag) swallows every
 * element after it. Those elements are put back in line as siblings, and the open element keeps only
 * its text up to the first of them, so one missing end tag hides nothing.
 */
function flatten(children: XmlElement[]): XmlElement[] {
  const out: XmlElement[] = [];
  for (const el of children) {
    if (!el.closed && el.children.length && (el.name === 'key' || (isPlistValueElement(el.name) && el.name !== 'array' && el.name !== 'dict'))) {
      out.push(cutElement(el, el.children[0].start), ...flatten(el.children));
    } else {
      out.push(el);
    }
  }
  return out;
}

/** Pairs read per step. */
const PAIRS_PER_STEP = 1024;

function* readPairs(text: string, rawChildren: XmlElement[], model: AppConfigModel, containerStart: number): Steps<void> {
  const children = flatten(rawChildren);
  let previousEnd = containerStart;
  let turns = 0;
  for (let i = 0; i < children.length; i++) {
    if (++turns % PAIRS_PER_STEP === 0) yield;
    const el = children[i];
    if (el.name !== 'key') {
      model.errors.push(
        isPlistValueElement(el.name)
          ? {
              code: 'plist-orphan-value',
              message: 'plist.orphanValue',
              text: { id: 'plist.orphanValue', args: { element: el.name } },
              textArgs: { element: el.name },
              start: el.start,
              end: el.startTagEnd,
            }
          : unexpected(el, { id: 'plist.expect.keyAndValue' }),
      );
      previousEnd = el.end;
      continue;
    }
    const keyRange =
      el.textStart !== undefined && el.textEnd !== undefined ? { start: el.textStart, end: el.textEnd } : { start: el.startTagEnd, end: el.startTagEnd };
    const next = children[i + 1];
    const entry: AppConfigEntry = {
      key: el.text,
      keyRange,
      valueKind: 'missing',
      typed: true,
      entryRange: { start: previousEnd, end: el.end },
    };
    if (next && next.name !== 'key') {
      i++;
      const kind = VALUE_ELEMENTS[next.name];
      if (!kind) model.errors.push(unexpected(next, { id: 'plist.expect.valueElement' }));
      entry.declaredType = next.name;
      entry.valueKind = kind ?? 'unknown';
      entry.valueNodeRange = { start: next.start, end: next.end };
      entry.entryRange.end = next.end;
      if (kind === 'boolean') {
        entry.value = next.name;
        entry.valueRange = { start: next.start, end: next.end };
        if (!next.selfClosing && next.text.trim()) {
          model.errors.push(unexpected(next, { id: 'plist.expect.empty', args: { element: next.name } }));
        }
      } else if (kind !== 'array' && kind !== 'dict') {
        entry.value = next.text;
        entry.valueRange =
          next.textStart !== undefined && next.textEnd !== undefined
            ? { start: next.textStart, end: next.textEnd }
            : { start: next.startTagEnd, end: next.startTagEnd };
        // Markup inside a scalar value (e.g. <string><string>x</string></string>) is a nesting mistake.
        for (const inner of next.children) model.errors.push(unexpected(inner, { id: 'plist.expect.textInside', args: { element: next.name } }));
      }
    } else {
      model.errors.push({
        code: 'plist-missing-value',
        message: 'plist.missingValue',
        text: { id: 'plist.missingValue', args: { key: el.text } },
        textArgs: { key: el.text },
        start: el.start,
        end: el.end,
      });
    }
    for (const inner of el.children) model.errors.push(unexpected(inner, { id: 'plist.expect.textInside', args: { element: 'key' } }));
    model.entries.push(entry);
    previousEnd = entry.entryRange.end;
  }
}

function insertionPoint(text: string, children: XmlElement[], container: XmlElement | undefined): AppConfigModel['insertAt'] {
  const last = children[children.length - 1];
  const first = children[0];
  const indent = first ? lineIndent(text, first.start) : (container ? lineIndent(text, container.start) : '') + '  ';
  if (last) return { offset: last.end, indent, needsComma: false };
  if (container?.selfClosing) return { offset: container.start, indent, needsComma: false, selfClosed: { end: container.end, name: container.name } };
  if (container) return { offset: container.startTagEnd, indent, needsComma: false };
  return undefined;
}

/** The whitespace that starts the line holding `offset`, when only whitespace precedes it there. */
export function lineIndent(text: string, offset: number): string {
  const lineStart = text.lastIndexOf('\n', offset - 1) + 1;
  const before = text.slice(lineStart, offset);
  return /^[ \t]*$/.test(before) ? before : '';
}

/** A structure problem: its words are the data's (schemas/l10n); `message` is the text's id, for logs. */
function structure(text: MessageText, start: number, end: number): AppConfigError {
  return { code: 'plist-structure', message: text.id, text, textArgs: { message: text }, start, end };
}

function unexpected(el: XmlElement, expectedText: MessageText): AppConfigError {
  return {
    code: 'plist-unexpected-element',
    message: 'plist.unexpected',
    text: { id: 'plist.unexpected', args: { element: el.name, expected: expectedText } },
    textArgs: { element: el.name, expected: expectedText },
    start: el.start,
    end: el.startTagEnd,
  };
}
