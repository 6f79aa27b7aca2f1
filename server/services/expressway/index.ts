// The Expressway artifact FormatServices: xConfiguration text and xStatus / status.xml. Both read into
// the deployment model of their folder (deployment.ts) and share validation and quick fixes. Every entry
// point is guarded: a bug returns an empty result rather than breaking the editor (the server's run of
// validateInSteps catches and logs one, and publishes no diagnostics).
import type { FormatService } from '../types';
import { guarded } from '../artifactProblems';
import { artifactCodeActions } from './codeActions';
import { hoverXConfiguration, hoverXStatus } from './hover';
import { xconfigurationSymbols, xstatusSymbols } from './symbols';
import { artifactDiagnostics, validateArtifact } from './validate';
import { ARTIFACT_KINDS, xconfigurationInSteps, xstatusInSteps } from './deployment';

/** A service of one artifact kind: the read runs in steps, its diagnostics come in batches. */
function artifactService(kind: (typeof ARTIFACT_KINDS)[number], hover: FormatService['hover'], symbols: FormatService['symbols']): FormatService {
  return {
    kind,
    validate: guarded('validate', (doc, ctx) => validateArtifact(doc, ctx, kind), []),
    validateInSteps: (doc, ctx) => artifactDiagnostics(doc, ctx, kind),
    parseInSteps: kind === 'expressway-xconfiguration' ? xconfigurationInSteps : xstatusInSteps,
    complete: () => [],
    hover: guarded('hover', hover, null),
    codeActions: guarded('codeActions', artifactCodeActions, []),
    symbols: guarded('symbols', symbols, []),
    folding: () => [],
  };
}

export const xconfigurationService = artifactService('expressway-xconfiguration', hoverXConfiguration, xconfigurationSymbols);
export const xstatusService = artifactService('expressway-xstatus', hoverXStatus, xstatusSymbols);
