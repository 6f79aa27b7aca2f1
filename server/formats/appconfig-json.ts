// Reads the JSON forms of an EMM app configuration for Jabber and tells them apart by content:
//   - Graph #microsoft.graph.iosMobileAppConfiguration: settings[] of {appConfigKey, appConfigKeyType,
//     appConfigKeyValue}, and/or encodedSettingXml (a base64 plist);
//   - Graph #microsoft.graph.targetedManagedAppConfiguration: customSettings[] of {name, value} (strings only);
//   - an Android Enterprise managed configuration as Intune's "Enter JSON data" shows it
//     ({kind: "androidenterprise#managedConfiguration", productId, managedProperty[] of {key, valueBool|
//     valueInteger|valueString|valueStringArray|valueBundle|valueBundleArray}}), bare or wrapped in Graph's
//     androidManagedStoreAppConfiguration.payloadJson (base64);
//   - a BlackBerry UEM app configuration in this tool's documented shape ({"emm": "blackberry",
//     "appConfiguration": {key-or-label: value}}), because BlackBerry publishes no export format.
// jsonc-parser keeps going after a syntax error, so one missing comma never hides the other entries.
import { type Node, type ParseError } from 'jsonc-parser';
import { runSteps, type Steps } from '../core/steps';
import { parseAppConfigPlist, lineIndent } from './appconfig-plist';
import { MAX_NESTING } from './jsonNesting';
import { jsonSyntaxErrorsInSteps, parseTreeInSteps } from './jsonSyntax';
import { jsonErrorOf } from './jsonErrors';
import {
  binaryContent,
  type AppConfigEntry,
  type AppConfigError,
  type AppConfigFlavor,
  type AppConfigModel,
  type MessageText,
  type OffsetRange,
  type ValueKind,
} from './appconfig-model';

/** Graph appConfigKeyType values and what each delivers. */
export const GRAPH_KEY_TYPES: Record<string, ValueKind> = {
  stringType: 'string',
  integerType: 'integer',
  realType: 'real',
  booleanType: 'boolean',
  tokenType: 'token',
};

/** Android managedProperty value fields and what each delivers. */
export const ANDROID_VALUE_FIELDS: Record<string, ValueKind> = {
  valueString: 'string',
  valueBool: 'boolean',
  valueInteger: 'integer',
  valueStringArray: 'array',
  valueBundle: 'dict',
  valueBundleArray: 'array',
};

/**
 * JSON app configurations larger than this (in characters) are checked for syntax only. The tree is
 * built in steps whatever the size, but some work on it is done at once: reading the entries from the
 * tree, and a completion's location (jsonc-parser's getLocation reads the text up to the caret). At
 * 256 KB these stay within a few milliseconds (tens on a cold, loaded server); real app
 * configurations are under 50 KB.
 */
export const APPCONFIG_JSON_MAX_CHARS = 256 * 1024;

export function parseAppConfigJson(text: string): AppConfigModel {
  return runSteps(parseAppConfigJsonInSteps(text));
}

/**
 * The same parse in steps (handlers/parsing.ts runs them between requests): the depth scan in steps,
 * then the tree at once, which APPCONFIG_JSON_MAX_CHARS keeps short; a larger file gets the syntax
 * check alone, in steps, and a diagnostic that says so.
 */
export function* parseAppConfigJsonInSteps(text: string): Steps<AppConfigModel> {
  const model: AppConfigModel = { flavor: 'unknown', syntax: 'json', entries: [], errors: [] };
  if (text.includes('\u0000')) return binaryContent(model, 'binaryNotJson');
  if (text.length > APPCONFIG_JSON_MAX_CHARS) {
    model.tooLarge = true;
    const size = Math.round(text.length / 1024);
    const limit = APPCONFIG_JSON_MAX_CHARS / 1024;
    model.errors.push({
      code: 'app-config-too-large',
      message: `${size} KB`,
      args: { size: String(size), limit: String(limit) },
      start: 0,
      end: Math.min(1, text.length),
    });
    for (const errors of jsonSyntaxErrorsInSteps(text)) {
      for (const e of errors) model.errors.push(jsonSyntaxError(e));
      yield;
    }
    return model;
  }
  const parseErrors: ParseError[] = [];
  // parseTree(text, parseErrors, { allowTrailingComma: true, disallowComments: false }), in steps, without
  // recursion. No app configuration nests more than a few levels; a deeper file is not read further (the
  // editor features that use jsonc-parser's recursive walks, such as completion, look at tooDeep first).
  const nesting = { max: 0 };
  const root = yield* parseTreeInSteps(text, parseErrors, nesting);
  if (nesting.max > MAX_NESTING) {
    model.errors.push(entryError({ id: 'json.tooDeep', args: { depth: nesting.max, max: MAX_NESTING } }, { start: 0, end: Math.min(1, text.length) }));
    model.tooDeep = true;
    return model;
  }
  model.jsonTree = root;
  for (const e of parseErrors) model.errors.push(jsonSyntaxError(e));
  if (!root) return model;
  if (root.type !== 'object') {
    model.errors.push({
      code: 'unknown-format',
      message: 'json.notObject',
      text: { id: 'json.notObject' },
      start: root.offset,
      end: root.offset + root.length,
    });
    return model;
  }
  readObject(text, root, model, 0);
  return model;
}

