// Diagnostics for EMM app-configuration files. Syntax and structure problems come from the parser;
// everything else from the catalog (schemas/emm-parameters.json, emm-matrices.json) and the shared
// value checks (server/rules/values.ts). Quick fixes are computed here, where the facts are, and
// travel in each diagnostic's data to codeActions. Every word a message adds to its template comes
// from schemas/l10n/app-config.json, so Korean and Japanese messages are Korean and Japanese throughout.
//
// One validation is one linear pass: the file is parsed once (model.ts), each distinct key is looked
// up once, each distinct (key, value) is checked once (and remembered), and templates are compiled
// once per process.
import { nearest } from '../../core/didYouMean';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Diagnostic, DiagnosticRelatedInformation, Range } from 'vscode-languageserver-types';
import type { AppConfigEntry, AppConfigError, AppConfigModel } from '../../formats/appconfig-model';
import { jabberModelOf } from '../../formats/jabber-config';
import { walk, xmlErrorText, xmlErrorsInSteps } from '../../formats/xml';
import { jsonSyntaxError } from '../../formats/appconfig-json';
import { jsonSyntaxErrorsInSteps } from '../../formats/jsonSyntax';
import { hidesSomething, isPlaintextSecret, isSecret, MASK, shownValue } from '../../core/secrets';
import { checkValue, type ValueProblem } from '../../rules/values';
import { concatSteps, makeDiagnostic, type DiagnosticExtras } from '../../catalog/diagnostics';
import { runGuards } from '../guards';
import type { ServiceContext } from '../types';
import { emmCatalogOf, lookupKey, valueSpecOf, type EmmCatalog, type EmmParameter, type KeyLookup } from './catalog';
import { insertEntryEdit, replace, retypeEdits, setValueEdits, toRange, type Fix } from './edits';
import { appConfigText, parameterText, type AppConfigText, type MessageArgs, type MessageText } from './l10n';
import { getAppConfigModel, isJsonDocument } from './model';
import { deliveredType } from './snippets';
import { folderOfUri } from '../../core/uri';

/** Intune app-configuration tokens (field notes §4.3, Microsoft Intune docs). */
export const INTUNE_TOKENS = [
  'userprincipalname',
  'mail',
  'partialupn',
  'accountid',
  'deviceid',
  'userid',
  'username',
  'serialnumber',
  'serialnumberlast4digits',
  'udidlast4digits',
];

const TOKEN = /\{\{\s*\w+\s*\}\}/;
const TOKENS = /\{\{\s*(\w+)\s*\}\}/g;

/** What one validation shares: the document, the text catalog of its language, and per-run memos. */
interface Run {
  doc: TextDocument;
  ctx: ServiceContext;
  L: AppConfigText;
  catalog: EmmCatalog;
  /** Key as written → where the lookup lands (a file repeats keys; each is looked up once). */
  lookups: Map<string, KeyLookup>;
  /** Diagnostic code → its template in the run's language, cut at the placeholders. */
  templates: Map<string, string[]>;
}

export function validateAppConfig(doc: TextDocument, ctx: ServiceContext): Diagnostic[] {
  return concatSteps(validateAppConfigInSteps(doc, ctx));
}

/** Entries checked per step: a few milliseconds of work, however large the file (handlers/validation.ts yields between steps). */
const SLICE = 500;

