// The jabber-config beside a deployment's HTTP allow-list rules CSV (the file Expressway-C imports):
// with Mobile and Remote Access on in the folder's dump, every host Jabber fetches over HTTP (installer
// updates, directory photos, visual voicemail) must match a rule, or MRA clients cannot reach it. The
// finding is on the CSV, the file that must change, with the jabber-config line related; the same code
// and words as the settings file's check (rules/settings/cross-file.ts).
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Diagnostic } from 'vscode-languageserver-types';
import { messagesOf } from '../../catalog/messages';
import { allParameters, jabberModelOf } from '../../formats/jabber-config';
import { ALLOW_LIST_PARAMETERS } from '../../rules/settings/cross-file';
import { hostOf } from '../../core/net';
import { allowListModelOf } from '../allowlist';
import { makeDiagnostic } from '../../catalog/diagnostics';
import type { ServiceContext } from '../types';
import { deploymentFolder, mraOnInDeployment } from './deployment';

export function allowListCrossDiagnostics(doc: TextDocument, ctx: ServiceContext): Diagnostic[] {
  if (!mraOnInDeployment(doc.uri, ctx)) return [];
  const folder = deploymentFolder(doc.uri);
  const rules = allowListModelOf(doc).rules;
  if (!rules.length) return [];
  const S = messagesOf(ctx, 'uc-settings');
  const out: Diagnostic[] = [];
  const reported = new Set<string>();
  // A rule allows its host as the reader read it: a rule whose Url is bad (reported there) allows nothing.
  for (const jdoc of ctx.workspace.documents('jabber-config').filter((d) => deploymentFolder(d.uri) === folder)) {
    for (const p of allParameters(jabberModelOf(jdoc))) {
      const purpose = ALLOW_LIST_PARAMETERS[p.name.toLowerCase()];
      const host = purpose ? hostOf(p.value) : undefined;
      if (!host || reported.has(host) || rules.some((r) => r.host === host)) continue;
      reported.add(host);
      const at = rules[rules.length - 1].range;
      out.push(
        makeDiagnostic(
          ctx,
          'mra-allow-list-missing-host',
          { start: doc.positionAt(at.start), end: doc.positionAt(at.end) },
          { host, parameter: p.name, purpose: S.t(purpose) },
          {
            relatedInformation: [
              {
                location: { uri: jdoc.uri, range: { start: jdoc.positionAt(p.valueStart), end: jdoc.positionAt(p.valueEnd) } },
                message: `${p.name}: ${p.value}`,
              },
            ],
          },
        ),
      );
    }
  }
  return out;
}
