// Each parameter against the catalog: is it known, spelt as documented, in its group, set once,
// current for the deployed release, a credential, and is its value one Jabber can use.
import type { Position, TextDocument } from 'vscode-languageserver-textdocument';
import { nearest, typoLimit } from '../../core/didYouMean';
import type { Diagnostic, DiagnosticRelatedInformation } from 'vscode-languageserver-types';
import { allParameters, type JabberConfigModel, type JabberParameterNode } from '../../formats/jabber-config';
import { lookupParameter, nonParameterText, type JabberCatalog, type JabberParameter } from '../../catalog/jabberParameters';
import { messagesOf, type Messages } from '../../catalog/messages';
import { makeDiagnostic } from '../../catalog/diagnostics';
import type { ServiceContext } from '../../catalog/context';
import { compareVersions } from '../../core/versions';
import { runSteps, type Steps } from '../../core/steps';
import { hasUrlPassword, isPlaintextSecret } from '../../core/secrets';
import { positionCursor } from '../../core/text';
import { checkValue, valueInRelease } from '../values';

/** Offset -> position in the document being checked (positionCursor: the parameters are met in order). */
type At = (offset: number) => Position;
/** The range of a parameter's trimmed value. */
const valueRange = (at: At, p: JabberParameterNode) => ({ start: at(p.valueStart), end: at(p.valueEnd) });
/** A tag name never spans lines: one offset lookup gives both ends. */
const nameRange = (at: At, p: JabberParameterNode) => {
  const start = at(p.element.nameStart);
  return { start, end: { line: start.line, character: start.character + p.name.length } };
};
// One shared payload for the quick fix that removes an element (diagnostics are serialised, never mutated).
const REMOVE = Object.freeze({ fix: 'remove' });

/** The catalog's spellings in lower case, computed once per catalog rather than once per unknown name. */
const lowerSpellings = new WeakMap<JabberCatalog, string[]>();

/** Did-you-mean candidates: close spellings, the parameters of the enclosing group first. */
export function suggestParameters(catalog: JabberCatalog, name: string, group?: string): string[] {
  const lower = name.toLowerCase();
  const inGroup = (s: string) => Number(catalog.byName.get(s)?.group === group);
  let lowered = lowerSpellings.get(catalog);
  if (!lowered) lowerSpellings.set(catalog, (lowered = catalog.allSpellings.map((s) => s.toLowerCase())));
  const near = nearest(name, catalog.allSpellings, { limit: typoLimit(name, 4), max: Infinity, lowered, tieBreak: (a, b) => inGroup(b) - inGroup(a) });
  const names = [...new Set(near.map((s) => catalog.byName.get(s)!.name))];
  if (!names.length && lower.length >= 6) {
    // Prefix/suffix typos of long names (EnableSIPURIDial) are far by edit distance but obvious.
    const c = nearest(name, catalog.allSpellings, { limit: Infinity, lowered })[0];
    if (c && (c.toLowerCase().startsWith(lower) || lower.startsWith(c.toLowerCase()))) names.push(catalog.byName.get(c)!.name);
  }
  return names.slice(0, 3);
}

export function checkParameters(model: JabberConfigModel, doc: TextDocument, ctx: ServiceContext): Diagnostic[] {
  const all: Diagnostic[] = [];
  for (const slice of checkParametersInSlices(model, doc, ctx)) for (const d of slice) all.push(d);
  return all;
}

/** Parameters checked per slice: a few milliseconds of work, however large the file. */
const SLICE = 250;
/**
 * What an unknown name costs in that count: its did-you-mean search compares it with every documented
 * spelling (0.1–0.3 ms), so a slice of 250 generated unknown names held the event loop for 25–75 ms.
 */
const SUGGESTION_WEIGHT = 15;

