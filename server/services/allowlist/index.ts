// The allow-list FormatService: Expressway-C's HTTP allow-list rules CSV. Per-file diagnostics (the
// file's shape from the reader, values from schemas/allow-list.json) and an outline of the rules.
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { CodeActionKind, SymbolKind, type CodeAction, type Diagnostic, type DocumentSymbol, type Range } from 'vscode-languageserver-types';
import { readJson } from '../../catalog/loadJson';
import { messagesOf } from '../../catalog/messages';
import { readAllowListCsv, readAllowListCsvInSteps, type AllowListFile, type AllowListRule } from '../../formats/allowlist-csv';
import { DocumentCache } from '../../formats/documentCache';
import { allowListValueProblems, type AllowListData } from '../../rules/allowlist/values';
import { guarded, problemDiagnostics } from '../artifactProblems';
import { runGuards } from '../guards';
import type { FormatService, ServiceContext } from '../types';
import type { Steps } from '../../core/steps';

const MAX_SYMBOLS = 5000;
// Keyed by the document and checked against its text as well as its version, released on close; the
// server reads a large one in steps first (parseInSteps).
const cache = new DocumentCache<AllowListFile>(readAllowListCsv, readAllowListCsvInSteps);

export function allowListModelOf(doc: TextDocument): AllowListFile {
  return cache.get(doc);
}

export function allowListModelInSteps(doc: TextDocument): Steps<void> | undefined {
  return cache.parseInSteps(doc);
}

export function allowListData(ctx: ServiceContext): AllowListData {
  return ctx.catalogs.extra('allow-list', (dir) => readJson<AllowListData>(dir, 'allow-list.json'));
}

export function validateAllowList(doc: TextDocument, ctx: ServiceContext): Diagnostic[] {
  const guard = runGuards(doc, ctx);
  if (guard.depth !== 'full') return guard.diagnostics;
  const file = allowListModelOf(doc);
  const problems = [...file.problems, ...allowListValueProblems(file.rules, allowListData(ctx))].sort((a, b) => a.start - b.start);
  return [...guard.diagnostics, ...problemDiagnostics(doc, problems, ctx)];
}

/** One outline entry per rule: its URL, with methods, match type and deployment as the detail. */
export function allowListSymbols(doc: TextDocument, ctx: ServiceContext): DocumentSymbol[] {
  const A = messagesOf(ctx, 'allow-list');
  const data = allowListData(ctx);
  return allowListModelOf(doc)
    .rules.slice(0, MAX_SYMBOLS)
    .map((r) => {
      const detail = [
        r.methods.length ? r.methods.join(',') : A.t('symbol.allMethods'),
        r.matchType ?? A.t('symbol.defaultMatch', { value: data.matchTypes.default }),
        ...(r.deployment ? [r.deployment] : []),
      ].join(' · ');
      return {
        name: r.url || '—',
        detail,
        kind: SymbolKind.String,
        range: { start: doc.positionAt(r.range.start), end: doc.positionAt(r.range.end) },
        selectionRange: { start: doc.positionAt(r.urlRange.start), end: doc.positionAt(r.urlRange.end) },
      };
    });
}

/** The fix of a rule whose method list was written without quotes ("GET,PUT" split into two columns):
 *  the methods in double quotes, which gives the row its five columns again. */
export function quoteMethodsEdit(text: string, rule: AllowListRule, data: AllowListData): { start: number; end: number; newText: string } | undefined {
  const extra = (rule.fieldCount ?? 0) - data.columns.values.length;
  const fields = rule.fieldRanges?.slice(2, 3 + extra) ?? [];
  if (extra <= 0 || fields.length !== extra + 1) return undefined;
  const methods = new Set(data.methods.values);
  const values = fields.map((f) => text.slice(f.start, f.end).trim());
  if (!values.every((v) => methods.has(v.toUpperCase())) || fields.some((f) => text[f.start - 1] === '"')) return undefined;
  return { start: fields[0].start, end: fields[fields.length - 1].end, newText: `"${values.join(',')}"` };
}

export function allowListCodeActions(doc: TextDocument, _range: Range, diagnostics: Diagnostic[], ctx: ServiceContext): CodeAction[] {
  const wanted = diagnostics.filter((d) => d.code === 'allowlist-field-count');
  if (!wanted.length) return [];
  const rules = allowListModelOf(doc).rules;
  const data = allowListData(ctx);
  const A = messagesOf(ctx, 'allow-list');
  const actions: CodeAction[] = [];
  for (const d of wanted) {
    const at = doc.offsetAt(d.range.start);
    const rule = rules.find((r) => r.range.start === at);
    const edit = rule && quoteMethodsEdit(doc.getText(), rule, data);
    if (!edit) continue;
    const range = { start: doc.positionAt(edit.start), end: doc.positionAt(edit.end) };
    actions.push({
      title: A.t('fix.quoteMethods', { methods: edit.newText }),
      kind: CodeActionKind.QuickFix,
      diagnostics: [d],
      isPreferred: true,
      edit: { changes: { [doc.uri]: [{ range, newText: edit.newText }] } },
    });
  }
  return actions;
}

export const allowListService: FormatService = {
  kind: 'allow-list',
  parseInSteps: allowListModelInSteps,
  validate: guarded('allow-list validate', validateAllowList, []),
  complete: () => [],
  hover: () => null,
  codeActions: guarded('allow-list codeActions', allowListCodeActions, []),
  symbols: guarded('allow-list symbols', allowListSymbols, []),
  folding: () => [],
};
