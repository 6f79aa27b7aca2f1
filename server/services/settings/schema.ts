// Navigation in schemas/uc-settings.schema.json: the sub-schema for a settings path, and the
// key-path form used to look rules up ("zones[].sip.port").
import type { Messages } from '../../catalog/messages';
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

/** A setting's description: the schema's English, or its translation (schemas/l10n/uc-settings.json `description.<key path>`) where there is one. */
export function describeSetting(s: SchemaNode, path: PathSegment[], S: Messages): string | undefined {
  if (S.locale === 'en' || !s.description) return s.description;
  const id = `description.${path.filter((p) => typeof p === 'string').join('.')}`;
  // A description is text, not a template: braces in it ("…/scim/{OrgId}") show as written.
  const literal = Object.fromEntries([...s.description.matchAll(/\{(\w+)\}/g)].map((m) => [m[1], m[0]]));
  return S.has(id) ? S.t(id, literal) : s.description;
}
