// The one evaluator of schemas/uc-settings-rules.json. A rule names a scope (`each`), preconditions
// (`when`) and one `check`; every value that fails the check becomes a Finding at the value itself, or
// at the nearest existing key when the value is missing. Rules whose logic does not fit the vocabulary
// call a named function of custom.ts, never inline code here.
import { formatPath, type SettingsNode } from '../../formats/settings';
import { customChecks } from './custom';
import { booleanish, compilePath, missingTail, nearestExisting, resolve, scalarEquals, type PathContext, type ResolvedValue } from './paths';
import type { EngineContext, Failure, Finding, FixPlan, Predicate, RelatedNode, SettingsRule } from './types';
import { isHostName, isIp } from '../../core/net';
import { normalizeSan } from './values';
import { versionAtLeast } from '../../core/versions';

const scalarOf = (r: ResolvedValue) => (r.node.kind === 'scalar' ? r.node.value : undefined);
/** The value of an `other` node, passed through the predicate's template ("lyncdiscover.{}"). */
const otherOf = (p: Predicate, r: ResolvedValue) => (p.otherTemplate ? p.otherTemplate.split('{}').join(String(scalarOf(r))) : scalarOf(r));
const present = (r: ResolvedValue) => {
  const v = r.node;
  if (v.kind === 'scalar') return v.value !== null && v.value !== '';
  if (v.kind === 'array') return v.items!.length > 0;
  return true;
};
const text = (v: unknown) => (v === undefined || v === null ? '' : String(v));

function parseDate(v: unknown): Date | undefined {
  if (v instanceof Date) return v;
  if (typeof v !== 'string') return undefined;
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(v.trim());
  return m ? new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]))) : undefined;
}

/**
 * Each rule's expression, compiled once: a rule runs per item of its scope and per deployment, and a new
 * RegExp per run cost a folder check of 50 deployments about 15 ms. The rules' schema allows no g or y
 * flag, so an expression keeps no state between tests.
 */
const compiled = new WeakMap<Predicate, RegExp>();