/** The same diagnostics as validateAppConfig, in steps the server can answer requests between. */
export function* validateAppConfigInSteps(doc: TextDocument, ctx: ServiceContext): Generator<Diagnostic[], void, undefined> {
  const text = doc.getText();
  if (text.startsWith('bplist')) {
    yield [makeDiagnostic(ctx, 'binary-content', toRange(doc, { start: 0, end: 6 }), {}, { message: appConfigText(ctx).t('binaryPlist') })];
    return;
  }
  const guard = runGuards(doc, ctx);
  // An empty file is a file about to be written (completion offers whole configurations): no noise.
  if (guard.depth === 'none' || !text.trim()) {
    yield guard.diagnostics;
    return;
  }
  const run: Run = { doc, ctx, L: appConfigText(ctx), catalog: emmCatalogOf(ctx), lookups: new Map(), templates: new Map() };
  if (guard.depth === 'syntax') {
    // Above ucConfig.maxFileSizeMB: the well-formedness check alone, read in steps, nothing modelled.
    yield guard.diagnostics;
    if (isJsonDocument(doc)) {
      for (const errors of jsonSyntaxErrorsInSteps(text)) {
        const out: Diagnostic[] = [];
        syntaxDiagnostics(run, { flavor: 'unknown', syntax: 'json', entries: [], errors: errors.map(jsonSyntaxError) }, out);
        yield out;
      }
      return;
    }
    for (const errors of xmlErrorsInSteps(text)) {
      yield errors.map((e) => diag(run, 'xml-syntax', toRange(doc, e), {}, { message: run.L.t('xmlSyntax', { detail: xmlErrorText(e) }) }));
    }
    return;
  }
  const model = getAppConfigModel(doc);
  const out = guard.diagnostics;
  syntaxDiagnostics(run, model, out);
  yield out;
  const state: EntryState = { seen: new Map(), found: [] };
  for (let from = 0; from < model.entries.length; from += SLICE) {
    const step: Diagnostic[] = [];
    entryDiagnostics(run, model, step, state, from, Math.min(model.entries.length, from + SLICE));
    yield step;
  }
  const last: Diagnostic[] = [];
  documentDiagnostics(run, model, state.found, last);
  yield last;
}

// ---------------------------------------------------------------------------------------------
// Messages

const compiledTemplates = new Map<string, string[]>();

/**
 * A diagnostic whose template is filled from the catalog of the context's language; arguments may be
 * messages (MessageText), rendered in the same language. Same result as makeDiagnostic's own filling
 * (an unknown placeholder becomes empty), with templates compiled once.
 */
function diag(run: Run, code: string, range: Range, args: MessageArgs = NO_ARGS, extras: DiagnosticExtras = {}): Diagnostic {
  if (extras.message === undefined) {
    let parts = run.templates.get(code);
    if (!parts) {
      const spec = run.ctx.catalogs.diagnostics.get(code);
      if (!spec) return makeDiagnostic(run.ctx, code, range, {}, extras); // throws: the code is not declared
      const template = (run.ctx.locale !== 'en' && spec.message[run.ctx.locale as 'ko' | 'ja']) || spec.message.en;
      parts = compiledTemplates.get(template);
      if (!parts) compiledTemplates.set(template, (parts = template.split(/\{(\w+)\}/)));
      run.templates.set(code, parts);
    }
    let message = parts[0];
    for (let i = 1; i < parts.length; i += 2) {
      const v = args[parts[i]];
      if (v !== undefined) message += typeof v === 'object' ? run.L.render(v) : String(v);
      message += parts[i + 1];
    }
    // Every caller passes a fresh extras object (or the default): filling it in place is safe.
    extras.message = message;
  }
  return makeDiagnostic(run.ctx, code, range, NO_ARGS, extras);
}

const NO_ARGS = Object.freeze({});

const ref = (id: string, args?: MessageText['args']): MessageText => ({ id, args });

function syntaxDiagnostics(run: Run, model: AppConfigModel, out: Diagnostic[]): void {
  const { doc, L } = run;
  for (const e of model.errors) {
    const range = toRange(doc, e);
    switch (e.code) {
      case 'xml-syntax':
        out.push(
          withFixes(
            diag(run, 'xml-syntax', range, {}, { message: L.t('xmlSyntax', { detail: e.text ?? e.message }) }),
            e.expectedEndTag
              ? [{ title: L.t('fix.renameEndTag', { name: e.expectedEndTag }), edits: [{ range, newText: e.expectedEndTag }], preferred: true }]
              : [],
          ),
        );
        break;
      case 'json-syntax':
        out.push(diag(run, 'json-syntax', range, { detail: e.text ?? e.message }));
        break;
      case 'binary-content':
        out.push(diag(run, 'binary-content', range, {}, { message: e.text ? L.render(e.text) : e.message }));
        break;
      default:
        out.push(diag(run, e.code, range, templateArgs(e)));
    }
  }
}

function templateArgs(e: AppConfigError): MessageArgs {
  return e.textArgs ?? e.args ?? { message: e.message };
}

function withFixes(d: Diagnostic, fixes: Fix[]): Diagnostic {
  if (fixes.length) d.data = { fixes };
  return d;
}

// ---------------------------------------------------------------------------------------------
// Did you mean

interface Candidates {
  names: string[];
  lower: string[];
}
const candidateCache = new WeakMap<EmmCatalog, { keys?: Candidates; withLabels?: Candidates }>();

