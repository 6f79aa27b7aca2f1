// The documentation page of one jabber-config parameter, opened from the MRA table's parameter
// links (and by the command ucConfig.showParameterDoc). It shows the catalog entry from
// schemas/jabber-parameters.json and every MRA table row that names the parameter.
import { escapeHtml, page } from './html';
import { STATUS_LABEL, rowDetails } from './mraTableHtml';
import type { MraRow, ParameterDoc } from './model';

export interface ParameterDocOptions {
  cspSource: string;
  nonce: string;
}

function sourceList(src: string | string[]): string {
  return [src].flat().map((s) => `<li>${escapeHtml(s)}</li>`).join('');
}

/** `doc` is undefined when the name is not in the catalog; the page then says so plainly. */
export function parameterDocHtml(name: string, doc: ParameterDoc | undefined, mraRows: readonly MraRow[], o: ParameterDocOptions): string {
  const facts: [string, string | undefined][] = doc
    ? [
        ['Group', doc.group],
        ['Type', doc.type],
        ['Default', doc.default ?? (doc.defaultNote ? undefined : 'none documented')],
        ['Default note', doc.defaultNote],
        ['Platforms', doc.platforms?.join(', ')],
        ['Since', doc.since],
        ['Also spelled', doc.aliases?.join(', ')],
        ['Deprecated', doc.deprecated ? [doc.deprecated.since && `since ${doc.deprecated.since}`, doc.deprecated.replacedBy && `use ${doc.deprecated.replacedBy}`, doc.deprecated.note].filter(Boolean).join('; ') : undefined],
      ]
    : [];
  const dl = facts
    .filter(([, v]) => v)
    .map(([k, v]) => `<dt>${escapeHtml(k)}</dt><dd>${escapeHtml(v)}</dd>`)
    .join('');
  const values = doc?.values?.length
    ? `<h2>Values</h2><ul>${doc.values.map((v) => `<li><code>${escapeHtml(v.value)}</code>${v.description ? ` — ${escapeHtml(v.description)}` : ''}</li>`).join('')}</ul>`
    : '';
  const mra = mraRows.length
    ? `<h2>Over Mobile and Remote Access</h2><ul class="mra">${mraRows
        .map((r) => `<li><strong class="status-${escapeHtml(r.status)}">${escapeHtml(STATUS_LABEL[r.status])}</strong>: ${escapeHtml(r.service.en)}${rowDetails(r).map((d) => `<p>${escapeHtml(d)}</p>`).join('')}<p class="muted">${escapeHtml(r.source)}</p></li>`)
        .join('')}</ul>`
    : '<p class="muted">No row of the MRA support table names this parameter.</p>';
  const mraNote = doc?.mraNote ? `<p>${escapeHtml(doc.mraNote)}</p>` : '';
  const body = doc
    ? `<h1><code>${escapeHtml(doc.name)}</code></h1>
<p>${escapeHtml(doc.description)}</p>
<dl>${dl}</dl>
${values}
${doc.notes?.length ? `<h2>Notes</h2><ul>${doc.notes.map((n) => `<li>${escapeHtml(n)}</li>`).join('')}</ul>` : ''}
${mra}${mraNote}
<h2>Source</h2><ul class="muted">${sourceList(doc.source)}</ul>`
    : `<h1><code>${escapeHtml(name)}</code></h1>
<p>This name is not in the parameter catalog (schemas/jabber-parameters.json).</p>
${mra}`;
  return page({ title: `jabber-config: ${doc?.name ?? name}`, cspSource: o.cspSource, nonce: o.nonce, body, style: STYLE });
}

const STYLE = `
dl { display: grid; grid-template-columns: max-content 1fr; gap: 3px 14px; }
dt { font-weight: 600; }
dd { margin: 0; }
h2 { font-size: 1.1em; margin: 16px 0 6px; }
ul.mra li { margin-bottom: 8px; }
ul.mra p { margin: 2px 0; }
.status-supported { color: var(--vscode-testing-iconPassed, #2e7d32); }
.status-not-supported { color: var(--vscode-errorForeground, #c62828); }
.status-conditional { color: var(--vscode-editorWarning-foreground, #9a6700); }
`;
