// Diagnostics for EMM app-configuration files. Syntax and structure problems come from the parser;
// everything else from the catalog (schemas/emm-parameters.json, emm-matrices.json) and the shared
// value checks (server/rules/values.ts). Quick fixes are computed here, where the facts are, and
// travel in each diagnostic's data to codeActions.
import { distance } from 'fastest-levenshtein';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Diagnostic, DiagnosticRelatedInformation } from 'vscode-languageserver-types';
import type { AppConfigEntry, AppConfigModel } from '../../formats/appconfig-model';
import { parseXml, walk } from '../../formats/xml';
import { checkValue } from '../../rules/values';
import { makeDiagnostic } from '../diagnostics';
import { runGuards } from '../guards';
import type { ServiceContext } from '../types';
import { emmCatalogOf, lookupKey, valueSpecOf, type EmmCatalog, type EmmParameter } from './catalog';
import { insertEntryEdit, replace, retypeEdits, setValueEdits, toRange, type Fix } from './edits';
import { getAppConfigModel } from './model';
import { deliveredType } from './snippets';

/** Intune app-configuration tokens (field notes §4.3, Microsoft Intune docs). */
export const INTUNE_TOKENS = ['userprincipalname', 'mail', 'partialupn', 'accountid', 'deviceid', 'userid', 'username', 'serialnumber', 'serialnumberlast4digits', 'udidlast4digits'];

const CREDENTIAL_NAME = /pass(word)?|passwd|pwd|secret|credential/i;

export function validateAppConfig(doc: TextDocument, ctx: ServiceContext): Diagnostic[] {
  const text = doc.getText();
  if (text.startsWith('bplist')) {
    return [makeDiagnostic(ctx, 'binary-content', toRange(doc, { start: 0, end: 6 }), {}, { message: 'This is a binary property list; convert it to XML first (plutil -convert xml1 FILE).' })];
  }
  const guard = runGuards(doc, ctx);
  if (guard.depth === 'none') return guard.diagnostics;
  // An empty file is a file about to be written (completion offers whole configurations): no noise.
  if (!text.trim()) return guard.diagnostics;
  const model = getAppConfigModel(doc);
  const out = [...guard.diagnostics, ...syntaxDiagnostics(doc, model, ctx)];
  if (guard.depth === 'syntax') return out;
  const catalog = emmCatalogOf(ctx);
  out.push(...entryDiagnostics(doc, model, catalog, ctx));
  out.push(...documentDiagnostics(doc, model, catalog, ctx));
  return out;
}

function syntaxDiagnostics(doc: TextDocument, model: AppConfigModel, ctx: ServiceContext): Diagnostic[] {
  return model.errors.map((e) => {
    const range = toRange(doc, e);
    switch (e.code) {
      case 'xml-syntax':
        return makeDiagnostic(ctx, 'xml-syntax', range, { detail: e.message }, { message: `Not well-formed XML: ${e.message}. The other entries are still checked, but the EMM console needs XML that parses.` });
      case 'json-syntax':
        return makeDiagnostic(ctx, 'json-syntax', range, { detail: e.message });
      case 'binary-content':
        return makeDiagnostic(ctx, 'binary-content', range, {}, { message: e.message });
      default:
        return makeDiagnostic(ctx, e.code, range, e.args ?? { message: e.message });
    }
  });
}

function withFixes(d: Diagnostic, fixes: Fix[]): Diagnostic {
  if (fixes.length) d.data = { fixes };
  return d;
}

/** The closest documented key (or BlackBerry label), when it is close enough to be a typo. */
export function suggestKey(catalog: EmmCatalog, key: string, allowLabels: boolean): string | undefined {
  const candidates = catalog.keyed.map((p) => p.key!).concat(allowLabels ? catalog.parameters.filter((p) => p.label).map((p) => p.label!) : []);
  let best: string | undefined;
  let bestD = Infinity;
  for (const c of candidates) {
    const d = distance(key.toLowerCase(), c.toLowerCase());
    if (d < bestD) [best, bestD] = [c, d];
  }
  return best !== undefined && bestD <= Math.max(2, Math.floor(key.length / 3)) ? best : undefined;
}

function isTokenValue(v: string): boolean {
  return /\{\{\s*\w+\s*\}\}/.test(v);
}

