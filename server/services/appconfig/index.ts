// The app-config FormatService: EMM app configuration for Cisco Jabber (Intune iOS plist, Graph
// JSON, Android managed configuration, BlackBerry UEM). Every function is pure over the document and
// the context; server.ts and the CLI reach them through services/registry.ts.
import { noteValidated } from '../currentDiagnostics';
import type { FormatService } from '../types';
import { appConfigCodeActions } from './codeActions';
import { completeAppConfig } from './completion';
import { hoverAppConfig } from './hover';
import { appConfigModelInSteps } from './model';
import { appConfigFolding, appConfigSymbols } from './symbols';
import { validateAppConfig, validateAppConfigInSteps } from './validate';

export const appConfigService: FormatService = {
  kind: 'app-config',
  validate: (doc, ctx) => noteValidated(doc, validateAppConfig(doc, ctx)),
  validateInSteps: validateAppConfigInSteps,
  parseInSteps: appConfigModelInSteps,
  complete: completeAppConfig,
  hover: hoverAppConfig,
  codeActions: appConfigCodeActions,
  symbols: (doc, ctx) => appConfigSymbols(doc, ctx),
  folding: (doc) => appConfigFolding(doc),
};
