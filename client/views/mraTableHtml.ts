// The MRA supported-services table (seed 000, 표 1) as a webview page, and the same rows as
// Markdown and CSV for pasting into a wiki or a spreadsheet. Everything is derived from
// schemas/mra-support.json so the table, the hover notes and the MRA checks never disagree.
import { escapeHtml, page } from './html';
import { english, type Translate } from './l10n';
import { pick, STATUS_LABEL, type Locale, type MraRow, type MraStatus, type MraSupport } from './model';
import { SOURCE_SLOT, sourceHtml, sourceText, withSourceHtml } from './sources';

export { STATUS_LABEL };

const STATUS_MARK: Record<MraStatus, string> = { supported: '✓', 'not-supported': '✗', conditional: '◐' };

/** English keys; the pages show them through their translate function. */
export const CLIENT_LABEL: Record<string, string> = {
  all: 'All clients',
  desktop: 'Desktop only',
  mobile: 'Mobile only',
  windows: 'Windows only',
  mac: 'Mac only',
  android: 'Android only',
  ios: 'iPhone and iPad only',
};

/** Which coarse platform filters a row belongs to ("desktop", "mobile"). */
export function platformsOf(row: MraRow): string[] {
  switch (row.clients) {
    case 'desktop':
    case 'windows':
    case 'mac':
      return ['desktop'];
    case 'mobile':
    case 'android':
    case 'ios':
      return ['mobile'];
    default:
      return ['desktop', 'mobile'];
  }
}

/** Display names of the platform ids the data uses. */
export const PLATFORM_NAME: Record<string, string> = { windows: 'Windows', mac: 'Mac', android: 'Android', ios: 'iOS' };

function clientsText(row: MraRow, t: Translate): string {
  const base = CLIENT_LABEL[row.clients] ? t(CLIENT_LABEL[row.clients]) : row.clients;
  return row.notSupportedOn?.length ? t('{0}; not on {1}', base, row.notSupportedOn.map((p) => PLATFORM_NAME[p] ?? p).join(', ')) : base;
}

function categoryTitle(data: MraSupport, id: string, locale: Locale): string {
  const c = data.categories.find((x) => x.id === id);
  return c ? pick(c.title, locale) : id;
}

function selectRows(data: MraSupport, ids?: readonly string[]): MraRow[] {
  if (!ids) return data.rows;
  const wanted = new Set(ids);
  return data.rows.filter((r) => wanted.has(r.id));
}

/** Conditions, requirements and the note of a row as plain sentences. */
export function rowDetails(row: MraRow, locale: Locale = 'en'): string[] {
  const out = (row.conditions ?? []).map((c) => pick(c, locale));
  if (row.note) out.push(pick(row.note, locale));
  return out;
}

// Markdown table cells cannot hold a raw pipe or a line break; a backslash must be doubled first so
// that the escape we add for the pipe is not itself undone.
function mdCell(text: string): string {
  return text.replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/\r?\n/g, '<br>');
}

/** The rows (all, or only `ids`, in table order) as a GitHub-flavoured Markdown table. */
export function mraTableMarkdown(data: MraSupport, ids?: readonly string[], locale: Locale = 'en', t: Translate = english): string {
  const header = [t('Category'), t('Service'), t('Status'), t('Clients'), t('Conditions and notes'), t('jabber-config parameters')];
  const lines = [`| ${header.join(' | ')} |`, `|${header.map(() => '---').join('|')}|`];
  for (const row of selectRows(data, ids)) {
    const cells = [
      categoryTitle(data, row.category, locale),
      pick(row.service, locale),
      t(STATUS_LABEL[row.status]),
      clientsText(row, t),
      rowDetails(row, locale).join(' '),
      (row.parameters ?? []).map((p) => `\`${p}\``).join(', '),
    ];
    lines.push(`| ${cells.map(mdCell).join(' | ')} |`);
  }
  return lines.join('\n') + '\n';
}