function candidatesOf(catalog: EmmCatalog, allowLabels: boolean): Candidates {
  let c = candidateCache.get(catalog);
  if (!c) candidateCache.set(catalog, (c = {}));
  const slot = allowLabels ? 'withLabels' : 'keys';
  if (!c[slot]) {
    const names = catalog.keyed.map((p) => p.key!).concat(allowLabels ? catalog.parameters.filter((p) => p.label).map((p) => p.label!) : []);
    c[slot] = { names, lower: names.map((n) => n.toLowerCase()) };
  }
  return c[slot]!;
}

/** The closest documented key (or BlackBerry label), when it is close enough to be a typo. */
export function suggestKey(catalog: EmmCatalog, key: string, allowLabels: boolean): string | undefined {
  const { names, lower } = candidatesOf(catalog, allowLabels);
  return nearest(key, names, { lowered: lower })[0];
}

function isTokenValue(v: string): boolean {
  return TOKEN.test(v);
}

// ---------------------------------------------------------------------------------------------
// Entries

function lookup(run: Run, key: string, allowLabels: boolean): KeyLookup {
  let found = run.lookups.get(key);
  if (!found) run.lookups.set(key, (found = lookupKey(run.catalog, key, allowLabels)));
  return found;
}

/** Checks every entry; returns what each entry's key resolved to, in entry order. */
/** What the entry checks carry from one step to the next. */
interface EntryState {
  /** Keyed by the parameter itself, or by the key as written when it is none: no string per entry. */
  /** The first entry of each parameter, with the related information its repeats share (made once: diagnostics are serialised, never mutated). */
  seen: Map<EmmParameter | string, { entry: AppConfigEntry; related?: DiagnosticRelatedInformation[] }>;
  presentKeys?: Set<string>;
  found: KeyLookup[];
}

/** The checks of entries [from, to): one step of the validation. */
function entryDiagnostics(run: Run, model: AppConfigModel, out: Diagnostic[], state: EntryState, from: number, to: number): void {
  const { doc, L, catalog } = run;
  const { seen, found } = state;
  const allowLabels = model.flavor === 'blackberry-uem';
  const intune = model.emm === 'intune' || model.flavor === 'ios-plist';

  // No closures in this loop: a function created per entry costs more than the checks themselves.
  for (let n = from; n < to; n++) {
    const e = model.entries[n];
    let keyRange: Range | undefined;
    const f = lookup(run, e.key, allowLabels);
    found.push(f);
    const param = f.kind === 'unknown' ? undefined : f.param;

    // Duplicates: the same parameter twice, whatever the spelling.
    const identity = param ?? e.key;
    const first = seen.get(identity);
    if (first && !e.encoded) {
      first.related ??= [{ location: { uri: doc.uri, range: toRange(doc, first.entry.keyRange) }, message: L.t('firstSetHere') }];
      out.push(
        withFixes(diag(run, 'duplicate-key', (keyRange ??= toRange(doc, e.keyRange)), { key: e.key }, { relatedInformation: first.related }), [
          { title: L.t('fix.remove', { key: e.key }), edits: [replace(doc, e.entryRange, '')], preferred: true },
        ]),
      );
    } else if (!first) {
      seen.set(identity, { entry: e });
    }

    if (f.kind === 'unknown') {
      const suggestion = suggestKey(catalog, e.key, allowLabels);
      const fixes: Fix[] =
        suggestion && !e.encoded
          ? [
              {
                title: L.t('fix.changeTo', { value: suggestion }),
                edits: [replace(doc, e.keyRange, model.syntax === 'xml' ? suggestion : JSON.stringify(suggestion).slice(1, -1))],
                preferred: true,
              },
            ]
          : [];
      out.push(
        withFixes(
          diag(run, 'unknown-key', (keyRange ??= toRange(doc, e.keyRange)), { key: e.key, suggestion: suggestion ? ref('didYouMean', { suggestion }) : '' }),
          fixes,
        ),
      );
      if (e.value && isPlaintextSecret(e.value, e.key) && !isTokenValue(e.value)) {
        out.push(diag(run, 'plaintext-secret', toRange(doc, e.valueRange ?? e.keyRange), { name: e.key, detail: ref('secret.unknownKey') }));
      }
      formatTypeDiagnostics(run, e, out, null);
      continue;
    }
    const p = f.param;
    if (f.kind === 'case' && p.key) {
      out.push(
        withFixes(
          diag(run, 'key-case', (keyRange ??= toRange(doc, e.keyRange)), { key: e.key, canonical: p.key }),
          e.encoded ? [] : [{ title: L.t('fix.changeTo', { value: p.key }), edits: [replace(doc, e.keyRange, p.key)], preferred: true }],
        ),
      );
    }
    if (f.kind === 'label' && p.key === null) {
      out.push(diag(run, 'undocumented-key', (keyRange ??= toRange(doc, e.keyRange)), { label: p.label }));
    }
    if (p.channel === 'jabber-config-only') out.push(diag(run, 'jabber-config-only', (keyRange ??= toRange(doc, e.keyRange)), { key: e.key }));
    if (p.unsupported || model.platform) platformDiagnostics(run, model, e, p, out);
    const typeCheckedAt = out.length;
    formatTypeDiagnostics(run, e, out, p);
    const typeInvalid = out.length > typeCheckedAt;
    typeDiagnostics(run, model, e, p, out);
    const valueCheckedAt = out.length;
    valueDiagnostics(run, model, e, p, intune, out);
    // One mistake, one finding: a "yes" given as a boolean is reported once, by the value check that
    // names the documented values and offers the fix.
    if (typeInvalid && out.slice(valueCheckedAt).some((d) => d.code === 'invalid-value')) out.splice(typeCheckedAt, 1);
    for (let i = 0; i < (p.requires?.length ?? 0); i++) {
      const r = p.requires![i];
      state.presentKeys ??= new Set(model.entries.map((x) => x.key.toLowerCase()));
      if (e.value !== undefined && e.value.trim().toLowerCase() === r.when.toLowerCase() && !state.presentKeys.has(r.key.toLowerCase())) {
        // The code is shared with jabber-config (schemas/diagnostics/jabber-config.json): one meaning, one user override.
        const reason = parameterText(L, p).requires?.[i] ?? r.reason;
        out.push(
          diag(run, 'missing-dependency', (keyRange ??= toRange(doc, e.keyRange)), {
            detail: ref('requires', { key: e.key, value: e.value, required: r.key, reason }),
          }),
        );
      }
    }
  }
}

