// Where a jabber-config file sets a parameter the MRA table speaks about, and what the table says:
// the data behind the "MRA: …" CodeLens. Pure, so it is tested without VS Code.
import { parseJabberConfig } from '../../server/formats/jabber-config';
import { STATUS_LABEL } from './mraTableHtml';
import { mraRowsForParameter, type MraRow, type MraSupport } from './model';

export interface MraLens {
  /** Offset of the parameter's start tag. */
  offset: number;
  parameter: string;
  rows: MraRow[];
  /** One line for the lens title, e.g. "MRA: Not supported — Directory search through LDAP". */
  title: string;
}

const ORDER = { 'not-supported': 0, conditional: 1, supported: 2 } as const;

/** One lens per parameter element that an MRA row names; the most restrictive status leads the title. */
export function mraLenses(text: string, mra: MraSupport): MraLens[] {
  const model = parseJabberConfig(text);
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
    const first = rows[0];
    const more = rows.length > 1 ? ` (+${rows.length - 1} more)` : '';
    out.push({ offset: p.element.start, parameter: p.name, rows, title: `MRA: ${STATUS_LABEL[first.status]} — ${first.service.en}${more}` });
  }
  return out;
}