/** Evaluates one predicate; returns the failures (empty = holds). */
export function failures(p: Predicate, ctx: EngineContext, forCondition = false): Failure[] {
  const values = p.path ? resolve(p.path, ctx) : [];
  const scalars = values.filter((r) => r.node.kind === 'scalar' && r.node.value !== null);
  const each = (ok: (v: unknown, r: ResolvedValue) => boolean, args: (v: unknown) => Record<string, string> = (v) => ({ value: text(v) })) =>
    scalars.filter((r) => !ok(scalarOf(r), r)).map((r) => ({ node: r.node, args: args(scalarOf(r)) }));
  // A condition on a setting that is not there does not hold (except "absent").
  const missingCondition =
    forCondition &&
    p.op !== 'absent' &&
    p.op !== 'exists' &&
    p.op !== 'mutuallyExclusive' &&
    p.op !== 'custom' &&
    p.op !== 'maxCount' &&
    p.op !== 'minCount' &&
    scalars.length === 0 &&
    values.length === 0;
  if (missingCondition) return [{ args: {} }];
  // "Must be on" where the UI default is off: a missing setting fails like a wrong one.
  if (p.missingFails && !forCondition && p.op !== 'exists' && !values.some(present)) {
    const at = p.path ? nearestExisting(p.path, ctx) : ctx.item;
    return [{ node: at, atKey: true, args: { value: '', path: p.path ?? '' } }];
  }
  switch (p.op) {
    case 'exists': {
      if (values.some(present)) return [];
      const at = p.path ? nearestExisting(p.path, ctx) : ctx.item;
      return [{ node: at, atKey: true, args: { path: p.path ?? '' } }];
    }
    case 'absent':
      return values
        .filter(present)
        .filter((r) => !(r.node.kind === 'scalar' && booleanish(r.node.value) === false))
        .map((r) => ({ node: r.node, atKey: r.node.kind !== 'scalar', args: { value: r.node.kind === 'scalar' ? text(r.node.value) : '' } }));
    case 'equals':
      return each(
        (v) => (p.caseSensitive ? String(v) === String(p.value) : scalarEquals(v, p.value)),
        (v) => ({ value: text(v), expected: text(p.value) }),
      );
    case 'notEquals':
      return each(
        (v) => !scalarEquals(v, p.value),
        (v) => ({ value: text(v), expected: text(p.value) }),
      );
    case 'oneOf':
      return each(
        (v) => (p.values ?? []).some((x) => scalarEquals(v, x)),
        (v) => ({ value: text(v), expected: (p.values ?? []).join(', ') }),
      );
    case 'isOn':
      return each((v) => booleanish(v) === true);
    case 'isOff':
      return each((v) => booleanish(v) === false);
    case 'matches':
    case 'notMatches': {
      const re = compiled.get(p) ?? new RegExp(p.pattern ?? '', p.flags ?? '');
      compiled.set(p, re);
      return each((v) => re.test(String(v)) === (p.op === 'matches'));
    }
    case 'atLeast':
      return each(
        (v) => typeof v !== 'number' || v >= Number(p.value),
        (v) => ({ value: text(v), expected: text(p.value) }),
      );
    case 'atMost':
      return each(
        (v) => typeof v !== 'number' || v <= Number(p.value),
        (v) => ({ value: text(v), expected: text(p.value) }),
      );
    case 'notIp':
      return each((v) => !isIp(String(v)));
    case 'fqdn':
      return each((v) => isHostName(String(v).trim(), { fqdn: true }));
    case 'versionAtLeast':
      return each(
        (v) => versionAtLeast(v, String(p.value)) !== false,
        (v) => ({ value: text(v), expected: text(p.value) }),
      );
    case 'versionBelow':
      return each(
        (v) => versionAtLeast(v, String(p.value)) === false,
        (v) => ({ value: text(v), expected: text(p.value) }),
      );
    case 'sameAs':
    case 'differentFrom': {
      const others = resolve(p.other!, ctx).filter((r) => r.node.kind === 'scalar' && r.node.value !== null && r.node.value !== '');
      if (!others.length) return forCondition ? [{ args: {} }] : [];
      const norm = (v: unknown) => (p.san ? normalizeSan(v) : p.caseSensitive ? String(v) : String(v).trim().toLowerCase());
      const out: Failure[] = [];
      for (const r of scalars) {
        const bad = others.find((o) => (norm(scalarOf(r)) === norm(otherOf(p, o))) !== (p.op === 'sameAs'));
        if (bad) out.push({ node: r.node, args: { value: text(scalarOf(r)), other: text(otherOf(p, bad)) }, related: [bad] });
      }
      return out;
    }
    case 'in': {
      const others = resolve(p.other!, ctx).filter((r) => r.node.kind === 'scalar' && r.node.value !== null);
      const set = new Set(others.map((o) => (p.san ? normalizeSan(otherOf(p, o)) : String(otherOf(p, o)).trim().toLowerCase())));
      return scalars
        .filter((r) => !set.has(p.san ? normalizeSan(scalarOf(r)) : String(scalarOf(r)).trim().toLowerCase()))
        .map((r) => ({ node: r.node, args: { value: text(scalarOf(r)), other: p.other ?? '' }, related: others.slice(0, 1) }));
    }
    case 'covers': {
      // The values wanted: those at `other`, and at each of `paths` (the same list kept in several places).
      const others = [p.other!, ...(p.paths ?? [])]
        .flatMap((q) => resolve(q, ctx))
        .filter((r) => r.node.kind === 'scalar' && r.node.value !== null && r.node.value !== '');
      const have = new Set(scalars.map((r) => (p.san ? normalizeSan(scalarOf(r)) : String(scalarOf(r)).trim().toLowerCase())));
      const missing: ResolvedValue[] = [];
      const except = p.exceptPattern ? new RegExp(p.exceptPattern, 'i') : undefined;
      for (const o of others) {
        if (except?.test(String(otherOf(p, o)).trim())) continue;
        const want = p.san ? normalizeSan(otherOf(p, o)) : String(otherOf(p, o)).trim().toLowerCase();
        if (have.has(want) || (p.collabEdge && have.has(`collab-edge.${want}`))) continue;
        if (!missing.some((m) => scalarEquals(otherOf(p, m), otherOf(p, o)))) missing.push(o);
      }
      if (!missing.length) return [];
      const list = p.path ? (resolve(p.path, ctx, false).find((r) => !r.uri)?.node ?? nearestExisting(p.path, ctx)) : ctx.item;
      const names = missing.map((m) => text(otherOf(p, m)));
      return [{ node: list, atKey: true, args: { missing: names.join(', ') }, related: missing, missing: names }];
    }
    case 'maxCount':
    case 'minCount': {
      const n = values.filter(present).length;
      const limit = Number(p.value);
      if (p.op === 'maxCount' ? n <= limit : n >= limit) return [];
      const at = p.op === 'maxCount' ? values.filter(present)[limit]?.node : p.path ? nearestExisting(p.path, ctx) : ctx.item;
      return [{ node: at, atKey: true, args: { count: String(n), expected: String(limit) } }];
    }
    case 'unique': {
      const seen = new Map<string, ResolvedValue>();
      const out: Failure[] = [];
      for (const r of scalars) {
        const k = String(scalarOf(r)).trim().toLowerCase();
        const first = seen.get(k);
        if (first) out.push({ node: r.node, args: { value: text(scalarOf(r)) }, related: [first] });
        else seen.set(k, r);
      }
      return out;
    }
    case 'mutuallyExclusive': {
      const on = (p.paths ?? []).flatMap((q) => resolve(q, ctx).filter((r) => r.node.kind === 'scalar' && booleanish(r.node.value) === true));
      if (on.length <= 1) return [];
      const names = on.map((r) => String(r.node.key ?? formatPath(r.node.path)));
      return on.slice(1).map((r) => ({ node: r.node, args: { value: names.join(', ') }, related: [on[0]] }));
    }
    case 'notPast':
    case 'withinDays': {
      const limitMs = (p.op === 'withinDays' ? (p.days ?? 0) : 0) * 86_400_000;
      return each((v) => {
        const d = parseDate(v);
        return !d || d.getTime() + limitMs >= ctx.today.getTime() - 86_400_000 + 1;
      });
    }
    case 'custom': {
      const fn = customChecks[p.name ?? ''];
      return fn ? fn(p, ctx) : [];
    }
  }
  return [];
}

