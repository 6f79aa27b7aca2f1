// The MRA table page and its Markdown / CSV copies: every row reaches the page, values are escaped,
// the CSP is strict, and the two text formats are exact for a row full of separators.
import assert from 'node:assert/strict';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import { contentSecurityPolicy, escapeHtml } from '../../client/views/html';
import { parseMessage } from '../../client/views/messages';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { mraCodeLenses, mraLenses } from '../../server/services/mraLens';
import { DEFAULT_SETTINGS } from '../../shared/settings';
import { ctx } from './jabber-helpers';
import type { MraSupport } from '../../client/views/model';
import { loadViewData } from '../../client/views/model';
import { mraTableCsv, mraTableHtml, mraTableMarkdown, platformsOf } from '../../client/views/mraTableHtml';

const data = loadViewData(path.resolve(__dirname, '../../schemas'));
const opts = { cspSource: 'vscode-webview://abc', nonce: 'N0nce+/=' };
const HOSTILE = '<img src=x onerror=alert(1)>';

/** One synthetic row whose every text field holds separators and markup. */
const tricky: MraSupport = {
  source: 'test',
  categories: [{ id: 'c', title: { en: 'Cat, "one" | two' } }],
  rows: [
    {
      id: 'tricky',
      category: 'c',
      service: { en: 'A, "quoted" | piped\\ service', ko: '서비스, "따옴표"' },
      status: 'conditional',
      clients: 'desktop',
      conditions: [{ en: 'Needs X8.9.1, "really" | truly' }],
      note: { en: 'Line one\nline two' },
      parameters: ['UpdateURL', 'PrtLogServerURL'],
      source: 'seed, § 1',
    },
  ],
};

