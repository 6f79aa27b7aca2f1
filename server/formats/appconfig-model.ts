// The one model every EMM app-configuration format is read into, whatever its syntax: an iOS
// property-list <dict>, a Microsoft Graph object, an Android managed configuration or a BlackBerry
// UEM export. The services (diagnostics, completion, hover, quick fixes) only speak this model, so a
// new format is a new parser and nothing else.
import type { MessageText } from '../catalog/messages';

/** A half-open range of character offsets into the document text. */
import type { Node as JsonNode } from 'jsonc-parser';
import type { XmlDocument } from './xml';

export interface OffsetRange {
  start: number;
  end: number;
}

export type AppConfigFlavor =
  | 'ios-plist' // Intune "Enter XML data" <dict>, or a whole plist document
  | 'intune-ios-graph' // Graph #microsoft.graph.iosMobileAppConfiguration
  | 'intune-mam-graph' // Graph #microsoft.graph.targetedManagedAppConfiguration
  | 'android-managed' // Android Enterprise managed configuration (Intune "Enter JSON data")
  | 'blackberry-uem' // BlackBerry UEM app configuration (this tool's export shape, docs/emm-app-config.md)
  | 'unknown';

/** The type a value is delivered as, after reading the format's own type marker. */
export type ValueKind = 'string' | 'integer' | 'real' | 'boolean' | 'token' | 'array' | 'dict' | 'date' | 'data' | 'null' | 'missing' | 'unknown';

export interface AppConfigEntry {
  /** The key as written (decoded). Empty when the entry has no key name. */
  key: string;
  /** Range of the key text itself (inside quotes or the <key> element); replacing it renames the key. */
  keyRange: OffsetRange;
  /** The value as text: "true"/"false" for booleans, the digits of numbers, the decoded string. Undefined when there is no scalar value. */
  value?: string;
  /** Range of the value text (inside quotes / element); empty range at the insertion point when the element is empty. */
  valueRange?: OffsetRange;
  /** Range of the whole value node (the element, or the JSON value including quotes); replacing it changes the value's type. */
  valueNodeRange?: OffsetRange;
  /** The type marker exactly as the file declares it: 'string', 'true', 'stringType', 'valueBool', … */
  declaredType?: string;
  /** Range of the declared type marker, when it is text of its own (Graph appConfigKeyType value, Android property name). */
  declaredTypeRange?: OffsetRange;
  /** The delivered type as read from the declaration or the syntax. */
  valueKind: ValueKind;
  /** Whether the format says what type the value is (plist element, Graph type, Android property); false for string-only channels. */
  typed: boolean;
  /** The whole entry (key and value) for removal, including the separator that belongs to it. */
  entryRange: OffsetRange;
  /** True when the entry was decoded from a base64 payload: ranges then all point at the payload string and no edit is offered. */
  encoded?: boolean;
}

/**
 * A message as data: an id of schemas/l10n/app-config.json or common.json and its arguments (which
 * may be messages themselves), so the services can show it in the user's language, English included.
 */
export type { MessageText };

/** A file that is not text (a binary property list, NUL bytes): one error whose l10n id says how to convert it. */
export function binaryContent(model: AppConfigModel, id: string, end = 0): AppConfigModel {
  model.errors.push({ code: 'binary-content', message: id, text: { id }, start: 0, end });
  return model;
}

export interface AppConfigError {
  /** A code of schemas/diagnostics/app-config.json or common.json (xml-syntax, json-syntax). */
  code: string;
  message: string;
  args?: Record<string, string>;
  /** The message as data, shown in the user's language (`message` is then its id, or the parser library's own words). */
  text?: MessageText;
  /** Arguments of the diagnostic template as data, where they differ from `args` (translatable parts). */
  textArgs?: Record<string, string | MessageText>;
  start: number;
  end: number;
  /** An XML end tag that names no open element: the name it should have (a quick fix renames it). */
  expectedEndTag?: string;
}

export interface AppConfigModel {
  flavor: AppConfigFlavor;
  /** 'xml' for property lists, 'json' for everything else. */
  syntax: 'xml' | 'json';
  entries: AppConfigEntry[];
  errors: AppConfigError[];
  /** The platform the format targets, when it says: a Graph iOS object is iOS, an Android managed configuration is Android. */
  platform?: 'ios' | 'android';
  /** The EMM the format belongs to, when it says. */
  emm?: 'intune' | 'blackberry';
  /** Range of the text that names the format (Graph @odata.type value, "emm" value, the <dict>/<plist> start tag). */
  markerRange?: OffsetRange;
  /** True when the JSON nests too deeply to be walked safely: the parse was skipped, features step back. */
  tooDeep?: boolean;
  /** True when the JSON is larger than the app-configuration bound: only its syntax was checked, nothing is modelled. */
  tooLarge?: boolean;
  /** Where a new entry goes (just before the closing bracket / </dict>) and the indentation of existing entries.
   *  `selfClosed`: the container is written `<dict/>`; an insertion replaces offset..end with an open and a close tag. */
  insertAt?: { offset: number; indent: string; needsComma: boolean; selfClosed?: { end: number; name: string } };
  /** The parse the model was read from, for features that need the raw structure (folding, a caret's path). */
  jsonTree?: JsonNode;
  xml?: XmlDocument;
}
