// Diagnostics for jabber-config.xml: the guards, then each rule family over one cached parse.
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Diagnostic } from 'vscode-languageserver-types';
import { checkCombinations } from '../../rules/jabber/combinations';
import { checkMra } from '../../rules/jabber/mra';
import { checkParameters } from '../../rules/jabber/parameters';
import { checkStructure } from '../../rules/jabber/structure';
import { runGuards } from '../guards';
import { jabberConfigCrossFileDiagnostics } from '../settings';
import type { ServiceContext } from '../types';
import { getJabberModel } from './model';

export function validateJabberConfig(doc: TextDocument, ctx: ServiceContext): Diagnostic[] {
  const guard = runGuards(doc, ctx);
  if (guard.depth === 'none') return guard.diagnostics;
  const model = getJabberModel(doc);
  const out = [...guard.diagnostics, ...checkStructure(model, doc, ctx)];
  if (guard.depth === 'syntax') return out.filter((d) => d.code === 'xml-syntax' || d.code === 'file-too-large');
  // concat, not push(...spread): a spread passes every diagnostic as an argument and overflows the
  // stack once a generated file yields ~100 000 of them.
  let all = out.concat(checkParameters(model, doc, ctx), checkCombinations(model, doc, ctx), checkMra(model, doc, ctx));
  // With MRA declared in the settings (ucConfig.mra = on) checkMra already says this; otherwise an
  // Expressway settings file in the workspace with MRA on is the evidence, and it is linked.
  if (ctx.settings.mra !== 'on') all = all.concat(jabberConfigCrossFileDiagnostics(doc, ctx));
  return all;
}
