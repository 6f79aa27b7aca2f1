// Diagnostics of a settings file, in three layers: syntax (YAML/JSON, duplicate keys, alias bombs),
// structure (keys, types, enumerations and formats from schemas/uc-settings.schema.json) and the
// rules of schemas/uc-settings-rules.json, including those that read other files of the workspace.
import { didYouMean } from '../../core/didYouMean';
import { folderOfUri } from '../../core/uri';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Diagnostic, DiagnosticRelatedInformation } from 'vscode-languageserver-types';
import { messagesOf, type Messages } from '../../catalog/messages';
import { formatPath, MAX_DEPTH, parsedSettings, type SettingsDocument, type SettingsNode } from '../../formats/settings';
import { isPlaintextSecret, shownValue } from '../../core/secrets';
import { crossFileSettingsDiagnostics } from '../../rules/settings/cross-file';
import { settingsData, type SchemaNode } from '../../rules/settings/data';
import { evaluateRules } from '../../rules/settings/engine';
import { booleanish } from '../../rules/settings/paths';
import type { Finding } from '../../rules/settings/types';
import { makeDiagnostic } from '../../catalog/diagnostics';
import { runGuards } from '../guards';
import type { ServiceContext } from '../types';
import { otherSettings } from './document';
import { planEdits, renameKey, replaceValue, type SettingsFix } from '../../rules/settings/edits';
import { describeSetting } from './schema';

/** Diagnostic.data of settings diagnostics: the quick fixes known at validation time. */
export interface SettingsDiagnosticData {
  fixes: SettingsFix[];
}

const MAX_STRUCTURE_DIAGNOSTICS = 500;

/**
 * validateSettings in steps: the other settings documents its rules read are parsed first, one a step
 * (each within the settings bounds, so at most tens of milliseconds), then the document is checked. At
 * once, the first validation after opening 200 files parsed all of them in one go and held the event
 * loop for seconds. The rules read the files of the document's own folder only: a settings file
 * elsewhere in the workspace (on disk, say) is not parsed, nor its tree kept, for this one.
 */
export function* validateSettingsInSteps(doc: TextDocument, ctx: ServiceContext): Generator<Diagnostic[], void, undefined> {
  if (runGuards(doc, ctx).depth === 'full') {
    parsedSettings(doc);
    yield [];
    const folder = folderOfUri(doc.uri);
    for (const other of ctx.workspace.documents('uc-settings')) {
      if (other.uri === doc.uri || folderOfUri(other.uri) !== folder) continue;
      parsedSettings(other);
      yield [];
    }
  }
  yield validateSettings(doc, ctx);
}

export function validateSettings(doc: TextDocument, ctx: ServiceContext, today = new Date()): Diagnostic[] {
  const guard = runGuards(doc, ctx);
  const out = [...guard.diagnostics];
  if (guard.depth === 'none') return out;
  const parsed = parsedSettings(doc);
  const S = messagesOf(ctx, 'uc-settings');
  out.push(...syntaxDiagnostics(doc, parsed, ctx, S));
  if (guard.depth !== 'full' || !parsed.root) return out;
  const data = settingsData(ctx.catalogs);
  out.push(...structureDiagnostics(doc, parsed, data.schema, ctx, S));
  const others = otherSettings(doc, ctx);
  const findings = evaluateRules(data.rules, { root: parsed.root, others, today });
  out.push(...findings.map((f) => findingDiagnostic(doc, parsed, f, ctx, S)));
  out.push(...crossFileSettingsDiagnostics(doc, parsed, ctx));
  return out;
}

function range(doc: TextDocument, start: number, end: number) {
  return { start: doc.positionAt(start), end: doc.positionAt(Math.max(end, start)) };
}