const CLIENT_IDS = { intune: 'client.intune', blackberry: 'client.blackberry' } as const;
const PLATFORM_NAMES = { ios: 'iOS', android: 'Android' } as const;

function platformDiagnostics(run: Run, model: AppConfigModel, e: AppConfigEntry, p: EmmParameter, out: Diagnostic[]): void {
  const { L } = run;
  const reasons = p.unsupported ? parameterText(L, p).unsupported : undefined;
  (p.unsupported ?? []).forEach((u, i) => {
    const emmMatch = u.emm === undefined || u.emm === model.emm;
    const platformMatch = u.platform === undefined || u.platform === model.platform;
    if (emmMatch && platformMatch && (u.emm || u.platform)) {
      const client = u.emm ? ref(CLIENT_IDS[u.emm]) : undefined;
      const platform = u.platform ? PLATFORM_NAMES[u.platform] : undefined;
      const where =
        client && platform
          ? ref('where.clientPlatform', { client, platform })
          : client
            ? ref('where.client', { client })
            : ref('where.platform', { platform: platform! });
      out.push(diag(run, 'unsupported-platform', toRange(run.doc, e.keyRange), { key: e.key, where, reason: reasons?.[i] ?? u.reason }));
    }
  });
  // Only firm facts raise this: a medium/low-confidence platform list stays in the hover.
  if (model.platform && !p.platforms.includes(model.platform) && (p.confidence ?? 'high') === 'high') {
    const platforms = p.platforms.map((x) => PLATFORM_NAMES[x]).join(L.t('and'));
    out.push(
      diag(run, 'unsupported-platform', toRange(run.doc, e.keyRange), {
        key: e.key,
        where: ref('where.platform', { platform: PLATFORM_NAMES[model.platform] }),
        reason: ref('documentedFor', { platforms }),
      }),
    );
  }
}