export { MAX_NESTING, maxNesting } from './jsonNesting';

/** A syntax error of jsonc-parser as the model's error. */
export function jsonSyntaxError(e: ParseError): AppConfigError {
  const { message, text } = jsonErrorOf(e);
  return { code: 'json-syntax', message, args: { message }, text, start: e.offset, end: e.offset + Math.max(e.length, 1) };
}

function readObject(text: string, root: Node, model: AppConfigModel, depth: number): void {
  const odataNode = property(root, '@odata.type');
  const odata = stringValue(odataNode);
  const settings = property(root, 'settings');
  const encodedXml = property(root, 'encodedSettingXml');
  const customSettings = property(root, 'customSettings');
  const managedProperty = property(root, 'managedProperty');
  const payloadJson = property(root, 'payloadJson');
  const kind = stringValue(property(root, 'kind'));
  const emmNode = property(root, 'emm');
  const emm = stringValue(emmNode);

  let flavor: AppConfigFlavor = 'unknown';
  if (odataIs(odata, /iosMobileAppConfiguration$/i) || (!odata && (settings?.type === 'array' || encodedXml))) flavor = 'intune-ios-graph';
  else if (odataIs(odata, /targetedManagedAppConfiguration$/i) || (!odata && customSettings?.type === 'array')) flavor = 'intune-mam-graph';
  else if (
    odataIs(odata, /androidManagedStoreAppConfiguration$/i) ||
    /^androidenterprise#managedConfiguration$/i.test(kind ?? '') ||
    (!odata && (managedProperty?.type === 'array' || payloadJson))
  )
    flavor = 'android-managed';
  else if (emm !== undefined && /^blackberry$/i.test(emm)) flavor = 'blackberry-uem';
  if (depth === 0) {
    model.flavor = flavor;
    model.markerRange = odataNode ? nodeRange(odataNode) : emmNode ? nodeRange(emmNode) : undefined;
  }

  switch (flavor) {
    case 'intune-ios-graph':
      model.platform = 'ios';
      model.emm = 'intune';
      if (settings) readGraphSettings(text, settings, model);
      if (encodedXml) readEncoded(encodedXml, 'encodedSettingXml', model, (decoded) => parseAppConfigPlist(decoded));
      if (!settings && !encodedXml && depth === 0) model.insertAt = undefined;
      break;
    case 'intune-mam-graph':
      model.emm = 'intune';
      if (customSettings) readNameValueList(text, customSettings, model);
      break;
    case 'android-managed':
      model.platform = 'android';
      if (odata || /managedConfiguration/i.test(kind ?? '')) model.emm = 'intune';
      if (managedProperty) readManagedProperties(text, managedProperty, model);
      if (payloadJson)
        readEncoded(payloadJson, 'payloadJson', model, (decoded) => {
          const inner = parseAppConfigJson(decoded);
          if (inner.flavor !== 'android-managed' && inner.flavor !== 'unknown')
            inner.errors.push({
              code: 'json-syntax',
              message: 'json.payloadNotManaged',
              text: { id: 'json.payloadNotManaged' },
              start: 0,
              end: 0,
            });
          return inner;
        });
      break;
    case 'blackberry-uem': {
      model.emm = 'blackberry';
      const platform = stringValue(property(root, 'platform'));
      if (platform && /^(ios|android)$/i.test(platform)) model.platform = platform.toLowerCase() as 'ios' | 'android';
      const config = property(root, 'appConfiguration');
      if (!config) {
        model.errors.push(entryError({ id: 'json.bbNoAppConfiguration' }, emmNode!));
      } else if (config.type !== 'object') {
        model.errors.push(entryError({ id: 'json.bbAppConfigurationNotObject' }, config));
      } else {
        readKeyValueObject(text, config, model);
      }
      break;
    }
    default:
      if (depth === 0) {
        const end = text.indexOf('{', root.offset) + 1;
        model.errors.push({
          code: 'unknown-format',
          message: 'json.unknownFormat',
          text: { id: 'json.unknownFormat' },
          start: root.offset,
          end: Math.max(end, root.offset + 1),
        });
      }
  }
}