function holds(p: Predicate, ctx: EngineContext): boolean {
  return (failures(p, ctx, true).length === 0) !== Boolean(p.not);
}

function scopeItems(rule: SettingsRule, ctx: PathContext): (SettingsNode | undefined)[] {
  if (!rule.each) return [ctx.root];
  const scopes = Array.isArray(rule.each) ? rule.each : [rule.each];
  const out: SettingsNode[] = [];
  for (const s of scopes) {
    // An absolute scope reads no scope item: the context is passed as it is. A copy per scope made
    // the path lookups see contexts of another shape, and cost a third of the whole evaluation.
    for (const r of resolve(s, compilePath(s).base === 'item' ? { ...ctx, item: undefined } : ctx)) if (!r.uri) out.push(r.node);
  }
  return out;
}

/** Runs every rule against one document and returns the findings. */
export function evaluateRules(rules: SettingsRule[], ctx: EngineContext): Finding[] {
  const out: Finding[] = [];
  if (!ctx.root) return out;
  ctx = ctx.cache ? ctx : { ...ctx, cache: new Map(), relative: new WeakMap() };
  // Indexed loops: see resolveUncached in paths.ts.
  for (let i = 0; i < rules.length; i++) {
    const rule = rules[i];
    const items = scopeItems(rule, ctx);
    for (let j = 0; j < items.length; j++) {
      const item = items[j];
      if (!item) continue;
      const local: EngineContext = { ...ctx, item };
      if (rule.when && !rule.when.every((w) => holds(w, local))) continue;
      for (const f of failures(rule.check, local)) {
        const finding = toFinding(rule, f, local);
        if (finding) out.push(finding);
      }
    }
  }
  // One finding per mistake: a rule subsumed by another that reports on the same setting stays silent.
  if (!out.some((f) => f.rule.subsumedBy)) return out;
  const at = new Set(out.map((f) => `${f.rule.code}\u0000${f.start}`));
  return out.filter((f) => !f.rule.subsumedBy?.some((code) => at.has(`${code}\u0000${f.start}`)));
}

function toFinding(rule: SettingsRule, f: Failure, ctx: EngineContext): Finding | undefined {
  const node = f.node ?? ctx.item ?? ctx.root;
  if (!node) return undefined;
  // Only nodes of the current document can carry a finding (the rule's check path is local by design).
  let inCurrent = node;
  while (inCurrent.parent) inCurrent = inCurrent.parent;
  if (inCurrent !== ctx.root) return undefined;
  const atKey = f.atKey && node.keyStart !== undefined;
  const start = atKey ? node.keyStart! : node.start;
  const end = atKey ? node.keyEnd! : Math.max(node.end, node.start);
  const related: RelatedNode[] = (f.related ?? []).map((r) => ({ uri: r.uri, node: r.node, label: formatPath(r.node.path) }));
  return { rule, node, start, end: end === start ? start + 1 : end, args: { path: formatPath(node.path), ...f.args }, related, fix: planFix(rule, f, ctx) };
}

function planFix(rule: SettingsRule, f: Failure, ctx: EngineContext): FixPlan | undefined {
  const fix = rule.fix;
  if (!fix) return undefined;
  if (fix.append && f.missing?.length && f.node?.kind === 'array') {
    return { kind: 'append', list: f.node, values: f.missing.map((m) => `${fix.append!.prefix ?? ''}${m}`) };
  }
  if (fix.set !== undefined) {
    if (f.node && f.node.kind === 'scalar' && !f.atKey) return { kind: 'replace', node: f.node, text: fix.set };
    const tail = rule.check.path ? missingTail(rule.check.path, ctx) : undefined;
    if (tail) return { kind: 'insert', parent: tail.parent, keys: tail.keys, value: fix.set };
  }
  if (fix.replace && f.node?.kind === 'scalar' && typeof f.node.value === 'string') {
    return { kind: 'replace', node: f.node, text: f.node.value.split(fix.replace.from).join(fix.replace.to) };
  }
  return undefined;
}