// RFC 4180: a field with a comma, a quote or a line break is quoted and its quotes doubled.
function csvField(text: string): string {
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** The rows as RFC 4180 CSV (CRLF line ends), one column per fact so a spreadsheet can filter them. */
export function mraTableCsv(data: MraSupport, ids?: readonly string[], locale: Locale = 'en'): string {
  // One language per export: the service in the chosen language only; the source is the document cited.
  const header = ['id', 'category', 'service', 'status', 'clients', 'not_supported_on', 'conditions', 'note', 'parameters', 'source'];
  const lines = [header.join(',')];
  for (const row of selectRows(data, ids)) {
    const fields = [
      row.id,
      categoryTitle(data, row.category, locale),
      pick(row.service, locale),
      row.status,
      row.clients,
      (row.notSupportedOn ?? []).join(';'),
      (row.conditions ?? []).map((c) => pick(c, locale)).join(' | '),
      row.note ? pick(row.note, locale) : '',
      (row.parameters ?? []).join(';'),
      sourceText(row.source, locale),
    ];
    lines.push(fields.map(csvField).join(','));
  }
  return lines.join('\r\n') + '\r\n';
}

export interface MraTableOptions {
  cspSource: string;
  nonce: string;
  locale?: Locale;
  /** The page's own words in `locale`; English when absent. */
  t?: Translate;
  /** Pre-fills the text filter, e.g. with a parameter name when opened from a hover link. */
  initialQuery?: string;
}

// Most rows share the table's own source; show only what a row adds (a notes section, a page).
function rowSource(row: MraRow, tableSource: string, locale: Locale, t: Translate): string {
  if (row.source === tableSource) return '';
  const extends_ = row.source.startsWith(tableSource);
  const extra = sourceHtml(row.source, locale, extends_ ? tableSource : undefined);
  if (!extra) return '';
  return `<p class="source muted">${withSourceHtml(extends_ ? t('Source: table above; {0}', SOURCE_SLOT) : t('Source: {0}', SOURCE_SLOT), extra)}</p>`;
}

function requirementText(r: NonNullable<MraRow['requires']>[number], t: Translate): string {
  if (r.kind === 'http-allow-list') return t('HTTP allow list on {0}', r.product ?? 'Expressway-C');
  if (r.kind === 'min-version') return t('{0} {1} or later', r.product ?? '', r.version ?? '').trim();
  return r.note ?? r.kind;
}

function rowHtml(row: MraRow, locale: Locale, tableSource: string, t: Translate): string {
  // The wording of the document read (Korean) still finds a row, but is not shown beside another language.
  const seed = row.service.ko ?? row.service.ja;
  const details = rowDetails(row, locale);
  const params = (row.parameters ?? [])
    .map(
      (p) =>
        `<button type="button" class="link param" data-param="${escapeHtml(p)}" title="${escapeHtml(t('Open the documentation of {0}', p))}">${escapeHtml(p)}</button>`,
    )
    .join(' ');
  const requires = (row.requires ?? []).map((r) => `<li>${escapeHtml(requirementText(r, t))}</li>`).join('');
  // English and the page's language alike find a row.
  const status = t(STATUS_LABEL[row.status]);
  const searchText = [
    row.id,
    row.service.en,
    pick(row.service, locale),
    seed ?? '',
    STATUS_LABEL[row.status],
    status,
    clientsText(row, english),
    clientsText(row, t),
    ...details,
    ...(row.parameters ?? []),
  ]
    .join(' ')
    .toLowerCase();
  return `<tr class="row" data-id="${escapeHtml(row.id)}" data-status="${escapeHtml(row.status)}" data-platforms="${escapeHtml(platformsOf(row).join(' '))}" data-search="${escapeHtml(searchText)}">
<th scope="row" class="service">${escapeHtml(pick(row.service, locale))}</th>
<td class="status status-${escapeHtml(row.status)}"><span aria-hidden="true">${STATUS_MARK[row.status]}</span> ${escapeHtml(status)}</td>
<td class="clients">${escapeHtml(clientsText(row, t))}</td>
<td class="details">${details.map((d) => `<p>${escapeHtml(d)}</p>`).join('')}${requires ? `<ul class="requires" aria-label="${escapeHtml(t('Requires'))}">${requires}</ul>` : ''}${rowSource(row, tableSource, locale, t)}</td>
<td class="params">${params || '<span class="muted">—</span>'}</td>
</tr>`;
}

/** The complete webview page: every row, filters, copy buttons and parameter links. */
export function mraTableHtml(data: MraSupport, o: MraTableOptions): string {
  const locale = o.locale ?? 'en';
  const t = o.t ?? english;
  const groups = data.categories.map((c) => ({ c, rows: data.rows.filter((r) => r.category === c.id) })).filter((g) => g.rows.length > 0);
  // Rows whose category is missing from the list still appear, under their own id.
  const known = new Set(data.categories.map((c) => c.id));
  const orphans = data.rows.filter((r) => !known.has(r.category));
  if (orphans.length) groups.push({ c: { id: 'other', title: { en: t('Other') } }, rows: orphans });
  const tbodies = groups
    .map(
      (g) => `<tbody class="group" data-category="${escapeHtml(g.c.id)}">
<tr class="category"><th colspan="5" scope="rowgroup">${escapeHtml(pick(g.c.title, locale))}</th></tr>
${g.rows.map((r) => rowHtml(r, locale, data.source, t)).join('\n')}
</tbody>`,
    )
    .join('\n');
  const counts = { supported: 0, 'not-supported': 0, conditional: 0 } as Record<MraStatus, number>;
  for (const r of data.rows) counts[r.status]++;
  const th = (message: string, ...args: Array<string | number>) => escapeHtml(t(message, ...args));
  const option = (value: string, label: string) => `<option value="${value}">${escapeHtml(label)}</option>`;
  const body = `<header>
<h1>${th('Services over Mobile and Remote Access (Expressway)')}</h1>
<p class="muted">${withSourceHtml(t('{0} rows: {1} supported, {2} conditional, {3} not supported. Source: {4}', data.rows.length, counts.supported, counts.conditional, counts['not-supported'], SOURCE_SLOT), sourceHtml(data.source, locale))}</p>
</header>
<div class="toolbar" role="search">
<label>${th('Filter')} <input type="search" id="q" value="${escapeHtml(o.initialQuery ?? '')}" placeholder="${th('service, parameter, version…')}" aria-describedby="count"></label>
<label>${th('Status')} <select id="status">${option('', t('Any'))}${(['supported', 'conditional', 'not-supported'] as const).map((s) => option(s, t(STATUS_LABEL[s]))).join('')}</select></label>
<label>${th('Clients')} <select id="platform">${option('', t('Desktop and mobile'))}${option('desktop', t('Desktop'))}${option('mobile', t('Mobile'))}</select></label>
<span id="count" class="muted" role="status" aria-live="polite" data-template="${th('{0} of {1} rows')}"></span>
<span class="spacer"></span>
<button type="button" id="copy-md" class="secondary">${th('Copy as Markdown')}</button>
<button type="button" id="copy-csv" class="secondary">${th('Copy as CSV')}</button>
</div>
<table>
<caption class="sr-only">${th('MRA supported services; conditions, notes, sources and the jabber-config parameters each row concerns')}</caption>
<thead><tr><th scope="col">${th('Service')}</th><th scope="col">${th('Status')}</th><th scope="col">${th('Clients')}</th><th scope="col">${th('Conditions and notes')}</th><th scope="col">${th('Parameters')}</th></tr></thead>
${tbodies}
</table>
<p id="empty" class="muted" hidden>${th('No row matches the filter.')}</p>`;
  return page({ title: t('MRA Support Table'), cspSource: o.cspSource, nonce: o.nonce, body, style: STYLE, script: SCRIPT, lang: locale });
}

const STYLE = `
.toolbar { display: flex; flex-wrap: wrap; gap: 8px 14px; align-items: center; margin: 10px 0; position: sticky; top: 0;
  background: var(--vscode-editor-background, #fff); padding: 6px 0; z-index: 1; }
.toolbar .spacer { flex: 1; }
table { border-collapse: collapse; width: 100%; }
th, td { text-align: left; vertical-align: top; padding: 5px 8px; border-bottom: 1px solid var(--vscode-editorWidget-border, #e0e0e0); }
thead th { font-weight: 600; border-bottom: 2px solid var(--vscode-editorWidget-border, #c8c8c8); }
tr.category th { background: var(--vscode-sideBar-background, transparent); border-top: 1px solid var(--vscode-contrastBorder, transparent); font-weight: 600; padding-top: 8px; }
th.service { font-weight: 500; min-width: 12em; }
.seed { font-size: 0.88em; margin-top: 2px; }
td.details p { margin: 0 0 4px; }
td.details ul.requires { margin: 2px 0 0; padding-left: 1.2em; font-size: 0.92em; }
td.details p.source { font-size: 0.8em; overflow-wrap: anywhere; margin-top: 2px; }
td.params { max-width: 16em; }
td.status { white-space: nowrap; font-weight: 600; }
/* The status reads in the text colour (the themes' icon colours are below 4.5:1 as text on their
   backgrounds); its colour is a bar at the cell's left edge, and the mark and the word say it too. */
.status { box-shadow: inset 3px 0 0 var(--status-colour); padding-left: 8px; }
.status-supported { --status-colour: var(--vscode-testing-iconPassed, #2e7d32); }
.status-not-supported { --status-colour: var(--vscode-errorForeground, #c62828); }
.status-conditional { --status-colour: var(--vscode-editorWarning-foreground, #9a6700); }
tr.row:hover { background: var(--vscode-list-hoverBackground, transparent); outline: 1px dotted var(--vscode-contrastActiveBorder, transparent); outline-offset: -1px; }
tr.row:target, tr.row.highlight { outline: 1px solid var(--vscode-focusBorder, #005fb8); }
@media (forced-colors: active) { .status { box-shadow: inset 3px 0 0 CanvasText; } }
`;

// Static script: it reads data only from the DOM and posts messages; the extension does the rest
// (opening parameter docs, writing the clipboard) so the page needs no privileges.
const SCRIPT = `
(function () {
  // Outside VS Code (the PNG renderer, a saved page) the API is absent; filtering still works.
  const vscode = typeof acquireVsCodeApi === 'function' ? acquireVsCodeApi() : { postMessage: function () {}, getState: function () {}, setState: function () {} };
  const q = document.getElementById('q');
  const status = document.getElementById('status');
  const platform = document.getElementById('platform');
  const count = document.getElementById('count');
  const empty = document.getElementById('empty');
  const rows = Array.from(document.querySelectorAll('tr.row'));
  const groups = Array.from(document.querySelectorAll('tbody.group'));
  const saved = vscode.getState() || {};
  if (!q.value && saved.q) q.value = saved.q;
  if (saved.status) status.value = saved.status;
  if (saved.platform) platform.value = saved.platform;
  function visibleIds() { return rows.filter(function (r) { return !r.hidden; }).map(function (r) { return r.dataset.id; }); }
  function apply() {
    const words = q.value.toLowerCase().split(/\\s+/).filter(Boolean);
    let shown = 0;
    for (const r of rows) {
      const ok = words.every(function (w) { return r.dataset.search.indexOf(w) >= 0; })
        && (!status.value || r.dataset.status === status.value)
        && (!platform.value || r.dataset.platforms.split(' ').indexOf(platform.value) >= 0);
      r.hidden = !ok;
      if (ok) shown++;
    }
    for (const g of groups) g.hidden = !g.querySelector('tr.row:not([hidden])');
    count.textContent = (count.dataset.template || '{0} of {1} rows').replace('{0}', String(shown)).replace('{1}', String(rows.length));
    empty.hidden = shown > 0;
    vscode.setState({ q: q.value, status: status.value, platform: platform.value });
  }
  q.addEventListener('input', apply);
  status.addEventListener('change', apply);
  platform.addEventListener('change', apply);
  document.addEventListener('click', function (e) {
    const t = e.target.closest ? e.target.closest('button.param') : null;
    if (t) vscode.postMessage({ type: 'openParameter', name: t.dataset.param });
  });
  document.getElementById('copy-md').addEventListener('click', function () { vscode.postMessage({ type: 'copy', format: 'markdown', ids: visibleIds() }); });
  document.getElementById('copy-csv').addEventListener('click', function () { vscode.postMessage({ type: 'copy', format: 'csv', ids: visibleIds() }); });
  document.addEventListener('keydown', function (e) {
    if (e.key === '/' && document.activeElement !== q) { e.preventDefault(); q.focus(); }
    if (e.key === 'Escape' && document.activeElement === q) { q.value = ''; apply(); }
  });
  apply();
})();
`;
