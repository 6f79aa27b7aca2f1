// Diagnostics of a certificate file: what the reader found (private keys, damaged blocks, binary
// files) and the per-certificate checks of schemas/certificate-checks.json.
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Diagnostic } from 'vscode-languageserver-types';
import { readJson } from '../../catalog/loadJson';
import { certificateProblems, type CertificateChecks } from '../../rules/certificate/checks';
import { problemDiagnostics } from '../artifactProblems';
import type { ServiceContext } from '../types';
import { certificateModelOf } from './document';

export function certificateChecks(ctx: ServiceContext): CertificateChecks {
  return ctx.catalogs.extra('certificate-checks', (dir) => readJson<CertificateChecks>(dir, 'certificate-checks.json'));
}

export function validateCertificate(doc: TextDocument, ctx: ServiceContext, now = Date.now()): Diagnostic[] {
  const file = certificateModelOf(doc);
  const checks = certificateChecks(ctx);
  const problems = [...file.problems, ...file.items.flatMap((c) => certificateProblems(c, checks, now))];
  problems.sort((a, b) => a.start - b.start);
  return problemDiagnostics(doc, problems, ctx);
}