function entryDiagnostics(doc: TextDocument, model: AppConfigModel, catalog: EmmCatalog, ctx: ServiceContext): Diagnostic[] {
  const out: Diagnostic[] = [];
  const seen = new Map<string, AppConfigEntry>();
  const allowLabels = model.flavor === 'blackberry-uem';
  const intune = model.emm === 'intune' || model.flavor === 'ios-plist';
  const presentKeys = new Set(model.entries.map((e) => e.key.toLowerCase()));

  for (const e of model.entries) {
    const keyRange = toRange(doc, e.keyRange);
    const found = lookupKey(catalog, e.key, allowLabels);
    const param = found.kind === 'unknown' ? undefined : found.param;

    // Duplicates: the same parameter twice, whatever the spelling.
    const identity = param ? `param:${param.key ?? param.label}` : `raw:${e.key}`;
    const first = seen.get(identity);
    if (first && !e.encoded) {
      const related: DiagnosticRelatedInformation[] = [{ location: { uri: doc.uri, range: toRange(doc, first.keyRange) }, message: 'first set here' }];
      out.push(withFixes(makeDiagnostic(ctx, 'duplicate-key', keyRange, { key: e.key }, { relatedInformation: related }), [{ title: `Remove this '${e.key}' entry`, edits: [replace(doc, e.entryRange, '')], preferred: true }]));
    } else if (!first) {
      seen.set(identity, e);
    }

    if (found.kind === 'unknown') {
      const suggestion = suggestKey(catalog, e.key, allowLabels);
      const fixes: Fix[] = suggestion && !e.encoded ? [{ title: `Change to '${suggestion}'`, edits: [replace(doc, e.keyRange, model.syntax === 'xml' ? suggestion : JSON.stringify(suggestion).slice(1, -1))], preferred: true }] : [];
      out.push(withFixes(makeDiagnostic(ctx, 'unknown-key', keyRange, { key: e.key, suggestion: suggestion ? ` Did you mean '${suggestion}'?` : '' }), fixes));
      if (CREDENTIAL_NAME.test(e.key) && e.value && e.value.trim() && !isTokenValue(e.value)) {
        out.push(makeDiagnostic(ctx, 'plaintext-secret', toRange(doc, e.valueRange ?? e.keyRange), { name: e.key, detail: 'Anyone who can read the EMM policy or this file can read it; Jabber does not document any credential key for app configuration.' }));
      }
      out.push(...formatTypeDiagnostics(doc, e, ctx));
      continue;
    }
    const p = found.param;
    if (found.kind === 'case' && p.key) {
      out.push(withFixes(makeDiagnostic(ctx, 'key-case', keyRange, { key: e.key, canonical: p.key }), e.encoded ? [] : [{ title: `Change to '${p.key}'`, edits: [replace(doc, e.keyRange, p.key)], preferred: true }]));
    }
    if (found.kind === 'label' && p.key === null) {
      out.push(makeDiagnostic(ctx, 'undocumented-key', keyRange, { label: p.label }));
    }
    if (p.channel === 'jabber-config-only') out.push(makeDiagnostic(ctx, 'jabber-config-only', keyRange, { key: e.key }));
    out.push(...platformDiagnostics(doc, model, e, p, ctx));
    out.push(...formatTypeDiagnostics(doc, e, ctx));
    out.push(...typeDiagnostics(doc, model, e, p, ctx));
    out.push(...valueDiagnostics(doc, model, e, p, ctx, intune));
    for (const r of p.requires ?? []) {
      if (e.value !== undefined && e.value.trim().toLowerCase() === r.when.toLowerCase() && !presentKeys.has(r.key.toLowerCase())) {
        // The code is shared with jabber-config (schemas/diagnostics/jabber-config.json): one meaning, one user override.
        out.push(makeDiagnostic(ctx, 'missing-dependency', keyRange, { detail: `'${e.key}' is ${e.value} but '${r.key}' is not set: ${r.reason}.` }));
      }
    }
  }
  return out;
}

