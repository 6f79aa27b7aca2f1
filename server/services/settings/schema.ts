// Navigation in schemas/uc-settings.schema.json: the sub-schema for a settings path, and the
// key-path form used to look rules up ("zones[].sip.port").
import type { PathSegment } from '../../formats/settings';
import type { SchemaNode } from '../../rules/settings/data';

export function schemaAt(root: SchemaNode, path: PathSegment[]): SchemaNode | undefined {
  let s: SchemaNode | undefined = root;
  for (const seg of path) {
    if (!s) return undefined;
    s = typeof seg === 'number' || seg === '[]' ? s.items : s.properties?.[seg];
  }
  return s;
}

/** `['expressway','expresswayC','zones',0,'sip']` -> `expressway.expresswayC.zones[].sip`. */
export function rulePathOf(path: PathSegment[]): string {
  return path.map((s, i) => (typeof s === 'number' ? '[]' : i === 0 ? s : `.${s}`)).join('');
}