describe('MRA table page', () => {
  const html = mraTableHtml(data.mra, opts);

  it('contains every row, its status and its parameter links', () => {
    for (const r of data.mra.rows) {
      assert.ok(html.includes(`data-id="${r.id}"`), r.id);
      assert.ok(html.includes(escapeHtml(r.service.en)), r.service.en);
      for (const p of r.parameters ?? []) assert.ok(html.includes(`data-param="${p}"`), `${r.id} -> ${p}`);
      for (const c of r.conditions ?? []) assert.ok(html.includes(escapeHtml(c.en)), `${r.id} condition`);
    }
    assert.equal((html.match(/<tr class="row"/g) ?? []).length, data.mra.rows.length);
  });

  it('sets a nonce CSP with no remote source, and every script and style carries the nonce', () => {
    const csp = contentSecurityPolicy(opts.cspSource, opts.nonce);
    assert.equal(csp, "default-src 'none'; style-src vscode-webview://abc 'nonce-N0nce+/='; script-src 'nonce-N0nce+/='; img-src vscode-webview://abc data:");
    assert.ok(html.includes(`http-equiv="Content-Security-Policy" content="${escapeHtml(csp)}"`));
    // A source with a public page is a link the user may follow (VS Code opens it in the browser); nothing may load it.
    const links = html.match(/<a href="[^"]*">/g) ?? [];
    for (const a of links) assert.match(a, /^<a href="https:\/\/www\.cisco\.com\/[^"]+">$/, a);
    assert.doesNotMatch(html.replace(/<a href="[^"]*">/g, '<a>'), /(src|href|action)\s*=\s*["']?\s*(https?:)?\/\//i, 'no remote resource');
    assert.doesNotMatch(html, /url\(\s*["']?https?:/i, 'no remote stylesheet resource');
    const tags = html.match(/<(script|style)\b[^>]*>/g) ?? [];
    assert.ok(tags.length >= 2);
    for (const t of tags) assert.ok(t.includes(`nonce="${opts.nonce}"`), t);
    assert.doesNotMatch(html, /\sstyle="/, 'inline style attributes would be blocked by the CSP');
    assert.doesNotMatch(html, /\son[a-z]+="/i, 'no inline event handlers');
  });

  it('escapes hostile text from the data and from the filter argument', () => {
    const evil: MraSupport = JSON.parse(JSON.stringify(tricky));
    evil.rows[0].service.en = HOSTILE;
    evil.rows[0].parameters = [`"><script>x</script>`];
    evil.categories[0].title.en = HOSTILE;
    const page = mraTableHtml(evil, { ...opts, initialQuery: `"><img src=x onerror=alert(2)>` });
    assert.ok(!page.includes('<img src=x'), 'no live <img> element');
    assert.ok(page.includes('&lt;img src=x onerror=alert(1)&gt;'));
    assert.ok(!page.includes('"><script>'));
    assert.ok(page.includes('value="&quot;&gt;&lt;img src=x onerror=alert(2)&gt;"'));
  });

  it('groups rows by desktop and mobile for the client filter', () => {
    const row = (id: string) => data.mra.rows.find((r) => r.id === id)!;
    assert.deepEqual(platformsOf(row('cti-desk-phone-control')), ['desktop']);
    assert.deepEqual(platformsOf(row('dial-via-office-reverse')), ['mobile']);
    assert.deepEqual(platformsOf(row('graceful-registration')), ['mobile']);
    assert.deepEqual(platformsOf(row('visual-voicemail')), ['desktop', 'mobile']);
  });
});

describe('MRA table as Markdown and CSV', () => {
  it('writes an exact Markdown row, escaping pipes and backslashes and joining lines', () => {
    assert.equal(
      mraTableMarkdown(tricky),
      '| Category | Service | Status | Clients | Conditions and notes | jabber-config parameters |\n' +
        '|---|---|---|---|---|---|\n' +
        '| Cat, "one" \\| two | A, "quoted" \\| piped\\\\ service | Conditional | Desktop only | Needs X8.9.1, "really" \\| truly Line one<br>line two | `UpdateURL`, `PrtLogServerURL` |\n',
    );
  });

  it('writes exact RFC 4180 CSV with quoted fields and doubled quotes', () => {
    assert.equal(
      mraTableCsv(tricky),
      'id,category,service,status,clients,not_supported_on,conditions,note,parameters,source\r\n' +
        'tricky,"Cat, ""one"" | two","A, ""quoted"" | piped\\ service",conditional,desktop,,"Needs X8.9.1, ""really"" | truly","Line one\nline two",UpdateURL;PrtLogServerURL,"seed, § 1"\r\n',
    );
  });

  it('copies only the rows asked for, in table order', () => {
    const md = mraTableMarkdown(data.mra, ['visual-voicemail', 'directory-ldap-search']);
    const lines = md.trim().split('\n');
    assert.equal(lines.length, 4);
    assert.match(lines[2], /Directory search through LDAP/);
    assert.match(lines[3], /Visual voicemail/);
    const csv = mraTableCsv(data.mra);
    assert.equal(csv.trim().split('\r\n').length, data.mra.rows.length + 1);
  });
});

describe('messages from the pages', () => {
  it('accepts the four known messages and rejects anything else', () => {
    assert.deepEqual(parseMessage({ type: 'openParameter', name: 'UpdateURL' }), { type: 'openParameter', name: 'UpdateURL' });
    assert.deepEqual(parseMessage({ type: 'copy', format: 'csv', ids: ['a'] }), { type: 'copy', format: 'csv', ids: ['a'] });
    assert.deepEqual(parseMessage({ type: 'exportSvg', extra: 1 }), { type: 'exportSvg' });
    assert.deepEqual(parseMessage({ type: 'exportSvg', direction: 'TB' }), { type: 'exportSvg', direction: 'TB' });
    assert.deepEqual(parseMessage({ type: 'exportSvg', direction: '<script>' }), { type: 'exportSvg' });
    assert.deepEqual(parseMessage({ type: 'copyMermaid' }), { type: 'copyMermaid' });
    assert.equal(parseMessage({ type: 'openParameter', name: '../../etc/passwd' }), undefined);
    assert.equal(parseMessage({ type: 'copy', format: 'html', ids: [] }), undefined);
    assert.equal(parseMessage({ type: 'copy', format: 'csv', ids: [1] }), undefined);
    assert.equal(parseMessage({ type: 'runCommand', command: 'x' }), undefined);
    assert.equal(parseMessage(null), undefined);
  });
});

describe('MRA CodeLens data', () => {
  it('puts a lens on each parameter an MRA row names, most restrictive status first', () => {
    const text =
      '<config version="1.0"><Directory><DirectoryServerType>LDAP</DirectoryServerType><UdsServer>cucm</UdsServer><SearchTimeout>5</SearchTimeout></Directory><Client><UpdateURL>http://u/x.xml</UpdateURL></Client></config>';
    const lenses = mraLenses(text, data.mra);
    assert.deepEqual(
      lenses.map((l) => l.parameter),
      ['DirectoryServerType', 'UdsServer', 'UpdateURL'],
    );
    const lead = (l: (typeof lenses)[number]) => [l.rows[0].status, l.rows[0].service.en];
    assert.deepEqual(lead(lenses[0]), ['not-supported', 'Directory search through LDAP']);
    assert.deepEqual(lead(mraLenses(text.replace('>LDAP<', '>UDS<'), data.mra)[0]), ['supported', 'Directory search through UDS']);
    assert.equal(lenses[0].offset, text.indexOf('<DirectoryServerType>'));
    assert.deepEqual(lead(lenses[2]), ['conditional', 'Automatic installer updates']);
    // The titles an editor shows, in each language of the UI.
    const titles = (locale: 'en' | 'ko') =>
      mraCodeLenses(TextDocument.create('file:///w/jabber-config.xml', 'xml', 1, text), { ...ctx(), locale, settings: { ...DEFAULT_SETTINGS, mra: 'on' } }).map(
        (l) => l.command?.title,
      );
    assert.deepEqual(titles('en'), [
      'MRA: Not supported — Directory search through LDAP',
      'MRA: Supported — Directory search through UDS',
      'MRA: Conditional — Automatic installer updates',
    ]);
    assert.match(titles('ko')[0] ?? '', /^MRA: 지원되지 않음 — /);
  });

  it('returns nothing for a file that does not parse into parameters', () => {
    assert.deepEqual(mraLenses('<<<not xml', data.mra), []);
  });
});
