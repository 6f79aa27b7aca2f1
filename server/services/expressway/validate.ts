// Diagnostics of an Expressway artifact (xConfiguration or status): what the reader could not read,
// then the settings rules' findings on the deployment model that concern this file. A finding whose
// values come from two files is reported in the file of the value that must change, with related
// information pointing at the other file's line.
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Diagnostic, DiagnosticRelatedInformation, Range } from 'vscode-languageserver-types';
import { xconfigurationMap } from '../../catalog/xconfigurationMap';
import { messagesOf } from '../../catalog/messages';
import { formatPath, type SettingsNode } from '../../formats/settings';
import type { ArtifactProblem } from '../../formats/artifact';
import type { Finding } from '../../rules/settings/types';
import { makeDiagnostic } from '../../catalog/diagnostics';
import { kindOfDocument } from '../documentKind';
import { runGuards } from '../guards';
import { positionsOf } from '../../core/text';
import type { DocumentKind, ServiceContext } from '../types';
import { deploymentInSteps, deploymentOf, MAX_DNS_RECORDS, parsedXConfiguration, parsedXStatus, type Deployment } from './deployment';

/** Diagnostic.data of an artifact finding whose right value is known. */
export interface ArtifactFixData {
  /** The set command that makes the value right: `xConfiguration Zones Zone 4 TraversalClient SIP TLS Verify Mode: On`. */
  command: string;
  box?: 'C' | 'E';
  /** For a typed command file: the value's range and the new value (an edit is then possible). */
  edit?: { range: Range; newText: string };
}

const MAX_DIAGNOSTICS = 1000;

/** Each document's offset -> position, kept while its text is the same (see positionsOf). */
const positions = new WeakMap<TextDocument, { text: string; at: ReturnType<typeof positionsOf> }>();

function range(doc: TextDocument, start: number, end: number): Range {
  // A dump of thousands of lines with a few findings: their positions without indexing every character.
  const text = doc.getText();
  let hit = positions.get(doc);
  if (!hit || hit.text !== text) positions.set(doc, (hit = { text, at: positionsOf(text) }));
  return { start: hit.at(start), end: hit.at(Math.max(start, end)) };
}

export function problemDiagnostics(doc: TextDocument, problems: ArtifactProblem[], ctx: ServiceContext): Diagnostic[] {
  return problems.slice(0, 100).map((p) => {
    const args = p.detail ? { ...p.args, detail: messagesOf(ctx, 'common').render(p.detail) } : (p.args ?? {});
    return makeDiagnostic(ctx, p.code, range(doc, p.start, Math.max(p.end, p.start + 1)), args);
  });
}

/**
 * The diagnostics in batches (FormatService.validateInSteps): the reader's problems, then the findings
 * on the deployment model, a hundred at a time. `kind` is the service's own (each service knows it);
 * without it, the document's kind is looked up.
 */
export function* artifactDiagnostics(doc: TextDocument, ctx: ServiceContext, kind = kindOfDocument(doc, ctx.settings)): Generator<Diagnostic[]> {
  const guard = runGuards(doc, ctx);
  const out = [...guard.diagnostics];
  if (guard.depth === 'none') return yield out;
  const problems = kind === 'expressway-xstatus' ? parsedXStatus(doc).problems : parsedXConfiguration(doc).problems;
  out.push(...problemDiagnostics(doc, problems, ctx));
  yield out;
  if (guard.depth !== 'full') return;
  // The deployment in steps too: its model, then the rules on it.
  const steps = deploymentInSteps(doc.uri, ctx);
  let r;
  while (!(r = steps.next()).done) yield [];
  const deployment = r.value;
  let count = out.length;
  const batch: Diagnostic[] = [];
  for (const f of deployment.findings) {
    if (count >= MAX_DIAGNOSTICS) break;
    if (f.node?.uri !== doc.uri) continue;
    batch.push(findingDiagnostic(doc, deployment, f, ctx));
    if (++count % 100 === 0) yield batch.splice(0);
  }
  yield batch;
}

export const validateArtifact = (doc: TextDocument, ctx: ServiceContext, kind?: DocumentKind): Diagnostic[] => [...artifactDiagnostics(doc, ctx, kind)].flat();

/** What the user reads for a node: the CLI path where it came from a file, else the model path. */
function describe(deployment: Deployment, node: SettingsNode): string {
  return deployment.model.origins.get(node)?.cliPath ?? formatPath(node.path);
}

function findingDiagnostic(doc: TextDocument, deployment: Deployment, f: Finding, ctx: ServiceContext): Diagnostic {
  const node = f.node!;
  const args = { ...f.args, path: describe(deployment, node) };
  const relatedInformation: DiagnosticRelatedInformation[] = [];
  for (const r of f.related) {
    const uri = r.node.uri;
    const other = uri ? deployment.documents.get(uri) : undefined;
    if (!other) continue;
    // The other file's value (a container, such as a certificate's SAN list, by its first line).
    const start = r.node.kind === 'scalar' ? r.node.start : (r.node.keyStart ?? r.node.start);
    const value = r.node.kind === 'scalar' ? (deployment.model.origins.get(r.node)?.cliValue ?? String(r.node.value ?? '')) : '';
    relatedInformation.push({
      location: { uri: other.uri, range: range(other, start, r.node.kind === 'scalar' ? r.node.end : (r.node.keyEnd ?? r.node.end)) },
      message: messagesOf(ctx, 'expressway').t('related.value', { path: describe(deployment, r.node), value }),
    });
  }
  const data = fixData(doc, deployment, f, ctx);
  return makeDiagnostic(ctx, f.rule.code, range(doc, f.start, f.end), args, {
    ...(data ? { data } : {}),
    ...(relatedInformation.length ? { relatedInformation } : {}),
  });
}

/** The command (and, for a typed command file, the edit) that sets the value the rule names. */
function fixData(doc: TextDocument, deployment: Deployment, f: Finding, ctx: ServiceContext): ArtifactFixData | undefined {
  if (f.fix?.kind !== 'replace') return undefined;
  const origin = deployment.model.origins.get(f.fix.node);
  if (!origin?.entry || origin.entry.secret) return undefined;
  const value = xconfigurationMap(ctx.catalogs).cliValue(origin.entry, String(f.fix.text));
  const command = `xConfiguration ${origin.cliPath}: ${value}`;
  const box = deployment.model.boxes.get(doc.uri);
  if (origin.form === 'typed') return { command, box, edit: { range: range(doc, f.fix.node.start, f.fix.node.end), newText: value } };
  return { command, box };
}

/**
 * The deployment findings that land in a file no format service validates itself (a certificate read
 * from disk): for the CLI, and for the certificate service to add to its own diagnostics. A DNS file
 * whose records the model did not all take says where it stopped.
 */
export function deploymentDiagnosticsFor(uri: string, ctx: ServiceContext): Diagnostic[] {
  const deployment = deploymentOf(uri, ctx);
  const doc = deployment.documents.get(uri);
  if (!doc) return [];
  const out = deployment.findings
    .filter((f) => f.node?.uri === uri)
    .slice(0, MAX_DIAGNOSTICS)
    .map((f) => findingDiagnostic(doc, deployment, f, ctx));
  const left = deployment.unchecked.get(uri);
  if (left) out.push(makeDiagnostic(ctx, 'dns-records-not-checked', range(doc, left.start, left.end), { limit: MAX_DNS_RECORDS }));
  return out;
}