/** The parameter checks, yielding what each slice of parameters produced. */
export function* checkParametersInSlices(model: JabberConfigModel, doc: TextDocument, ctx: ServiceContext): Generator<Diagnostic[], void, undefined> {
  let out: Diagnostic[] = [];
  let done = 0;
  const catalog = ctx.catalogs.jabber;
  const release = ctx.settings.jabberRelease;
  const words: Words = { J: messagesOf(ctx, 'jabber-config'), run: `${ctx.locale} ${release}`, byParam: new Map() };
  const J = words.J;
  const at = positionCursor(doc);
  // First occurrence of each parameter, with what its duplicates say about it (built once, shared:
  // diagnostics are serialised, never mutated).
  const seen = new Map<JabberParameter, Repeated | JabberParameterNode>();
  const underConfig = model.root?.name === 'config';
  for (const group of model.groups) {
    const groupKnown = catalog.groupByLowerName.has(group.name.toLowerCase());
    // A parameter used as a group is reported by the structure rules; a foreign root (another
    // kind of XML file) has no Jabber parameters to check.
    if (!groupKnown && (!underConfig || lookupParameter(catalog, group.name))) continue;
    const groupLower = group.name.toLowerCase();
    for (const p of group.parameters) {
      if (++done >= SLICE) {
        done = 0;
        yield out;
        out = [];
      }
      // Positions are looked up only for a parameter that gets a diagnostic, with no closure made per parameter:
      // in-process (tsx) each one costs a defineProperty, a tenth of a 100 000-parameter validation.
      const exact = catalog.byName.get(p.name);
      // A documented name is never a non-parameter (test/unit/jabber-validate.test.ts): looked up as one only when it is not documented.
      const nonParam = exact ? undefined : catalog.nonParameters.get(p.name.toLowerCase());
      if (nonParam) {
        out.push(
          makeDiagnostic(
            ctx,
            'not-a-jabber-config-parameter',
            nameRange(at, p),
            { name: p.name, where: nonParameterText(nonParam, ctx.locale).where },
            { data: REMOVE },
          ),
        );
        continue;
      }
      const hit = exact ? undefined : lookupParameter(catalog, p.name);
      if (!exact && !hit) {
        // Past the cap (ucConfig.maxDiagnostics) the finding is only counted: no did-you-mean is searched for
        // it (a generated file of 240 000 unknown names took minutes to validate).
        const searched = ctx.keeps?.('unknown-parameter') !== false;
        const suggestions = searched ? suggestParameters(catalog, p.name, group.name) : [];
        if (searched) done += SUGGESTION_WEIGHT;
        const suggestion = suggestions.length ? J.t('didYouMean', { name: suggestions[0] }) : '';
        out.push(makeDiagnostic(ctx, 'unknown-parameter', nameRange(at, p), { name: p.name, suggestion }, { data: { suggestions } }));
        continue;
      }
      const param = exact ?? hit!.param;
      if (!exact)
        out.push(makeDiagnostic(ctx, 'parameter-case', nameRange(at, p), { name: p.name, canonical: param.name }, { data: { canonical: param.name } }));
      if (groupKnown && !param.anyGroup && param.group.toLowerCase() !== groupLower && !param.otherGroups?.some((g) => g.toLowerCase() === groupLower)) {
        out.push(
          makeDiagnostic(
            ctx,
            'wrong-group',
            nameRange(at, p),
            { name: p.name, expected: param.group, actual: group.name },
            { data: { expected: param.group } },
          ),
        );
      }
      // Keyed by the catalog entry: every spelling of a parameter is the same parameter.
      let first = seen.get(param);
      if (first && 'element' in first) {
        const fr = nameRange(at, first);
        seen.set(
          param,
          (first = {
            line: fr.start.line + 1,
            related: [{ location: { uri: doc.uri, range: fr }, message: J.t('firstOccurrence', { name: first.name }) }],
          }),
        );
      }
      if (first) {
        const message = first.spelling === p.name ? first.message : undefined;
        const d = makeDiagnostic(
          ctx,
          'duplicate-parameter',
          nameRange(at, p),
          { name: p.name, line: first.line },
          { data: REMOVE, relatedInformation: first.related, message },
        );
        first.spelling = p.name;
        first.message = String(d.message);
        out.push(d);
      } else seen.set(param, p);
      releaseChecks(out, param, p, at, ctx, release, words);
      if (isPlaintextSecret(p.value, p.name, param)) {
        out.push(
          makeDiagnostic(ctx, 'plaintext-secret', valueRange(at, p), {
            name: p.name,
            detail: (words.secret ??= J.t('secret.tftp')),
          }),
        );
      } else if (p.value && hasUrlPassword(p.value)) {
        // A password written into a URL (a PRT upload or update server) is served the same way.
        out.push(makeDiagnostic(ctx, 'plaintext-secret', valueRange(at, p), { name: p.name, detail: (words.urlSecret ??= J.t('secret.url')) }));
      }
      valueChecks(out, param, p, at, ctx, release, words);
    }
  }
  yield out;
}