function odataIs(odata: string | undefined, re: RegExp): boolean {
  return odata !== undefined && re.test(odata);
}

function readGraphSettings(text: string, list: Node, model: AppConfigModel): void {
  if (list.type !== 'array') {
    model.errors.push(entryError({ id: 'json.settingsNotArray' }, list));
    return;
  }
  const items = list.children ?? [];
  items.forEach((item, i) => {
    if (item.type !== 'object') {
      model.errors.push(entryError({ id: 'json.settingNotObject' }, item));
      return;
    }
    // One pass over the item's properties (the first of each name counts, as in property()).
    let keyNode: Node | undefined;
    let typeNode: Node | undefined;
    let valueNode: Node | undefined;
    for (const p of item.children ?? []) {
      const name = p.children?.[0]?.value;
      if (name === 'appConfigKey') keyNode ??= p.children![1] ?? NO_VALUE;
      else if (name === 'appConfigKeyType') typeNode ??= p.children![1] ?? NO_VALUE;
      else if (name === 'appConfigKeyValue') valueNode ??= p.children![1] ?? NO_VALUE;
    }
    if (keyNode === NO_VALUE) keyNode = undefined;
    if (typeNode === NO_VALUE) typeNode = undefined;
    if (valueNode === NO_VALUE) valueNode = undefined;
    const entry = baseEntry(keyNode, item, items, i, model, 'appConfigKey');
    if (!entry) return;
    entry.typed = true;
    const declared = stringValue(typeNode);
    if (typeNode) {
      entry.declaredType = declared ?? String(typeNode.value);
      entry.declaredTypeRange = innerRange(typeNode);
      if (declared === undefined || !(declared in GRAPH_KEY_TYPES)) {
        const types = Object.keys(GRAPH_KEY_TYPES).join(', ');
        model.errors.push(entryError({ id: 'json.keyTypeNotOneOf', args: { types } }, typeNode));
      }
    } else {
      model.errors.push(entryError({ id: 'json.noKeyType' }, item, true));
    }
    entry.valueKind = declared !== undefined ? (GRAPH_KEY_TYPES[declared] ?? 'unknown') : 'unknown';
    setScalarValue(entry, valueNode, model, 'appConfigKeyValue', true);
    if (!valueNode) entry.valueKind = 'missing';
    model.entries.push(entry);
  });
  model.insertAt = insertionPoint(text, list);
}

function readNameValueList(text: string, list: Node, model: AppConfigModel): void {
  if (list.type !== 'array') {
    model.errors.push(entryError({ id: 'json.customSettingsNotArray' }, list));
    return;
  }
  const items = list.children ?? [];
  items.forEach((item, i) => {
    if (item.type !== 'object') {
      model.errors.push(entryError({ id: 'json.customSettingNotObject' }, item));
      return;
    }
    const entry = baseEntry(property(item, 'name'), item, items, i, model, 'name');
    if (!entry) return;
    // Managed-apps configuration carries strings only: no type is declared, so none is checked.
    entry.typed = false;
    entry.valueKind = 'string';
    const valueNode = property(item, 'value');
    setScalarValue(entry, valueNode, model, 'value', true);
    if (!valueNode) entry.valueKind = 'missing';
    model.entries.push(entry);
  });
  model.insertAt = insertionPoint(text, list);
}

