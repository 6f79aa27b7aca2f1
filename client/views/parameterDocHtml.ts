// The documentation page of one jabber-config parameter, opened from the MRA table's parameter
// links (and by the command ucConfig.showParameterDoc). It shows the catalog entry from
// schemas/jabber-parameters.json and every MRA table row that names the parameter.
import { escapeHtml, page } from './html';
import { english, type Translate } from './l10n';
import { PLATFORM_NAME, STATUS_LABEL, rowDetails } from './mraTableHtml';
import { pick, type Locale, type MraRow, type ParameterDoc } from './model';
import { sourceHtml } from './sources';

export interface ParameterDocOptions {
  cspSource: string;
  nonce: string;
  /** The language of the MRA rows (the catalog entry comes already localised, see localizeParameter). */
  locale?: Locale;
  /** The page's own words in `locale`; English when absent. */
  t?: Translate;
}

function sourceList(src: string | string[], locale: Locale): string {
  return [src]
    .flat()
    .map((s) => `<li>${sourceHtml(s, locale)}</li>`)
    .join('');
}

/** `doc` is undefined when the name is not in the catalog; the page then says so plainly. */
export function parameterDocHtml(name: string, doc: ParameterDoc | undefined, mraRows: readonly MraRow[], o: ParameterDocOptions): string {
  const locale = o.locale ?? 'en';
  const t = o.t ?? english;
  const th = (message: string, ...args: Array<string | number>) => escapeHtml(t(message, ...args));
  const dep = doc?.deprecated;
  const facts: [string, string | undefined][] = doc
    ? [
        [t('Group'), doc.group],
        [t('Type'), doc.type],
        [t('Default'), doc.default ?? (doc.defaultNote ? undefined : t('none documented'))],
        [t('Default note'), doc.defaultNote],
        [t('Platforms'), doc.platforms?.map((p) => PLATFORM_NAME[p] ?? p).join(', ')],
        [t('Since'), doc.since],
        [t('Also spelled'), doc.aliases?.join(', ')],
        [
          t('Deprecated'),
          dep ? [dep.since && t('since {0}', dep.since), dep.replacedBy && t('use {0}', dep.replacedBy), dep.note].filter(Boolean).join('; ') : undefined,
        ],
      ]
    : [];
  const dl = facts
    .filter(([, v]) => v)
    .map(([k, v]) => `<dt>${escapeHtml(k)}</dt><dd>${escapeHtml(v)}</dd>`)
    .join('');
  const values = doc?.values?.length
    ? `<h2>${th('Values')}</h2><ul>${doc.values.map((v) => `<li><code>${escapeHtml(v.value)}</code>${v.description ? ` — ${escapeHtml(v.description)}` : ''}</li>`).join('')}</ul>`
    : '';
  const mra = mraRows.length
    ? `<h2>${th('Over Mobile and Remote Access')}</h2><ul class="mra">${mraRows
        .map(
          (r) =>
            `<li><strong class="status-${escapeHtml(r.status)}">${th(STATUS_LABEL[r.status])}</strong>: ${escapeHtml(pick(r.service, locale))}${rowDetails(
              r,
              locale,
            )
              .map((d) => `<p>${escapeHtml(d)}</p>`)
              .join('')}<p class="muted">${sourceHtml(r.source, locale)}</p></li>`,
        )
        .join('')}</ul>`
    : `<p class="muted">${th('No row of the MRA support table names this parameter.')}</p>`;
  const mraNote = doc?.mraNote ? `<p>${escapeHtml(doc.mraNote)}</p>` : '';
  const body = doc
    ? `<h1><code>${escapeHtml(doc.name)}</code></h1>
<p>${escapeHtml(doc.description)}</p>
<dl>${dl}</dl>
${values}
${doc.notes?.length ? `<h2>${th('Notes')}</h2><ul>${doc.notes.map((n) => `<li>${escapeHtml(n)}</li>`).join('')}</ul>` : ''}
${mra}${mraNote}
<h2>${th('Source')}</h2><ul class="muted">${sourceList(doc.source, locale)}</ul>`
    : `<h1><code>${escapeHtml(name)}</code></h1>
<p>${th('This name is not in the UC Config parameter catalog.')}</p>
${mra}`;
  return page({ title: `jabber-config: ${doc?.name ?? name}`, cspSource: o.cspSource, nonce: o.nonce, body, style: STYLE, lang: locale });
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