function syntaxDiagnostics(doc: TextDocument, parsed: SettingsDocument, ctx: ServiceContext, S: Messages): Diagnostic[] {
  return parsed.errors.slice(0, 100).map((e) => {
    const r = range(doc, e.start, e.end);
    // A library's error reads in English as the library wrote it; everything else is rendered from its data.
    const detail = ctx.locale === 'en' && e.libraryText !== undefined ? e.libraryText : S.render(e.text);
    if (e.code === 'settings-syntax') return makeDiagnostic(ctx, parsed.syntax === 'json' ? 'json-syntax' : 'yaml-syntax', r, { detail });
    if (e.code === 'settings-duplicate-key') return makeDiagnostic(ctx, 'settings-duplicate-key', r, { key: doc.getText(r).replace(/^["']|["']$/g, '') });
    if (e.code === 'settings-too-deep') return makeDiagnostic(ctx, 'settings-too-deep', r, { max: MAX_DEPTH });
    if (e.code === 'settings-too-large') return makeDiagnostic(ctx, 'settings-too-large', r, { detail });
    return makeDiagnostic(ctx, 'settings-alias-limit', r, { detail });
  });
}

function typeOk(node: SettingsNode, s: SchemaNode): boolean {
  if (node.kind === 'scalar' && node.value === null) return true; // `key:` while typing: nothing to check yet
  switch (s.type) {
    case 'object':
      return node.kind === 'object';
    case 'array':
      return node.kind === 'array';
    case 'string':
      // YAML reads 14.1 or 2048 unquoted as numbers; a version or name written that way is still meant as text.
      return node.kind === 'scalar' && (typeof node.value === 'string' || typeof node.value === 'number');
    case 'integer':
      return node.kind === 'scalar' && typeof node.value === 'number' && Number.isInteger(node.value);
    case 'number':
      return node.kind === 'scalar' && typeof node.value === 'number';
    case 'boolean':
      return node.kind === 'scalar' && typeof node.value === 'boolean';
    default:
      return true;
  }
}

function describeKind(node: SettingsNode, S: Messages): string {
  if (node.kind !== 'scalar') return S.t(node.kind === 'object' ? 'kind.mapping' : 'kind.list');
  if (node.value === null) return S.t('kind.empty');
  return S.t(typeof node.value === 'string' ? 'kind.text' : typeof node.value === 'number' ? 'kind.number' : 'kind.boolean', {
    value: shownValue(String(node.value), node.key),
  });
}

/** A schema type's name (`object`, `string`, …) in the user's language. */
function typeName(type: string | undefined, S: Messages): string {
  return type && S.has(`type.${type}`) ? S.t(`type.${type}`) : String(type);
}

function structureDiagnostics(doc: TextDocument, parsed: SettingsDocument, schema: SchemaNode, ctx: ServiceContext, S: Messages): Diagnostic[] {
  const out: Diagnostic[] = [];
  const fixData = (fixes: SettingsFix[]): { data?: SettingsDiagnosticData } => (fixes.length ? { data: { fixes } } : {});
  const visit = (node: SettingsNode, s: SchemaNode | undefined) => {
    if (!s || out.length >= MAX_STRUCTURE_DIAGNOSTICS) return;
    const where = formatPath(node.path) || S.t('path.document');
    if (!typeOk(node, s)) {
      out.push(
        makeDiagnostic(ctx, 'settings-wrong-type', range(doc, node.start, node.end), {
          path: where,
          expected: typeName(s.type, S),
          actual: describeKind(node, S),
        }),
      );
      return;
    }
    if (node.kind === 'object') {
      const known = Object.keys(s.properties ?? {});
      const present = new Set(node.properties!.map((q) => q.key));
      for (const p of node.properties!) {
        if (out.length >= MAX_STRUCTURE_DIAGNOSTICS) return;
        const sub = s.properties?.[p.key!];
        if (sub) {
          visit(p, sub);
          continue;
        }
        if (s.additionalProperties !== false) continue;
        const suggestion = didYouMean(
          p.key!,
          known.filter((k) => !present.has(k)),
        );
        const rename = suggestion ? renameKey(doc, parsed, p, suggestion) : undefined;
        out.push(
          makeDiagnostic(
            ctx,
            suggestion ? 'settings-unknown-key-suggest' : 'settings-unknown-key',
            range(doc, p.keyStart ?? p.start, p.keyEnd ?? p.end),
            { key: p.key, path: formatPath(node.path) || S.t('path.topLevel'), suggestion },
            fixData(rename ? [{ title: S.t('fix.renameTo', { name: suggestion }), edits: [rename] }] : []),
          ),
        );
      }
      return;
    }
    if (node.kind === 'array') {
      for (const item of node.items!) visit(item, s.items);
      return;
    }
    if (node.value === null) return;
    if (s.enum && !enumAccepts(s.enum, node.value)) {
      const strings = s.enum.map(String);
      const ci = strings.find((e) => e.toLowerCase() === String(node.value).toLowerCase());
      const guess = ci ?? didYouMean(String(node.value), strings);
      const fixValue = guess !== undefined ? s.enum[strings.indexOf(guess)] : undefined;
      const fixes =
        fixValue !== undefined ? [{ title: S.t('fix.changeTo', { value: JSON.stringify(fixValue) }), edits: [replaceValue(doc, parsed, node, fixValue)] }] : [];
      out.push(
        makeDiagnostic(
          ctx,
          'settings-invalid-enum',
          range(doc, node.start, node.end),
          { path: where, value: shownValue(String(node.value), node.key), allowed: strings.join(', ') },
          fixData(fixes),
        ),
      );
      return;
    }
    if (s.pattern && typeof node.value === 'string' && !new RegExp(s.pattern).test(node.value)) {
      out.push(
        makeDiagnostic(ctx, 'settings-invalid-format', range(doc, node.start, node.end), {
          path: where,
          value: shownValue(node.value, node.key),
          description: describeSetting(s, node.path, S) ?? '',
        }),
      );
    }
    if (typeof node.value === 'number' && ((s.minimum !== undefined && node.value < s.minimum) || (s.maximum !== undefined && node.value > s.maximum))) {
      out.push(
        makeDiagnostic(ctx, 'settings-out-of-range', range(doc, node.start, node.end), {
          path: where,
          value: shownValue(String(node.value), node.key),
          min: s.minimum,
          max: s.maximum,
        }),
      );
    }
    if (isPlaintextSecret(node.value, node.key)) {
      out.push(makeDiagnostic(ctx, 'plaintext-secret', range(doc, node.start, node.end), { name: where, detail: S.t('secret.settings') }));
    }
  };
  if (parsed.root) {
    if (parsed.root.kind !== 'object')
      out.push(
        makeDiagnostic(ctx, 'settings-wrong-type', range(doc, parsed.root.start, parsed.root.end), {
          path: S.t('path.document'),
          expected: typeName('object', S),
          actual: describeKind(parsed.root, S),
        }),
      );
    else visit(parsed.root, schema);
  }
  return out;
}

function findingDiagnostic(doc: TextDocument, parsed: SettingsDocument, f: Finding, ctx: ServiceContext, S: Messages): Diagnostic {
  const relatedInformation: DiagnosticRelatedInformation[] = f.related
    .filter((r) => r.uri)
    .map((r) => ({
      location: { uri: r.uri!, range: relatedRange(ctx, r.uri!, r.node) },
      message: `${r.label}: ${r.node.kind === 'scalar' ? String(r.node.value) : ''}`.trim(),
    }));
  const fix = f.fix ? planEdits(doc, parsed, f.fix, S) : undefined;
  return makeDiagnostic(ctx, f.rule.code, range(doc, f.start, f.end), f.args, {
    ...(fix ? { data: { fixes: [fix] } satisfies SettingsDiagnosticData } : {}),
    ...(relatedInformation.length ? { relatedInformation } : {}),
  });
}

function relatedRange(ctx: ServiceContext, uri: string, node: SettingsNode) {
  const other = ctx.workspace.documents('uc-settings').find((d) => d.uri === uri);
  if (!other) return { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
  const start = node.keyStart ?? node.start;
  return { start: other.positionAt(start), end: other.positionAt(Math.max(node.end, start)) };
}

/**
 * A value the enumeration allows. On/Off settings also accept true/false (docs/settings-format.md):
 * YAML writes them as booleans, and the rules read both the same way.
 */
function enumAccepts(values: unknown[], v: unknown): boolean {
  if (values.some((e) => e === v)) return true;
  if (typeof v !== 'boolean' && !(typeof v === 'string' && /^(true|false)$/i.test(v))) return false;
  return values.some((e) => typeof e === 'string' && booleanish(e) === booleanish(v));
}