/** A parameter set more than once: where first, and what its repeats point at. */
interface Repeated {
  line: number;
  related: DiagnosticRelatedInformation[];
  /** The message of the last repeat and its spelling: a repeat spelt the same says the same. */
  spelling?: string;
  message?: string;
}

/** What one run says of a catalog entry, worked out at its first occurrence. */
interface ParamWords {
  since?: string;
  replacement?: string;
  release?: string;
  /** Whether the deployed release has it deprecated / not yet. */
  deprecatedNow?: boolean;
  notYet?: boolean;
  /** The value checks' verdicts for this run's language and release, by value (verdictsOf). */
  values?: Map<string, ValueVerdict>;
}

/**
 * The value checks' verdicts, kept across runs: by catalog entry, then by the run's language and release,
 * then by value. A verdict depends on nothing else, and a file checked again after a keystroke has the
 * same values as before but one; a file repeats its values too. At most VERDICTS values per entry and run.
 */
const verdictsOf = new WeakMap<JabberParameter, Map<string, Map<string, ValueVerdict>>>();
const VERDICTS = 256;

/** What the value checks find in one value of one parameter: a problem, or an enumeration value the release lacks. */
interface ValueVerdict {
  problem?: NonNullable<ReturnType<typeof checkValue>>;
  /** The problem's message, rendered once per verdict (a repeated value says the same thing each time). */
  detail?: string;
  notInRelease?: { spec: NonNullable<JabberParameter['values']>[number]; current: string[] };
}

/**
 * The words of one run's messages, in the user's language (schemas/l10n/jabber-config.json). Text is
 * built only for a diagnostic being reported, and what depends on the catalog entry alone once per
 * entry: a generated file of 100 000 parameters repeats the same few hundred.
 */
interface Words {
  J: Messages;
  /** The run's language and release: what a value's verdict depends on besides the value (verdictsOf). */
  run: string;
  byParam: Map<JabberParameter, ParamWords>;
  secret?: string;
  urlSecret?: string;
}

function wordsOf(words: Words, param: JabberParameter) {
  let w = words.byParam.get(param);
  if (!w) words.byParam.set(param, (w = {}));
  return w;
}

// The per-parameter checks append to the caller's list: a file of 100 000 parameters should not
// allocate an array per parameter to say nothing.
function releaseChecks(out: Diagnostic[], param: JabberParameter, p: JabberParameterNode, at: At, ctx: ServiceContext, release: string, words: Words): void {
  const dep = param.deprecated;
  const { J } = words;
  if (!dep && !param.since) return;
  const pw = wordsOf(words, param);
  pw.deprecatedNow ??= !!dep && (!dep.since || compareVersions(release, dep.since) >= 0);
  pw.notYet ??= !!param.since && compareVersions(release, param.since) < 0;
  if (dep && pw.deprecatedNow) {
    pw.since ??= dep.since ? J.t('deprecated.since', { version: dep.since }) : '';
    pw.replacement ??= dep.replacedBy
      ? J.t('deprecated.replacedBy', { name: dep.replacedBy })
      : dep.note
        ? J.t('deprecated.note', { note: deprecatedNote(param, dep.note, ctx).replace(/[.。]$/, '') })
        : '';
    out.push(
      makeDiagnostic(
        ctx,
        'deprecated-parameter',
        nameRange(at, p),
        { name: p.name, since: pw.since, replacement: pw.replacement },
        { data: { replacedBy: dep.replacedBy } },
      ),
    );
  }
  if (param.since && pw.notYet) {
    out.push(
      makeDiagnostic(ctx, 'not-in-release', nameRange(at, p), {
        detail: (pw.release ??= J.t('release.parameter', { name: param.name, since: param.since, release })),
      }),
    );
  }
}