function platformDiagnostics(doc: TextDocument, model: AppConfigModel, e: AppConfigEntry, p: EmmParameter, ctx: ServiceContext): Diagnostic[] {
  const out: Diagnostic[] = [];
  const names = { intune: 'Cisco Jabber for Intune', blackberry: 'Cisco Jabber for BlackBerry', ios: 'on iOS', android: 'on Android' };
  for (const u of p.unsupported ?? []) {
    const emmMatch = u.emm === undefined || u.emm === model.emm;
    const platformMatch = u.platform === undefined || u.platform === model.platform;
    if (emmMatch && platformMatch && (u.emm || u.platform)) {
      const where = [u.emm ? `in ${names[u.emm]}` : '', u.platform ? names[u.platform] : ''].filter(Boolean).join(' ');
      out.push(makeDiagnostic(ctx, 'unsupported-platform', toRange(doc, e.keyRange), { key: e.key, where, reason: u.reason }));
    }
  }
  // Only firm facts raise this: a medium/low-confidence platform list stays in the hover.
  if (model.platform && !p.platforms.includes(model.platform) && (p.confidence ?? 'high') === 'high') {
    out.push(makeDiagnostic(ctx, 'unsupported-platform', toRange(doc, e.keyRange), { key: e.key, where: names[model.platform], reason: `it is documented for ${p.platforms.map((x) => (x === 'ios' ? 'iOS' : 'Android')).join(' and ')} only.` }));
  }
  return out;
}

/** A value that does not parse as the type its own format declares (independent of the key). */
function formatTypeDiagnostics(doc: TextDocument, e: AppConfigEntry, ctx: ServiceContext): Diagnostic[] {
  if (!e.typed || e.value === undefined || !e.valueRange) return [];
  const v = e.value.trim();
  let type: string | undefined;
  if (e.valueKind === 'boolean' && !/^(true|false)$/i.test(v)) type = 'boolean';
  else if (e.valueKind === 'integer' && !/^[-+]?\d+$/.test(v)) type = 'integer';
  else if (e.valueKind === 'real' && (v === '' || Number.isNaN(Number(v)))) type = 'real';
  return type ? [makeDiagnostic(ctx, 'value-type-invalid', toRange(doc, e.valueRange), { value: e.value, type: `${type} (${e.declaredType})` })] : [];
}

const KIND_TEXT: Record<string, string> = {
  string: 'a string',
  integer: 'an integer',
  real: 'a real number',
  boolean: 'a boolean',
  token: 'an Intune token',
  array: 'an array',
  dict: 'a dictionary',
  date: 'a date',
  data: 'binary data',
  null: 'null',
  unknown: 'an unknown type',
};

function typeDiagnostics(doc: TextDocument, model: AppConfigModel, e: AppConfigEntry, p: EmmParameter, ctx: ServiceContext): Diagnostic[] {
  if (p.valueType === 'unknown' || e.valueKind === 'missing') return [];
  const expected = deliveredType(p);
  const actual = e.valueKind;
  const structural = actual === 'array' || actual === 'dict' || actual === 'date' || actual === 'data';
  // String-only channels (Intune managed apps) and undocumented ones (BlackBerry) only get the structural check.
  if (!structural && !e.typed) return [];
  const matches = actual === expected || (expected === 'string' && actual === 'token') || actual === 'unknown' || actual === 'null';
  if (matches) return [];
  const range = toRange(doc, e.valueNodeRange ?? e.keyRange);
  const fixes: Fix[] = [];
  const v = (e.value ?? '').trim();
  let fixValue: string | undefined;
  if (expected === 'boolean' && /^(true|false)$/i.test(v)) fixValue = v.toLowerCase();
  else if (expected === 'integer' && /^[-+]?\d+$/.test(v)) fixValue = v;
  else if (expected === 'string' && !structural && e.value !== undefined) fixValue = e.value;
  if (fixValue !== undefined) {
    const edits = retypeEdits(doc, model, e, expected, fixValue);
    if (edits) fixes.push({ title: `Deliver '${e.key}' as ${KIND_TEXT[expected]}`, edits, preferred: true });
  }
  return [withFixes(makeDiagnostic(ctx, 'type-mismatch', range, { key: e.key, expected: KIND_TEXT[expected].replace(/^an? /, ''), actual: `${KIND_TEXT[actual]}${e.declaredType ? ` (${model.syntax === 'xml' ? `<${e.declaredType}>` : e.declaredType})` : ''}` }), fixes)];
}