/** A value that does not parse as the type its own format declares (independent of the key). */
/** `known`: the catalog parameter (its `sensitive` flag decides whether the value may be quoted), null for an unknown key. */
function formatTypeDiagnostics(run: Run, e: AppConfigEntry, out: Diagnostic[], known: EmmParameter | null): void {
  if (!e.typed || e.value === undefined || !e.valueRange) return;
  const v = e.value.trim();
  let type: string | undefined;
  if (e.valueKind === 'boolean' && !/^(true|false)$/i.test(v)) type = 'boolean';
  else if (e.valueKind === 'integer' && !/^[-+]?\d+$/.test(v)) type = 'integer';
  else if (e.valueKind === 'real' && (v === '' || Number.isNaN(Number(v)))) type = 'real';
  if (type) {
    out.push(
      diag(run, 'value-type-invalid', toRange(run.doc, e.valueRange), {
        value: shownValue(e.value, e.key, known),
        type: ref('typeWithMarker', { type: ref(`valueType.${type}`), marker: String(e.declaredType) }),
      }),
    );
  }
}

function typeDiagnostics(run: Run, model: AppConfigModel, e: AppConfigEntry, p: EmmParameter, out: Diagnostic[]): void {
  if (p.valueType === 'unknown' || e.valueKind === 'missing') return;
  const expected = deliveredType(p);
  const actual = e.valueKind;
  const structural = actual === 'array' || actual === 'dict' || actual === 'date' || actual === 'data';
  // String-only channels (Intune managed apps) and undocumented ones (BlackBerry) only get the structural check.
  if (!structural && !e.typed) return;
  const matches = actual === expected || (expected === 'string' && actual === 'token') || actual === 'unknown' || actual === 'null';
  if (matches) return;
  const { doc, L } = run;
  const range = toRange(doc, e.valueNodeRange ?? e.keyRange);
  const fixes: Fix[] = [];
  const v = (e.value ?? '').trim();
  let fixValue: string | undefined;
  if (expected === 'boolean' && /^(true|false)$/i.test(v)) fixValue = v.toLowerCase();
  else if (expected === 'integer' && /^[-+]?\d+$/.test(v)) fixValue = v;
  else if (expected === 'string' && !structural && e.value !== undefined) fixValue = e.value;
  if (fixValue !== undefined) {
    const edits = retypeEdits(doc, model, e, expected, fixValue);
    if (edits) fixes.push({ title: L.t('fix.deliverAs', { key: e.key, kind: ref(`kindA.${expected}`) }), edits, preferred: true });
  }
  const actualText = e.declaredType
    ? ref('typeWithMarker', { type: ref(`kindA.${actual}`), marker: model.syntax === 'xml' ? `<${e.declaredType}>` : e.declaredType })
    : ref(`kindA.${actual}`);
  out.push(withFixes(diag(run, 'type-mismatch', range, { key: e.key, expected: ref(`kind.${expected}`), actual: actualText }), fixes));
}

/**
 * checkValue for a parameter and value. The check is pure and the catalog never changes, so answers
 * are kept across validations (a large file repeats values; every keystroke re-checks the same ones),
 * a bounded number per parameter.
 */
function checked(p: EmmParameter, v: string): ValueProblem | undefined {
  let byValue = checks.get(p);
  if (!byValue) checks.set(p, (byValue = new Map()));
  let problem = byValue.get(v);
  if (problem === undefined) {
    if (byValue.size >= MAX_CHECKS_KEPT) byValue.clear();
    byValue.set(v, (problem = checkValue(valueSpecOf(p), v) ?? null));
  }
  return problem ?? undefined;
}

const checks = new WeakMap<EmmParameter, Map<string, ValueProblem | null>>();
const MAX_CHECKS_KEPT = 1000;

