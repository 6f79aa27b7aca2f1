import type { FormatService } from '../types';
import { jabberCodeActions } from './codeActions';
import { completeJabberConfig } from './completion';
import { hoverJabberConfig } from './hover';
import { jabberFolding, jabberSymbols } from './symbols';
import { validateJabberConfig } from './validate';

export const jabberConfigService: FormatService = {
  kind: 'jabber-config',
  validate: validateJabberConfig,
  complete: completeJabberConfig,
  hover: hoverJabberConfig,
  codeActions: jabberCodeActions,
  symbols: jabberSymbols,
  folding: (doc) => jabberFolding(doc),
};