function valueDiagnostics(doc: TextDocument, model: AppConfigModel, e: AppConfigEntry, p: EmmParameter, ctx: ServiceContext, intune: boolean): Diagnostic[] {
  if (e.value === undefined || p.valueType === 'unknown') return [];
  if (e.valueKind === 'array' || e.valueKind === 'dict') return [];
  const out: Diagnostic[] = [];
  const range = toRange(doc, e.valueRange ?? e.keyRange);
  if (isTokenValue(e.value)) {
    // Intune fills tokens per user; the value cannot be checked before that, only the token names.
    if (intune) {
      for (const m of e.value.matchAll(/\{\{\s*(\w+)\s*\}\}/g)) {
        if (!INTUNE_TOKENS.includes(m[1].toLowerCase())) out.push(makeDiagnostic(ctx, 'unknown-token', range, { token: m[0] }));
      }
    }
    return out;
  }
  if (p.sensitive && e.value.trim()) {
    out.push(makeDiagnostic(ctx, 'plaintext-secret', range, { name: e.key, detail: 'Use an EMM variable or token instead of a literal credential.' }));
  }
  const v = e.value.trim();
  if (v === '') {
    if (p.type !== 'string') out.push(makeDiagnostic(ctx, 'invalid-value', range, { detail: `'${e.key}' has an empty value; Jabber then behaves as if it were not set.` }));
    return out;
  }
  const problem = checkValue(valueSpecOf(p), v);
  if (problem) {
    const detail = problem.message.replace(`<${valueSpecOf(p).name}>`, `'${e.key}'`);
    const fixes: Fix[] = [];
    for (const s of problem.suggestions.slice(0, 3)) {
      const edits = setValueEdits(doc, model, e, s);
      if (edits) fixes.push({ title: `Change to '${s}'`, edits, preferred: fixes.length === 0 });
    }
    out.push(withFixes(makeDiagnostic(ctx, 'invalid-value', range, { detail }), fixes));
  }
  return out;
}

function documentDiagnostics(doc: TextDocument, model: AppConfigModel, catalog: EmmCatalog, ctx: ServiceContext): Diagnostic[] {
  const out: Diagnostic[] = [];
  if (model.flavor === 'unknown') return out;
  const knownEntries = model.entries.filter((e) => lookupKey(catalog, e.key, model.flavor === 'blackberry-uem').kind !== 'unknown');
  if (!knownEntries.length) return out;
  const marker = toRange(doc, model.markerRange ?? { start: 0, end: 0 });

  // Deployment guide: "When using EMM, disable URL configuration by setting AllowUrlProvisioning to False."
  const aup = model.entries.find((e) => e.key.toLowerCase() === 'allowurlprovisioning' || e.key.toLowerCase() === 'allow url provisioning');
  const aupParam = catalog.byKey.get('AllowUrlProvisioning');
  if (aup && aup.value !== undefined && /^true$/i.test(aup.value.trim())) {
    const edits = setValueEdits(doc, model, aup, 'false');
    out.push(withFixes(makeDiagnostic(ctx, 'url-provisioning-enabled', toRange(doc, aup.valueRange ?? aup.keyRange)), edits ? [{ title: 'Set AllowUrlProvisioning to false', edits, preferred: true }] : []));
  } else if (!aup && aupParam) {
    const edit = insertEntryEdit(doc, model, aupParam, 'false');
    out.push(withFixes(makeDiagnostic(ctx, 'url-provisioning-not-disabled', marker), edit ? [{ title: 'Add AllowUrlProvisioning = false', edits: [edit], preferred: true }] : []));
  }

  // EMMType in jabber-config.xml must allow the client this configuration is for (000 § EMM).
  const client = model.emm === 'intune' ? { code: '1', name: 'Cisco Jabber for Intune' } : model.emm === 'blackberry' ? { code: '2', name: 'Cisco Jabber for BlackBerry' } : undefined;
  if (client) {
    for (const jc of ctx.workspace.documents('jabber-config')) {
      const x = parseXml(jc.getText());
      const el = [...walk(x.roots)].find((n) => n.name.toLowerCase() === 'emmtype');
      const value = el?.text.trim();
      if (!el || !value) continue;
      const allowed = value.split(';').map((s) => s.trim());
      if (!allowed.includes(client.code)) {
        const file = jc.uri.replace(/^.*\//, '');
        const related: DiagnosticRelatedInformation[] = [{ location: { uri: jc.uri, range: { start: jc.positionAt(el.start), end: jc.positionAt(el.end) } }, message: `EMMType ${value}` }];
        out.push(makeDiagnostic(ctx, 'emm-type-excludes-client', marker, { file, value, client: client.name, code: client.code }, { relatedInformation: related }));
      }
    }
  }
  return out;
}
