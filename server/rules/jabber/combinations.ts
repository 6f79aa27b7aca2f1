// Evaluates schemas/jabber-rules.json: documented dependencies and conflicts between parameters.
// The vocabulary is small on purpose; a new rule is a new entry in the data, not code here.
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver-types';
import type { JabberConfigModel, JabberParameterNode } from '../../formats/jabber-config';
import type { JabberRule, RuleCondition } from '../../catalog/jabberRules';
import { messagesOf } from '../../catalog/messages';
import { fillTemplate, makeDiagnostic } from '../../catalog/diagnostics';
import type { ServiceContext } from '../../catalog/context';
import { parameterIndex } from './parameters';

type Index = Map<string, JabberParameterNode>;

function holds(c: RuleCondition, index: Index): boolean {
  const p = index.get(c.param.toLowerCase());
  const value = p?.value ?? '';
  const set = value !== '';
  if (c.present !== undefined && c.present !== set) return false;
  if (c.equals && !c.equals.some((v) => v.toLowerCase() === value.toLowerCase())) return false;
  if (c.notEquals && set && c.notEquals.some((v) => v.toLowerCase() === value.toLowerCase())) return false;
  return true;
}

function int(index: Index, name: string): { n: number; node: JabberParameterNode } | undefined {
  const node = index.get(name.toLowerCase());
  if (!node || !/^\d+$/.test(node.value)) return undefined;
  return { n: parseInt(node.value, 10), node };
}

export function checkCombinations(model: JabberConfigModel, doc: TextDocument, ctx: ServiceContext): Diagnostic[] {
  const index = parameterIndex(model, ctx.catalogs.jabber);
  const out: Diagnostic[] = [];
  const at = (node: JabberParameterNode) => ({ start: doc.positionAt(node.element.nameStart), end: doc.positionAt(node.element.nameEnd) });
  const J = messagesOf(ctx, 'jabber-config');
  const msg = (rule: JabberRule, args: Record<string, string | number>) =>
    fillTemplate((ctx.locale !== 'en' && rule.message[ctx.locale]) || rule.message.en, args);
  const emit = (code: string, node: JabberParameterNode, rule: JabberRule, args: Record<string, string | number>) => {
    const d = makeDiagnostic(ctx, code, at(node), {}, { message: msg(rule, args), data: { rule: rule.id, source: rule.source } });
    // A dependency Cisco's pages imply but do not state is worth knowing, not a warning.
    if (rule.confidence && rule.confidence !== 'high') d.severity = DiagnosticSeverity.Information;
    out.push(d);
  };

  for (const rule of ctx.catalogs.jabberRules) {
    switch (rule.kind) {
      case 'requires': {
        if (!rule.when || !rule.then || !holds(rule.when, index)) break;
        const ok = 'anyOf' in rule.then ? rule.then.anyOf.some((c) => holds(c, index)) : holds(rule.then, index);
        if (!ok) emit('missing-dependency', index.get(rule.when.param.toLowerCase())!, rule, {});
        break;
      }
      case 'conflicts':
      case 'ignored-when': {
        if (!rule.when || !holds(rule.when, index)) break;
        const whenValue = index.get(rule.when.param.toLowerCase())?.value ?? '';
        for (const name of rule.params ?? []) {
          const node = index.get(name.toLowerCase());
          if (node && node.value !== '')
            emit(rule.kind === 'conflicts' ? 'conflicting-parameters' : 'ignored-parameter', node, rule, { param: node.name, whenValue });
        }
        break;
      }
      case 'port-range': {
        const [s, e] = (rule.params ?? []).map((n) => int(index, n));
        if (!s || !e) break;
        const problems: string[] = [];
        if (rule.startParity && (s.n % 2 === 0) !== (rule.startParity === 'even'))
          problems.push(J.t(rule.startParity === 'even' ? 'port.startEven' : 'port.startOdd'));
        if (rule.endParity && (e.n % 2 === 0) !== (rule.endParity === 'even')) problems.push(J.t(rule.endParity === 'even' ? 'port.endEven' : 'port.endOdd'));
        if (e.n < s.n) problems.push(J.t('port.endBelowStart'));
        else if (rule.minPorts && e.n - s.n + 1 < rule.minPorts) problems.push(J.t('port.minPorts', { count: rule.minPorts }));
        if (problems.length) emit('invalid-combination', s.node, rule, { start: s.n, end: e.n, problem: problems.join(J.t('port.join')) });
        break;
      }
      case 'no-overlap': {
        const ranges = (rule.ranges ?? []).map(([a, b]) => ({ a: int(index, a), b: int(index, b), name: a.replace(/_Start_Port_Range$/, '') }));
        for (let i = 0; i < ranges.length; i++) {
          for (let j = i + 1; j < ranges.length; j++) {
            const x = ranges[i];
            const y = ranges[j];
            if (!x.a || !x.b || !y.a || !y.b) continue;
            if (x.a.n <= y.b.n && y.a.n <= x.b.n)
              emit('invalid-combination', y.a.node, rule, { a: `${y.name} ${y.a.n}–${y.b.n}`, b: `${x.name} ${x.a.n}–${x.b.n}` });
          }
        }
        break;
      }
      case 'sum-at-most': {
        const vals = (rule.params ?? []).map((n) => int(index, n));
        if (vals.some((v) => !v) || rule.max === undefined) break;
        const sum = vals.reduce((t, v) => t + v!.n, 0);
        if (sum > rule.max) emit('invalid-combination', vals[0]!.node, rule, { sum, max: rule.max });
        break;
      }
    }
  }
  return out;
}
