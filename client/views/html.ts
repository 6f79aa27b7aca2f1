// Shared helpers for every webview page. Each page is a pure function of data -> HTML string, so
// the escaping and the Content-Security-Policy live here once: a value taken from a document or
// from schemas/ never reaches the markup unescaped, and no page can load anything remote.
import { randomBytes } from 'crypto';

const HTML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Escapes text for element content and for quoted attribute values alike. */
export function escapeHtml(value: unknown): string {
  return String(value ?? '').replace(/[&<>"']/g, (c) => HTML_ESCAPES[c]);
}

/** A fresh base64 nonce; the CSP allows only the style and script elements that carry it. */
export function makeNonce(): string {
  return randomBytes(18).toString('base64');
}

/**
 * The policy every UC Config webview uses. `default-src 'none'` forbids fetches, frames, fonts and
 * media; styles and scripts run only with the nonce; images only from the extension or data: URIs.
 */
export function contentSecurityPolicy(cspSource: string, nonce: string): string {
  return ["default-src 'none'", `style-src ${cspSource} 'nonce-${nonce}'`, `script-src 'nonce-${nonce}'`, `img-src ${cspSource} data:`].join('; ');
}

export interface PageOptions {
  title: string;
  /** webview.cspSource; tests pass a fixed value. */
  cspSource: string;
  nonce: string;
  /** Trusted markup built by the caller from escaped values. */
  body: string;
  /** Static stylesheet text (no data interpolated). */
  style: string;
  /** Static script text (no data interpolated); data travels in escaped data-* attributes. */
  script?: string;
  lang?: string;
}

/** Wraps a body in a complete, CSP-protected HTML document. */
export function page(o: PageOptions): string {
  const nonce = escapeHtml(o.nonce);
  return `<!DOCTYPE html>
<html lang="${escapeHtml(o.lang ?? 'en')}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${escapeHtml(contentSecurityPolicy(o.cspSource, o.nonce))}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(o.title)}</title>
<style nonce="${nonce}">${BASE_STYLE}
${o.style}</style>
</head>
<body>
${o.body}
${o.script ? `<script nonce="${nonce}">${o.script}</script>` : ''}
</body>
</html>
`;
}

/**
 * Colours come from VS Code's theme variables, so light, dark and high-contrast themes all work; the
 * fallbacks after the commas are used when the page is opened outside VS Code (the PNG renderer).
 * Links (the documents a page cites) take the theme's link colour, as VS Code's own webview style does,
 * so a page opened elsewhere never shows the browser's dark blue on a dark background.
 */
const BASE_STYLE = `
:root { color-scheme: light dark; }
body { font-family: var(--vscode-font-family, system-ui, sans-serif); font-size: var(--vscode-font-size, 13px);
  color: var(--vscode-foreground, #1f1f1f); background: var(--vscode-editor-background, #ffffff); margin: 0; padding: 12px 16px; }
h1 { font-size: 1.35em; margin: 0 0 4px; font-weight: 600; }
.muted { color: var(--vscode-descriptionForeground, #616161); }
/* Buttons take the theme's button colours. High-contrast themes leave the button backgrounds unset
   and draw a contrast border instead, so an unset background falls back to none (the editor's
   background shows through), never to a light grey under white text. */
button { font: inherit; color: var(--vscode-button-foreground, #fff); background: var(--vscode-button-background, transparent);
  border: 1px solid var(--vscode-button-border, var(--vscode-contrastBorder, transparent)); border-radius: 2px; padding: 3px 10px; cursor: pointer; }
button:hover { background: var(--vscode-button-hoverBackground, var(--vscode-button-background, transparent)); }
button.secondary { color: var(--vscode-button-secondaryForeground, var(--vscode-foreground, #1f1f1f)); background: var(--vscode-button-secondaryBackground, transparent); }
button.secondary:hover { background: var(--vscode-button-secondaryHoverBackground, var(--vscode-button-secondaryBackground, transparent)); }
body.vscode-high-contrast button:hover, body.vscode-high-contrast-light button:hover { outline: 1px dashed var(--vscode-contrastActiveBorder, currentColor); outline-offset: -1px; }
a { color: var(--vscode-textLink-foreground, #005fb8); }
a:hover, a:active { color: var(--vscode-textLink-activeForeground, var(--vscode-textLink-foreground, #005fb8)); }
button.link { background: none; border: none; padding: 0 2px; color: var(--vscode-textLink-foreground, #005fb8); text-decoration: underline; cursor: pointer; }
:focus-visible { outline: 1px solid var(--vscode-focusBorder, #005fb8); outline-offset: 1px; }
body.vscode-high-contrast :focus-visible, body.vscode-high-contrast-light :focus-visible { outline-color: var(--vscode-contrastActiveBorder, var(--vscode-focusBorder, #f38518)); }
input, select { font: inherit; color: var(--vscode-input-foreground, #1f1f1f); background: var(--vscode-input-background, #fff);
  border: 1px solid var(--vscode-input-border, #cecece); padding: 3px 6px; border-radius: 2px; }
code { font-family: var(--vscode-editor-font-family, monospace); }
.sr-only { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
`;
