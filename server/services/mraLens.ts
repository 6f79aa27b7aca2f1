// The "MRA: …" CodeLens: above each jabber-config parameter that a row of the MRA support table
// names, what the table says, while ucConfig.mra is "on". A real LSP code lens, so every editor
// gets it; in VS Code clicking one runs ucConfig.showMraTable filtered to that parameter.
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { CodeLens } from 'vscode-languageserver-types';
import { mraRowsForParameter, type MraRow } from '../../shared/viewModel';
import { messagesOf } from '../catalog/messages';
import { rowText } from '../catalog/mraSupport';
import { jabberModelOf, parseJabberConfig, type JabberConfigModel } from '../formats/jabber-config';
import type { ServiceContext } from './types';

/** The client command a lens runs (registered by the VS Code extension). */
export const SHOW_MRA_TABLE = 'ucConfig.showMraTable';

export interface MraLens {
  /** Offset of the parameter's start tag. */
  offset: number;
  parameter: string;
  /** The rows that name the parameter, the most restrictive first (it leads the lens title). */
  rows: LensRow[];
}

/** What a lens needs of a row; the server's catalog and the client's view data both have it. */
type LensRow = Pick<MraRow, 'id' | 'status' | 'service' | 'parameters'>;
type Rows = { rows: LensRow[] };
const ORDER = { 'not-supported': 0, conditional: 1, supported: 2 } as const;

/** One lens per parameter element that an MRA row names; the most restrictive status leads the title. */
export function mraLensesOf(model: JabberConfigModel, mra: Rows): MraLens[] {
  const params = [...model.groups.flatMap((g) => g.parameters), ...model.looseParameters];
  const out: MraLens[] = [];
  for (const p of params) {
    let rows = mraRowsForParameter(mra, p.name).sort((a, b) => ORDER[a.status] - ORDER[b.status]);
    // DirectoryServerType names both directory rows; its value says which one applies.
    if (p.name.toLowerCase() === 'directoryservertype') {
      const uds = p.value.trim().toUpperCase() === 'UDS';
      rows = rows.filter((r) => (uds ? r.id !== 'directory-ldap-search' : r.id !== 'directory-uds-search'));
    }
    if (!rows.length) continue;
    out.push({ offset: p.element.start, parameter: p.name, rows });
  }
  return out;
}

/** The lenses of a jabber-config text (parsed here; the server uses the document's cached parse). */
export function mraLenses(text: string, mra: Rows): MraLens[] {
  return mraLensesOf(parseJabberConfig(text), mra);
}

/** The LSP code lenses of a jabber-config document: none unless MRA checks are on, none for an oversized file. */
export function mraCodeLenses(doc: TextDocument, ctx: ServiceContext): CodeLens[] {
  if (ctx.settings.mra !== 'on') return [];
  // Large files get no lenses rather than a slow editor; the diagnostics report the size.
  if (doc.getText().length > ctx.settings.maxFileSizeMB * 1024 * 1024) return [];
  // The title, e.g. "MRA: Not supported — Directory search through LDAP", from schemas/l10n/jabber-config.json
  // and the MRA table's own translations.
  const J = messagesOf(ctx, 'jabber-config');
  const overlay = ctx.catalogs.mraText(ctx.locale);
  return mraLensesOf(jabberModelOf(doc), ctx.catalogs.mra).map((l) => {
    const pos = doc.positionAt(l.offset);
    const first = l.rows[0] as MraRow;
    const title = J.t('lens.title', {
      status: J.t(`status.${first.status}`),
      service: rowText(first, ctx.locale, overlay).service,
      more: l.rows.length > 1 ? J.t('lens.more', { count: l.rows.length - 1 }) : '',
    });
    return { range: { start: pos, end: pos }, command: { title, command: SHOW_MRA_TABLE, arguments: [l.parameter] } };
  });
}