function valueDiagnostics(run: Run, model: AppConfigModel, e: AppConfigEntry, p: EmmParameter, intune: boolean, out: Diagnostic[]): void {
  if (e.value === undefined || p.valueType === 'unknown') return;
  if (e.valueKind === 'array' || e.valueKind === 'dict') return;
  const { doc, L } = run;
  let range: Range | undefined;
  if (isTokenValue(e.value)) {
    // Intune fills tokens per user; the value cannot be checked before that, only the token names.
    if (intune) {
      for (const m of e.value.matchAll(TOKENS)) {
        if (!INTUNE_TOKENS.includes(m[1].toLowerCase()))
          out.push(diag(run, 'unknown-token', (range ??= toRange(doc, e.valueRange ?? e.keyRange)), { token: m[0] }));
      }
    }
    return;
  }
  if (isPlaintextSecret(e.value, e.key, p)) {
    out.push(diag(run, 'plaintext-secret', (range ??= toRange(doc, e.valueRange ?? e.keyRange)), { name: e.key, detail: ref('secret.literal') }));
  }
  const v = e.value.trim();
  if (v === '') {
    if (p.type !== 'string')
      out.push(diag(run, 'invalid-value', range ?? toRange(doc, e.valueRange ?? e.keyRange), { detail: ref('emptyValue', { key: e.key }) }));
    return;
  }
  const problem = checked(p, v);
  if (problem) {
    // The shared check names the parameter <Name>; here it is the key as the file writes it.
    // A secret's value is not quoted back (the range still points at it).
    const detail = L.render(problem.text, isSecret(e.key, p) && hidesSomething(v) ? { name: e.key, value: MASK } : { name: e.key });
    const fixes: Fix[] = [];
    for (const s of problem.suggestions.slice(0, 3)) {
      const edits = setValueEdits(doc, model, e, s);
      if (edits) fixes.push({ title: L.t('fix.changeTo', { value: s }), edits, preferred: fixes.length === 0 });
    }
    out.push(withFixes(diag(run, 'invalid-value', range ?? toRange(doc, e.valueRange ?? e.keyRange), { detail }), fixes));
  }
}

// ---------------------------------------------------------------------------------------------
// The document as a whole

function documentDiagnostics(run: Run, model: AppConfigModel, found: KeyLookup[], out: Diagnostic[]): void {
  if (model.flavor === 'unknown') return;
  if (!found.some((f) => f.kind !== 'unknown')) return;
  const { doc, ctx, L, catalog } = run;
  const markerRange = model.markerRange ?? { start: 0, end: 0 };

  // Deployment guide: "When using EMM, disable URL configuration by setting AllowUrlProvisioning to False."
  const aup = model.entries.find(
    (e) => e.key.length >= 20 && (e.key.toLowerCase() === 'allowurlprovisioning' || e.key.toLowerCase() === 'allow url provisioning'),
  );
  const aupParam = catalog.byKey.get('AllowUrlProvisioning');
  if (aup && aup.value !== undefined && /^true$/i.test(aup.value.trim())) {
    const edits = setValueEdits(doc, model, aup, 'false');
    out.push(
      withFixes(
        diag(run, 'url-provisioning-enabled', toRange(doc, aup.valueRange ?? aup.keyRange)),
        edits ? [{ title: L.t('fix.disableUrlProvisioning'), edits, preferred: true }] : [],
      ),
    );
  } else if (!aup && aupParam) {
    const edit = insertEntryEdit(doc, model, aupParam, 'false');
    out.push(
      withFixes(
        diag(run, 'url-provisioning-not-disabled', toRange(doc, markerRange)),
        edit ? [{ title: L.t('fix.addUrlProvisioning'), edits: [edit], preferred: true }] : [],
      ),
    );
  }

  // EMMType in jabber-config.xml must allow the client this configuration is for (000 § EMM).
  const client =
    model.emm === 'intune' ? { code: '1', name: CLIENT_IDS.intune } : model.emm === 'blackberry' ? { code: '2', name: CLIENT_IDS.blackberry } : undefined;
  if (client) {
    // The jabber-configs of the same deployment (the folder): another customer's file is not this one's.
    for (const jc of ctx.workspace.documents('jabber-config').filter((d) => folderOfUri(d.uri) === folderOfUri(doc.uri))) {
      // The jabber-config features' own per-version parse: a keystroke here does not re-parse that file.
      const x = jabberModelOf(jc).xml;
      const el = [...walk(x.roots)].find((n) => n.name.toLowerCase() === 'emmtype');
      const value = el?.text.trim();
      if (!el || !value) continue;
      const allowed = value.split(';').map((s) => s.trim());
      if (!allowed.includes(client.code)) {
        const file = jc.uri.replace(/^.*\//, '');
        const related: DiagnosticRelatedInformation[] = [
          { location: { uri: jc.uri, range: { start: jc.positionAt(el.start), end: jc.positionAt(el.end) } }, message: `EMMType ${value}` },
        ];
        out.push(
          diag(
            run,
            'emm-type-excludes-client',
            toRange(doc, markerRange),
            { file, value, client: ref(client.name), code: client.code },
            { relatedInformation: related },
          ),
        );
      }
    }
  }
}