function readManagedProperties(text: string, list: Node, model: AppConfigModel): void {
  if (list.type !== 'array') {
    model.errors.push(entryError({ id: 'json.managedPropertyNotArray' }, list));
    return;
  }
  const items = list.children ?? [];
  items.forEach((item, i) => {
    if (item.type !== 'object') {
      model.errors.push(entryError({ id: 'json.managedPropertyNotObject' }, item));
      return;
    }
    const entry = baseEntry(property(item, 'key'), item, items, i, model, 'key');
    if (!entry) return;
    entry.typed = true;
    const valueProps = (item.children ?? []).filter((p) => p.children?.[0] && String(p.children[0].value) in ANDROID_VALUE_FIELDS);
    if (valueProps.length === 0) {
      entry.valueKind = 'missing';
      model.errors.push(entryError({ id: 'json.noValueField' }, item, true));
    } else {
      if (valueProps.length > 1) model.errors.push(entryError({ id: 'json.oneValueField' }, valueProps[1]));
      const p = valueProps[0];
      const field = String(p.children![0].value);
      entry.declaredType = field;
      entry.declaredTypeRange = innerRange(p.children![0]);
      entry.valueKind = ANDROID_VALUE_FIELDS[field];
      const v = p.children![1];
      if (v) {
        entry.valueNodeRange = nodeRange(v);
        const expectJson =
          field === 'valueBool'
            ? 'boolean'
            : field === 'valueInteger'
              ? 'number'
              : field === 'valueString'
                ? 'string'
                : field === 'valueBundle'
                  ? 'object'
                  : 'array';
        if (v.type !== expectJson) {
          const value = text.slice(v.offset, v.offset + Math.min(v.length, 40));
          model.errors.push({
            code: 'value-type-invalid',
            message: 'json.valueMustHold',
            text: { id: 'json.valueMustHold', args: { field, type: { id: `jsonType.${expectJson}` } } },
            textArgs: {
              value,
              type: { id: 'typeWithMarker', args: { type: { id: 'jsonType', args: { type: { id: `jsonType.${expectJson}` } } }, marker: field } },
            },
            ...nodeRange(v),
          });
        }
        if (v.type === 'string' || v.type === 'boolean' || v.type === 'number') {
          entry.value = String(v.value);
          entry.valueRange = v.type === 'string' ? innerRange(v) : nodeRange(v);
        }
      }
    }
    model.entries.push(entry);
  });
  model.insertAt = insertionPoint(text, list);
}

function readKeyValueObject(text: string, obj: Node, model: AppConfigModel): void {
  const props = obj.children ?? [];
  props.forEach((p, i) => {
    const [k, v] = p.children ?? [];
    if (!k) return;
    const entry: AppConfigEntry = {
      key: String(k.value),
      keyRange: innerRange(k),
      valueKind: 'missing',
      // BlackBerry documents no value types for these fields, so only structure (arrays, objects) is checked.
      typed: false,
      entryRange: separatedRange(p, props, i),
    };
    if (v) {
      entry.valueNodeRange = nodeRange(v);
      entry.valueKind = jsonKind(v);
      if (v.type === 'string' || v.type === 'boolean' || v.type === 'number') {
        entry.value = String(v.value);
        entry.valueRange = v.type === 'string' ? innerRange(v) : nodeRange(v);
      }
    }
    model.entries.push(entry);
  });
  model.insertAt = insertionPoint(text, obj);
}

/** The key part of an entry, or undefined (with an error) when the key is missing or not a string. */
function baseEntry(keyNode: Node | undefined, item: Node, items: Node[], i: number, model: AppConfigModel, keyName: string): AppConfigEntry | undefined {
  if (!keyNode) {
    model.errors.push(entryError({ id: 'json.entryNoKey', args: { name: keyName } }, item, true));
    return undefined;
  }
  if (keyNode.type !== 'string') {
    model.errors.push(entryError({ id: 'json.mustBeString', args: { name: keyName, type: { id: `jsonTypeA.${keyNode.type}` } } }, keyNode));
    return undefined;
  }
  return {
    key: String(keyNode.value),
    keyRange: innerRange(keyNode),
    valueKind: 'missing',
    typed: false,
    entryRange: separatedRange(item, items, i),
  };
}

/** Fills value/valueRange from a node that should be a JSON string; other types are reported but still modelled. */
function setScalarValue(entry: AppConfigEntry, node: Node | undefined, model: AppConfigModel, name: string, mustBeString: boolean): void {
  if (!node) {
    model.errors.push(entryError({ id: 'json.entryNoValue', args: { key: entry.key, name } }, entry.keyRange));
    return;
  }
  entry.valueNodeRange = nodeRange(node);
  if (node.type === 'string') {
    entry.value = String(node.value);
    entry.valueRange = innerRange(node);
    return;
  }
  if (node.type === 'array' || node.type === 'object') {
    entry.valueKind = jsonKind(node);
    model.errors.push(entryError({ id: 'json.mustBeString', args: { name, type: { id: `jsonTypeA.${node.type}` } } }, node));
    return;
  }
  entry.value = node.type === 'null' ? undefined : String(node.value);
  entry.valueRange = nodeRange(node);
  if (mustBeString) model.errors.push(entryError({ id: 'json.quoteIt', args: { name, value: String(node.value) } }, node));
}

