// The CLI's share of deployments: findings that land in certificate and DNS files of a checked folder. Those
// files are read by the deployment model (server/services/expressway/deployment.ts), not by a format
// service of their own, so they are listed here with the findings that concern them.
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { diskArtifactsFor, deploymentFolder } from '../services/expressway/deployment';
import { deploymentDiagnosticsFor } from '../services/expressway/validate';
import type { ServiceContext } from '../services/types';
import type { FileResult } from './report';

/** `checkedUris`: the files' URIs the run has checked already (they are not listed twice). */
export function diskArtifactResults(checkedUris: string[], ctx: ServiceContext): FileResult[] {
  const seen = new Set(checkedUris);
  const folders = new Set(
    ctx.workspace
      .documents('expressway-xconfiguration')
      .concat(ctx.workspace.documents('expressway-xstatus'))
      .map((d) => deploymentFolder(d.uri)),
  );
  const out: FileResult[] = [];
  for (const folder of [...folders].sort()) {
    // The folder's files as its deployment read them (listed once per run).
    for (const cert of diskArtifactsFor(folder, ctx)) {
      if (seen.has(cert.uri)) continue;
      const file = fileURLToPath(cert.uri);
      const diagnostics = deploymentDiagnosticsFor(cert.uri, ctx);
      // Shown like the files collected from the command line: relative below the current directory, else as is.
      const rel = path.relative(process.cwd(), file);
      if (diagnostics.length) out.push({ file: rel && !rel.startsWith('..') && !path.isAbsolute(rel) ? rel : file, diagnostics });
    }
  }
  return out;
}
