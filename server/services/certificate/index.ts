// The certificate FormatService: PEM and DER certificates and certificate requests (.pem .crt .cer
// .der .csr). Every entry point is guarded: a bug returns an empty answer, never a broken editor.
import { guarded } from '../artifactProblems';
import type { FormatService } from '../types';
import { certificateCodeLenses, certificateFolding, certificateSymbols, hoverCertificate } from './features';
import { validateCertificate } from './validate';

export const certificateService: FormatService = {
  kind: 'certificate',
  validate: guarded('certificate validate', (doc, ctx) => validateCertificate(doc, ctx), []),
  complete: () => [],
  hover: guarded('certificate hover', (doc, pos, ctx) => hoverCertificate(doc, pos, ctx), null),
  codeActions: () => [],
  symbols: guarded('certificate symbols', certificateSymbols, []),
  folding: guarded('certificate folding', (doc) => certificateFolding(doc), []),
  codeLenses: guarded('certificate codeLens', (doc, ctx) => certificateCodeLenses(doc, ctx), []),
};
