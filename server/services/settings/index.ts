// The settings FormatService: Expressway / CUCM / IM and Presence (and Webex SCIM, Lync mobility)
// settings files in YAML or JSON. Every entry point is guarded: a bug in one feature returns an empty
// result rather than breaking the editor.
import { redactUrls } from '../../core/secrets';
import { noteValidated } from '../currentDiagnostics';
import type { FormatService } from '../types';
import { guarded } from '../artifactProblems';
import { settingsCodeActions } from './codeActions';
import { completeSettings, settingsCompletionInSteps } from './completion';
import { settingsInSteps } from '../../formats/settings';
import { hoverSettings } from './hover';
import { settingsFolding, settingsSymbols } from './symbols';
import { validateSettings, validateSettingsInSteps } from './validate';

export { mraEvidence } from '../../rules/settings/cross-file';

/** The same guard around a validation in steps: an error ends it with what it found so far. */
function* guardedSteps<T>(steps: Generator<T[], void, undefined>): Generator<T[], void, undefined> {
  try {
    yield* steps;
  } catch (err) {
    console.error(redactUrls(`uc-settings validate failed: ${(err as Error)?.stack ?? err}`));
  }
}

export const settingsService: FormatService = {
  kind: 'uc-settings',
  parseInSteps: settingsInSteps,
  validate: guarded('validate', (doc, ctx) => noteValidated(doc, validateSettings(doc, ctx)), []),
  validateInSteps: (doc, ctx) => guardedSteps(validateSettingsInSteps(doc, ctx)),
  completeInSteps: guarded('completion', settingsCompletionInSteps, undefined),
  complete: guarded('completion', completeSettings, []),
  hover: guarded('hover', hoverSettings, null),
  codeActions: guarded('codeActions', settingsCodeActions, []),
  symbols: guarded('symbols', settingsSymbols, []),
  folding: guarded('folding', settingsFolding, []),
};
