// Diagnostics for jabber-config.xml: the guards, then each rule family over one cached parse. The
// rules run as steps (the parameter checks in slices) so the server can answer a keystroke's
// completion between them; validate is the same steps run straight through.
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Diagnostic } from 'vscode-languageserver-types';
import { checkCombinations } from '../../rules/jabber/combinations';
import { checkMra } from '../../rules/jabber/mra';
import { checkParametersInSlices, parameterIndexInSteps } from '../../rules/jabber/parameters';
import { checkStructure, xmlSyntaxDiagnostic } from '../../rules/jabber/structure';
import { messagesOf } from '../../catalog/messages';
import { xmlErrorsInSteps } from '../../formats/xml';
import { concatSteps } from '../../catalog/diagnostics';
import { mraOnInDeployment } from '../expressway/deployment';
import { runGuards } from '../guards';
import { mraEvidence } from '../settings';
import type { ServiceContext } from '../types';
import { getJabberModel } from './model';

export function* validateJabberConfigInSteps(doc: TextDocument, ctx: ServiceContext): Generator<Diagnostic[], void, undefined> {
  // An xConfiguration dump beside this file with Mobile and Remote Access on is the deployment's own
  // word: the MRA checks apply as if ucConfig.mra were on.
  if (ctx.settings.mra !== 'on' && mraOnInDeployment(doc.uri, ctx)) ctx = { ...ctx, settings: { ...ctx.settings, mra: 'on' } };
  const guard = runGuards(doc, ctx);
  if (guard.depth === 'none') {
    yield guard.diagnostics;
    return;
  }
  if (guard.depth === 'syntax') {
    // Above ucConfig.maxFileSizeMB: the well-formedness check alone, read in steps, nothing modelled.
    yield guard.diagnostics.filter((d) => d.code === 'file-too-large');
    const J = messagesOf(ctx, 'jabber-config');
    for (const errors of xmlErrorsInSteps(doc.getText())) yield errors.map((e) => xmlSyntaxDiagnostic(e, doc, ctx, J));
    return;
  }
  const model = getJabberModel(doc);
  yield [...guard.diagnostics, ...checkStructure(model, doc, ctx)];
  yield* checkParametersInSlices(model, doc, ctx);
  // The index the combination rules read, built in steps (kept with the model, so checkCombinations finds it).
  for (const steps = parameterIndexInSteps(model, ctx.catalogs.jabber); !steps.next().done;) yield [];
  yield checkCombinations(model, doc, ctx);
  // MRA declared in the settings (ucConfig.mra = on), or else an Expressway settings file of the
  // workspace with MRA on, which the diagnostics then link to.
  yield checkMra(model, doc, ctx, ctx.settings.mra === 'on' ? undefined : mraEvidence(doc.uri, ctx));
}

export function validateJabberConfig(doc: TextDocument, ctx: ServiceContext): Diagnostic[] {
  return concatSteps(validateJabberConfigInSteps(doc, ctx));
}
