// Checks across jabber-config.xml and the settings files of the workspace (issue 5, item 4). Each
// finding is reported on the file that must change, with relatedInformation pointing at the other:
//   - settings side: hosts Jabber reaches over MRA (installer updates, photos, voicemail) missing from the
//     Expressway-C HTTP allow list; a VoiceServicesDomain that is no Unified CM registration domain or
//     is not in the Expressway-E certificate;
//   - jabber-config side: whether a settings file says clients connect over MRA (mraEvidence), for the
//     jabber-config's MRA check from the MRA table's data (rules/jabber/mra.ts).
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Diagnostic, DiagnosticRelatedInformation } from 'vscode-languageserver-types';
import { allParameters, jabberModelOf, type JabberParameterNode } from '../../formats/jabber-config';
import { child, parsedSettings, type SettingsDocument, type SettingsNode } from '../../formats/settings';
import { messagesOf } from '../../catalog/messages';
import { makeDiagnostic } from '../../catalog/diagnostics';
import { planEdits } from './edits';
import type { ServiceContext } from '../../catalog/context';
import { booleanish, resolve } from './paths';
import { normalizeSan } from './values';
import { hostOf } from '../../core/net';
import { folderOfUri } from '../../core/uri';

/** jabber-config parameters whose host Jabber fetches over HTTP(S), so MRA needs it in the allow list
 *  (seed 000, 지원되는 서비스 table), with what the host serves (schemas/l10n/uc-settings.json `purpose.*`).
 *  The voicemail server is not among them: Expressway-C adds inbound rules for the Unity Connection nodes
 *  it discovers itself (Mobile and Remote Access Through Cisco Expressway Deployment Guide, "Working With
 *  the Allow List" / "Automatic Inbound Rules"), and neither a settings file nor the allow-list CSV shows
 *  those automatic rules, so a voicemail host missing from the editable rules is no sign of a problem. */
export const ALLOW_LIST_PARAMETERS: Record<string, string> = {
  updateurl: 'purpose.installerUpdates',
  photouriwithtoken: 'purpose.directoryPhotos',
  udsphotouriwithtoken: 'purpose.directoryPhotos',
  bdiphotouriwithtoken: 'purpose.directoryPhotos',
};

function range(doc: TextDocument, start: number, end: number) {
  return { start: doc.positionAt(start), end: doc.positionAt(Math.max(start, end)) };
}

/** The jabber-configs of a settings file's deployment: the folder that holds it (two sites never mix). */
function jabberParameters(uri: string, ctx: ServiceContext): { doc: TextDocument; params: JabberParameterNode[] }[] {
  const folder = folderOfUri(uri);
  return ctx.workspace
    .documents('jabber-config')
    .filter((doc) => folderOfUri(doc.uri) === folder)
    .map((doc) => ({ doc, params: allParameters(jabberModelOf(doc)) }));
}

function mraOn(root: SettingsNode | undefined): boolean {
  return resolve('$.expressway.features.mobileAndRemoteAccess', { root, others: [] }).some((r) => booleanish(r.node.value) === true);
}

function related(doc: TextDocument, p: JabberParameterNode): DiagnosticRelatedInformation {
  return { location: { uri: doc.uri, range: range(doc, p.valueStart, p.valueEnd) }, message: `${p.name}: ${p.value}` };
}

