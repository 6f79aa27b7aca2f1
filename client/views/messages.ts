// What a webview page may ask the extension to do. Pages are untrusted input like any document, so
// every message is checked here (pure, unit-tested) before a command acts on it.

/** Messages a page may post; anything else is ignored. */
export type PageMessage =
  | { type: 'openParameter'; name: string }
  | { type: 'copy'; format: 'markdown' | 'csv'; ids: string[] }
  /** `direction`: the shape the page shows (left to right or top to bottom), saved as seen. */
  | { type: 'exportSvg'; direction?: 'LR' | 'TB' | 'rows' }
  | { type: 'copyMermaid' };

/** Checks a message from a page before acting on it: the page is untrusted input like any other. */
export function parseMessage(raw: unknown): PageMessage | undefined {
  if (!raw || typeof raw !== 'object') return undefined;
  const m = raw as Record<string, unknown>;
  switch (m.type) {
    case 'openParameter':
      return typeof m.name === 'string' && /^[A-Za-z_][A-Za-z0-9_-]{0,100}$/.test(m.name) ? { type: 'openParameter', name: m.name } : undefined;
    case 'copy':
      return (m.format === 'markdown' || m.format === 'csv') && Array.isArray(m.ids) && m.ids.every((x) => typeof x === 'string')
        ? { type: 'copy', format: m.format, ids: m.ids as string[] }
        : undefined;
    case 'exportSvg':
      return m.direction === 'LR' || m.direction === 'TB' || m.direction === 'rows' ? { type: 'exportSvg', direction: m.direction } : { type: 'exportSvg' };
    case 'copyMermaid':
      return { type: m.type };
    default:
      return undefined;
  }
}