function readEncoded(node: Node, name: string, model: AppConfigModel, parse: (decoded: string) => AppConfigModel): void {
  const at = innerRange(node);
  const fail = (reasonText: MessageText): void => {
    model.errors.push({
      code: 'encoded-payload-invalid',
      message: reasonText.id,
      textArgs: { property: name, reason: reasonText },
      ...(node.type === 'string' ? at : nodeRange(node)),
    });
  };
  if (node.type !== 'string') return fail({ id: 'encoded.notString' });
  const b64 = String(node.value).replace(/\s+/g, '');
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(b64) || b64.length % 4 === 1) return fail({ id: 'encoded.notBase64' });
  const decoded = Buffer.from(b64, 'base64').toString('utf8');
  const inner = parse(decoded);
  const firstError = inner.errors.find((e) => e.code !== 'unknown-format');
  if (firstError) fail(firstError.text ?? { id: 'xmlError', args: { message: firstError.message } });
  for (const e of inner.entries) {
    model.entries.push({
      ...e,
      keyRange: at,
      valueRange: e.valueRange ? at : undefined,
      valueNodeRange: e.valueNodeRange ? at : undefined,
      declaredTypeRange: undefined,
      entryRange: at,
      encoded: true,
    });
  }
}

function insertionPoint(text: string, container: Node): AppConfigModel['insertAt'] {
  const kids = container.children ?? [];
  if (kids.length) {
    const last = kids[kids.length - 1];
    return { offset: last.offset + last.length, indent: lineIndent(text, kids[0].offset), needsComma: true };
  }
  return { offset: container.offset + 1, indent: lineIndent(text, lineStartOf(text, container.offset)) + '  ', needsComma: false };
}

function lineStartOf(text: string, offset: number): number {
  const lineStart = text.lastIndexOf('\n', offset - 1) + 1;
  return lineStart + (/^[ \t]*/.exec(text.slice(lineStart))?.[0].length ?? 0);
}

/** The node plus the comma that separates it from its neighbour, so removing it leaves valid JSON. */
function separatedRange(node: Node, siblings: Node[], i: number): OffsetRange {
  const next = siblings[i + 1];
  if (next) return { start: node.offset, end: next.offset };
  const prev = siblings[i - 1];
  if (prev) return { start: prev.offset + prev.length, end: node.offset + node.length };
  return nodeRange(node);
}

/** Marks a property found without a value, so a later one of the same name does not count. */
const NO_VALUE = { type: 'null', offset: 0, length: 0 } as Node;

function property(obj: Node | undefined, name: string): Node | undefined {
  if (!obj || obj.type !== 'object') return undefined;
  for (const p of obj.children ?? []) {
    if (p.children?.[0]?.value === name) return p.children[1];
  }
  return undefined;
}

function stringValue(node: Node | undefined): string | undefined {
  return node && node.type === 'string' ? String(node.value) : undefined;
}

function nodeRange(node: Node): OffsetRange {
  return { start: node.offset, end: node.offset + node.length };
}

/** The text inside a string's quotes (the whole node for other types). */
export function innerRange(node: Node): OffsetRange {
  return node.type === 'string' && node.length >= 2 ? { start: node.offset + 1, end: node.offset + node.length - 1 } : nodeRange(node);
}

function jsonKind(node: Node): ValueKind {
  switch (node.type) {
    case 'string':
      return 'string';
    case 'boolean':
      return 'boolean';
    case 'number':
      return Number.isInteger(node.value) ? 'integer' : 'real';
    case 'array':
      return 'array';
    case 'object':
      return 'dict';
    default:
      return 'null';
  }
}

/** A structure problem at a node (or only its first character) or a range: its words are the data's
 * (schemas/l10n); `message` is the text's id, for logs. */
function entryError(text: MessageText, at: Node | OffsetRange, startOnly = false): AppConfigError {
  const range = 'offset' in at ? { start: at.offset, end: startOnly ? at.offset + 1 : at.offset + at.length } : at;
  return { code: 'entry-structure', message: text.id, ...textOf(text), ...range };
}

/** A message that is the whole diagnostic text ({message} templates). */
function textOf(text: MessageText): Pick<AppConfigError, 'text' | 'textArgs'> {
  return { text, textArgs: { message: text } };
}
