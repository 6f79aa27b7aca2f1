// When clients connect over Mobile and Remote Access (setting ucConfig.mra = on, or an Expressway
// settings file of the workspace with MRA on), say what the MRA
// supported-services table (seed 000, 표 1) and the parameter's own MRA note say will not work or
// needs extra configuration off-net.
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Diagnostic, DiagnosticRelatedInformation } from 'vscode-languageserver-types';
import { allParameters, type JabberConfigModel } from '../../formats/jabber-config';
import { lookupParameter } from '../../catalog/jabberParameters';
import { messagesOf } from '../../catalog/messages';
import { rowAppliesTo, rowText, type MraRow } from '../../catalog/mraSupport';
import { makeDiagnostic } from '../../catalog/diagnostics';
import type { ServiceContext } from '../../catalog/context';

/** Server version prerequisites are not something a jabber-config author can act on. */
function worthSaying(r: MraRow): boolean {
  if (r.status === 'not-supported') return true;
  return r.status === 'conditional' && !(r.requires?.length && r.requires.every((q) => q.kind === 'min-version'));
}

/** `evidence`: when the user has not set ucConfig.mra = on, the settings file that says MRA is on (related information). */
export function checkMra(model: JabberConfigModel, doc: TextDocument, ctx: ServiceContext, evidence?: DiagnosticRelatedInformation[]): Diagnostic[] {
  if (ctx.settings.mra !== 'on' && !evidence) return [];
  const out: Diagnostic[] = [];
  for (const p of allParameters(model)) {
    const param = lookupParameter(ctx.catalogs.jabber, p.name)?.param;
    if (!param) continue;
    const applicable = (ctx.catalogs.mra.rowsByParameter.get(param.name.toLowerCase()) ?? []).filter((r) => rowAppliesTo(r, param.name, p.value));
    // When a supported row also applies (Meetings_Enabled: cloud yes, on-premises no), the outcome
    // depends on the deployment, not on this file: say nothing rather than something misleading.
    if (applicable.some((r) => r.status === 'supported')) continue;
    const rows = applicable.filter(worthSaying);
    const overlay = ctx.catalogs.mraText(ctx.locale);
    const L = ctx.catalogs.labels(ctx.locale);
    const parts = rows.map((r) => {
      const text = rowText(r, ctx.locale, overlay);
      const what = text.service;
      // No space after an ideographic full stop (Japanese conditions are sentences too).
      const cond = text.conditions.join(' ').replace(/。\s+/g, '。');
      return r.status === 'not-supported'
        ? messagesOf(ctx, 'jabber-config').t('mra.notSupportedRow', {
            service: what,
            status: L.notSupported,
            clients: r.clients !== 'all' ? ` (${messagesOf(ctx, 'jabber-config').t(`clients.${r.clients}`)} ${L.clients})` : '',
          })
        : `${what}: ${cond || L.conditional}`;
    });
    const note = ctx.catalogs.jabberText(ctx.locale).parameters[param.name]?.mraNote ?? param.mraNote;
    if (!parts.length && note) parts.push(note);
    if (!parts.length) continue;
    out.push(
      makeDiagnostic(
        ctx,
        'mra-unsupported',
        { start: doc.positionAt(p.element.nameStart), end: doc.positionAt(p.element.nameEnd) },
        { detail: parts.join(' ') },
        { data: { rows: rows.map((r) => r.id) }, relatedInformation: evidence },
      ),
    );
  }
  return out;
}
