import { jabberModelInSteps } from '../../formats/jabber-config';
import { noteValidated } from '../currentDiagnostics';
import { mraCodeLenses } from '../mraLens';
import type { FormatService } from '../types';
import { jabberCodeActions } from './codeActions';
import { completeJabberConfig } from './completion';
import { hoverJabberConfig } from './hover';
import { jabberFolding, jabberSymbols } from './symbols';
import { validateJabberConfig, validateJabberConfigInSteps } from './validate';

export const jabberConfigService: FormatService = {
  kind: 'jabber-config',
  validate: (doc, ctx) => noteValidated(doc, validateJabberConfig(doc, ctx)),
  validateInSteps: validateJabberConfigInSteps,
  parseInSteps: jabberModelInSteps,
  complete: completeJabberConfig,
  hover: hoverJabberConfig,
  codeActions: jabberCodeActions,
  symbols: jabberSymbols,
  folding: (doc) => jabberFolding(doc),
  codeLenses: mraCodeLenses,
};
