// The Expressway artifact FormatServices: xConfiguration text and xStatus / status.xml. Both read into
// the deployment model of their folder (deployment.ts) and share validation and quick fixes. Every entry
// point is guarded: a bug returns an empty result rather than breaking the editor.
import type { FormatService } from '../types';
import { artifactCodeActions } from './codeActions';
import { hoverXConfiguration, hoverXStatus } from './hover';
import { xconfigurationSymbols, xstatusSymbols } from './symbols';
import { validateArtifact } from './validate';

function guarded<A extends unknown[], R>(name: string, fn: (...args: A) => R, fallback: R): (...args: A) => R {
  return (...args: A) => {
    try {
      return fn(...args);
    } catch (err) {
      console.error(`expressway ${name} failed:`, err);
      return fallback;
    }
  };
}

export const xconfigurationService: FormatService = {
  kind: 'expressway-xconfiguration',
  validate: guarded('validate', (doc, ctx) => validateArtifact(doc, ctx, 'expressway-xconfiguration'), []),
  complete: () => [],
  hover: guarded('hover', hoverXConfiguration, null),
  codeActions: guarded('codeActions', artifactCodeActions, []),
  symbols: guarded('symbols', xconfigurationSymbols, []),
  folding: () => [],
};

export const xstatusService: FormatService = {
  kind: 'expressway-xstatus',
  validate: guarded('validate', (doc, ctx) => validateArtifact(doc, ctx, 'expressway-xstatus'), []),
  complete: () => [],
  hover: guarded('hover', hoverXStatus, null),
  codeActions: guarded('codeActions', artifactCodeActions, []),
  symbols: guarded('symbols', xstatusSymbols, []),
  folding: () => [],
};
