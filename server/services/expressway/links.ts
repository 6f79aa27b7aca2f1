// What the deployment model adds to the files other services read (certificates, DNS lookups): the
// cross-artifact findings that land in them, and for a certificate, which box it was matched to by its
// names. The certificate and DNS services stay per-file; this wraps them (services/registry.ts).
import type { CertificateInfo } from '../../formats/certificate';
import { messagesOf } from '../../catalog/messages';
import { certificateCodeLenses, hoverCertificate } from '../certificate/features';
import { certificateChecks } from '../certificate/validate';
import type { Diagnostic } from 'vscode-languageserver-types';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { FormatService, ServiceContext } from '../types';
import { deploymentOf, deploymentReady, inDeployment } from './deployment';
import { deploymentDiagnosticsFor } from './validate';
import { allowListCrossDiagnostics } from './allowList';

/** The box a certificate of `uri` was matched to, as the hover and lens show it: `Expressway-C (expc1.example.com)`. */
export function matchedToFor(uri: string, ctx: ServiceContext): ((item: CertificateInfo) => string | undefined) | undefined {
  if (!inDeployment(uri, ctx)) return undefined;
  const matches = deploymentOf(uri, ctx).model.certificateMatches.filter((m) => m.uri === uri);
  const M = messagesOf(ctx, 'expressway');
  return (item) => {
    const m = matches.find((x) => (x.item.fingerprint256 && x.item.fingerprint256 === item.fingerprint256) || x.item.range.start === item.range.start);
    return m ? `${M.t(`box.${m.box}`)} (${m.name})` : undefined;
  };
}

/** A service whose validation or requests read the folder's deployment: the server builds it in steps first. */
export const withDeploymentReady = (svc: FormatService): FormatService => ({ ...svc, prepareInSteps: deploymentReady });

/** The deployment's part must never break the service it wraps: on a bug, the service's own answer. */
function safely<T>(name: string, f: () => T, fallback: () => T): T {
  try {
    return f();
  } catch (err) {
    console.error(`deployment ${name} failed:`, err);
    return fallback();
  }
}

/**
 * The file's own findings with the deployment's. `sameAs` names, per own code, the deployment codes that
 * say the same thing (a certificate check and the settings rule about the matched box's certificate):
 * when both fall on the same place, the user is told once, by the deployment's finding, which knows the box.
 */
export function withDeploymentFindings(svc: FormatService, sameAs?: (ctx: ServiceContext) => ReadonlyMap<string, readonly string[]>): FormatService {
  const withFindings = (own: Diagnostic[], doc: TextDocument, ctx: ServiceContext): Diagnostic[] => {
    const extra = safely(
      'findings',
      () => (inDeployment(doc.uri, ctx) ? deploymentDiagnosticsFor(doc.uri, ctx) : []),
      () => [],
    );
    if (!extra.length) return own;
    // A settings file's own rules may already say the same thing at the same place.
    const at = (d: Diagnostic) => `${d.range.start.line}:${d.range.start.character}`;
    const key = (d: Diagnostic) => `${d.code}@${at(d)}`;
    const seen = new Set(own.map(key));
    const added = extra.filter((d) => !seen.has(key(d)));
    const said = new Set(added.map(key));
    const same = sameAs?.(ctx);
    const kept = same ? own.filter((d) => !(same.get(String(d.code)) ?? []).some((code) => said.has(`${code}@${at(d)}`))) : own;
    return [...kept, ...added];
  };
  const steps = svc.validateInSteps;
  return {
    ...withDeploymentReady(svc),
    validate: (doc, ctx) => withFindings(svc.validate(doc, ctx), doc, ctx),
    // The editor validates in steps: the deployment's findings join the service's own there too.
    validateInSteps:
      steps &&
      function* (doc, ctx) {
        const own: Diagnostic[] = [];
        for (const step of steps(doc, ctx)) yield (own.push(...step), []);
        yield withFindings(own, doc, ctx);
      },
  };
}

/** Per certificate check, the settings rules that say the same (schemas/certificate-checks.json). */
function certificateSameAs(ctx: ServiceContext): ReadonlyMap<string, readonly string[]> {
  return new Map(certificateChecks(ctx).checks.map((c) => [c.code, c.sameAsSettingsRules ?? []]));
}

export function withCertificateLinks(svc: FormatService): FormatService {
  return {
    ...withDeploymentFindings(svc, certificateSameAs),
    hover: (doc, position, ctx) =>
      safely(
        'hover',
        () => hoverCertificate(doc, position, ctx, matchedToFor(doc.uri, ctx)),
        () => svc.hover(doc, position, ctx),
      ),
    codeLenses: (doc, ctx) =>
      safely(
        'codeLens',
        () => certificateCodeLenses(doc, ctx, matchedToFor(doc.uri, ctx)),
        () => svc.codeLenses?.(doc, ctx) ?? [],
      ),
  };
}

/** The allow-list CSV of a deployment also says which jabber-config hosts it lacks. */
export function withAllowListChecks(svc: FormatService): FormatService {
  return {
    ...withDeploymentReady(svc),
    validate: (doc, ctx) => [
      ...svc.validate(doc, ctx),
      ...safely(
        'allow list',
        () => allowListCrossDiagnostics(doc, ctx),
        () => [],
      ),
    ],
  };
}
