// Loads the settings data once per process through the shared catalog cache: the JSON Schema of the
// file format and the rules. Both stay data in schemas/; this file only types and indexes them.
import { readJson } from '../../catalog/loadJson';
import type { Catalogs } from '../../catalog/catalogs';
import type { RulesFile, SettingsRule } from './types';

/** The subset of JSON Schema draft-07 the settings format uses, plus our x-uiPath annotation. */
export interface SchemaNode {
  type?: string;
  description?: string;
  'x-uiPath'?: string;
  /** Completion offers the values found at this rule path (relative to the object holding the key). */
  'x-valuesFrom'?: string;
  properties?: Record<string, SchemaNode>;
  additionalProperties?: boolean;
  items?: SchemaNode;
  enum?: (string | number | boolean)[];
  pattern?: string;
  minimum?: number;
  maximum?: number;
  default?: string | number | boolean;
}

export interface SettingsData {
  schema: SchemaNode;
  rules: SettingsRule[];
  /** Rules by each setting path they concern (array indexes written as []). */
  rulesByPath: Map<string, SettingsRule[]>;
}

export function loadSettingsData(schemasDir: string): SettingsData {
  const schema = readJson<SchemaNode>(schemasDir, 'uc-settings.schema.json');
  const { rules } = readJson<RulesFile>(schemasDir, 'uc-settings-rules.json');
  const rulesByPath = new Map<string, SettingsRule[]>();
  for (const r of rules) {
    for (const p of r.paths) {
      const list = rulesByPath.get(p) ?? [];
      list.push(r);
      rulesByPath.set(p, list);
    }
  }
  return { schema, rules, rulesByPath };
}

export function settingsData(catalogs: Catalogs): SettingsData {
  return catalogs.extra('uc-settings', loadSettingsData);
}