function valueChecks(out: Diagnostic[], param: JabberParameter, p: JabberParameterNode, at: At, ctx: ServiceContext, release: string, words: Words): void {
  if (!p.value || param.type === 'xml') return;
  const { J } = words;
  const pw = wordsOf(words, param);
  if (!pw.values) {
    let runs = verdictsOf.get(param);
    if (!runs) verdictsOf.set(param, (runs = new Map()));
    pw.values = runs.get(words.run);
    if (!pw.values) runs.set(words.run, (pw.values = new Map()));
  }
  let verdict = pw.values.get(p.value);
  if (!verdict) {
    if (pw.values.size >= VERDICTS) pw.values.clear();
    verdict = valueVerdict(param, p.value, release);
    pw.values.set(p.value, verdict);
  }
  const { problem, notInRelease } = verdict;
  if (problem) {
    verdict.detail ??= J.render(problem.text);
    // The check's message is data (schemas/l10n), rendered in the user's language, English included.
    out.push(makeDiagnostic(ctx, 'invalid-value', valueRange(at, p), { detail: verdict.detail }, { data: { suggestions: problem.suggestions } }));
    return;
  }
  if (notInRelease) {
    const { spec, current } = notInRelease;
    out.push(
      makeDiagnostic(
        ctx,
        'not-in-release',
        valueRange(at, p),
        {
          detail: J.t(spec.until ? 'release.valueReplaced' : 'release.valueNeeds', {
            name: param.name,
            value: p.value,
            version: spec.until ?? spec.since,
            release,
            values: current.join(J.t('or')),
          }),
        },
        { data: { suggestions: current } },
      ),
    );
  }
}

function valueVerdict(param: JabberParameter, value: string, release: string): ValueVerdict {
  const problem = checkValue(param, value, release);
  if (problem) return { problem };
  if (param.type === 'enum' && param.values) {
    const lower = value.toLowerCase();
    const spec = param.values.find((v) => v.value.toLowerCase() === lower);
    if (spec && !valueInRelease(spec, release))
      return { notInRelease: { spec, current: param.values.filter((v) => valueInRelease(v, release)).map((v) => v.value) } };
  }
  return {};
}

/** A deprecation note in the user's language (schemas/l10n/jabber-parameters.<locale>.json). */
function deprecatedNote(param: JabberParameter, note: string, ctx: ServiceContext): string {
  return ctx.locale === 'en' ? note : (ctx.catalogs.jabberText(ctx.locale).parameters[param.name]?.deprecatedNote ?? note);
}

/** Parameters of the model keyed by canonical lower-cased name (first occurrence), for rule evaluation. */
export function parameterIndex(model: JabberConfigModel, catalog: JabberCatalog): Map<string, JabberParameterNode> {
  return runSteps(parameterIndexInSteps(model, catalog));
}

/** Indexes built, one per model and catalog (a model is one document version's parse). */
const indexes = new WeakMap<JabberConfigModel, { catalog: JabberCatalog; index: Map<string, JabberParameterNode> }>();
/** Parameters indexed per step (a few milliseconds: every name is looked up in the catalog). */
const INDEXED_PER_STEP = 2048;

/** parameterIndex in steps, for the stepped validation (100 000 parameters take tens of milliseconds); kept for the model. */
export function* parameterIndexInSteps(model: JabberConfigModel, catalog: JabberCatalog): Steps<Map<string, JabberParameterNode>> {
  const known = indexes.get(model);
  if (known && known.catalog === catalog) return known.index;
  const index = new Map<string, JabberParameterNode>();
  let turns = 0;
  for (const p of allParameters(model)) {
    if (++turns % INDEXED_PER_STEP === 0) yield;
    const param = catalog.byName.get(p.name) ?? lookupParameter(catalog, p.name)?.param;
    const key = param ? catalog.lowerName.get(param)! : p.name.toLowerCase();
    if (!index.has(key)) index.set(key, p);
  }
  indexes.set(model, { catalog, index });
  return index;
}