/** Cross-file diagnostics reported on a settings document. */
export function crossFileSettingsDiagnostics(doc: TextDocument, parsed: SettingsDocument, ctx: ServiceContext): Diagnostic[] {
  const root = parsed.root;
  if (!mraOn(root)) return [];
  const out: Diagnostic[] = [];
  const expC = child(child(root, 'expressway'), 'expresswayC');
  const uc = child(expC, 'unifiedCommunications');
  const allowNode = child(uc, 'httpServerAllowList');
  const allowed = new Set((allowNode?.items ?? []).map((i) => (typeof i.value === 'string' ? hostOf(i.value) : undefined)).filter(Boolean));
  const regDomains = resolve('$.expressway.expresswayC.domains[sipRegistrationsAndProvisioningOnUnifiedCm=On].name', { root, others: [] });
  const eSans = resolve('$.expressway.expresswayE.serverCertificate.subjectAlternativeNames', { root, others: [] }).map((r) => normalizeSan(r.node.value));
  const eSanNode = child(child(child(child(root, 'expressway'), 'expresswayE'), 'serverCertificate'), 'subjectAlternativeNames');
  const S = messagesOf(ctx, 'uc-settings');
  for (const { doc: jdoc, params } of jabberParameters(doc.uri, ctx)) {
    for (const p of params) {
      const purpose = ALLOW_LIST_PARAMETERS[p.name.toLowerCase()];
      if (purpose && expC) {
        const host = hostOf(p.value);
        if (host && !allowed.has(host)) {
          const at = allowNode ?? uc ?? expC;
          const fix =
            allowNode?.kind === 'array' && allowNode.items!.length ? planEdits(doc, parsed, { kind: 'append', list: allowNode, values: [host] }, S) : undefined;
          out.push(
            makeDiagnostic(
              ctx,
              'mra-allow-list-missing-host',
              range(doc, at.keyStart ?? at.start, at.keyEnd ?? at.end),
              { host, parameter: p.name, purpose: S.t(purpose) },
              {
                relatedInformation: [related(jdoc, p)],
                ...(fix ? { data: { fixes: [fix] } } : {}),
              },
            ),
          );
          allowed.add(host);
        }
      }
      if (p.name.toLowerCase() === 'voiceservicesdomain' && p.value) {
        const domain = p.value.trim().toLowerCase();
        if (expC && regDomains.length && !regDomains.some((r) => String(r.node.value).toLowerCase() === domain)) {
          const at = child(expC, 'domains') ?? expC;
          out.push(
            makeDiagnostic(
              ctx,
              'mra-voice-services-domain-not-registration-domain',
              range(doc, at.keyStart ?? at.start, at.keyEnd ?? at.end),
              { domain },
              { relatedInformation: [related(jdoc, p)] },
            ),
          );
        }
        if (eSanNode && !eSans.includes(domain) && !eSans.includes(`collab-edge.${domain}`)) {
          const fix =
            eSanNode.kind === 'array' && eSanNode.items!.length
              ? planEdits(doc, parsed, { kind: 'append', list: eSanNode, values: [`DNS:collab-edge.${domain}`] }, S)
              : undefined;
          out.push(
            makeDiagnostic(
              ctx,
              'mra-voice-services-domain-not-in-e-san',
              range(doc, eSanNode.keyStart ?? eSanNode.start, eSanNode.keyEnd ?? eSanNode.end),
              { domain },
              {
                relatedInformation: [related(jdoc, p)],
                ...(fix ? { data: { fixes: [fix] } } : {}),
              },
            ),
          );
        }
      }
    }
  }
  return out;
}

/**
 * The evidence that clients connect over MRA when the user has not said so (ucConfig.mra): an
 * Expressway settings file beside the jabber-config (its deployment) with MRA on, as related
 * information pointing at it.
 * The jabber-config's MRA check (rules/jabber/mra.ts, from the MRA table's data) then runs with it.
 */
export function mraEvidence(uri: string, ctx: ServiceContext): DiagnosticRelatedInformation[] | undefined {
  const folder = folderOfUri(uri);
  const source = ctx.workspace
    .documents('uc-settings')
    .filter((d) => folderOfUri(d.uri) === folder)
    .map((d) => ({ d, root: parsedSettings(d).root }))
    .find((x) => mraOn(x.root));
  if (!source) return undefined;
  const features = child(child(source.root, 'expressway'), 'features');
  const mraNode = child(features, 'mobileAndRemoteAccess') ?? features ?? source.root!;
  return [
    {
      location: { uri: source.d.uri, range: range(source.d, mraNode.keyStart ?? mraNode.start, mraNode.end) },
      message: messagesOf(ctx, 'uc-settings').t('related.mraOn'),
    },
  ];
}
