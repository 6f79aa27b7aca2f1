// Hover on an xConfiguration record: the UI label and menu path, what the value means in the web
// interface, which box the file was matched to and how the deployment model reads the value, and the
// rules that concern it with their source. A `{cipher}` value is never repeated.
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { MarkupKind, type Hover, type Position } from 'vscode-languageserver-types';
import { fill, xconfigurationMap } from '../../catalog/xconfigurationMap';
import { messagesOf } from '../../catalog/messages';
import { sourceMarkdown } from '../../catalog/sources';
import { walk, type SettingsNode } from '../../formats/settings';
import { settingsData } from '../../rules/settings/data';
import type { ServiceContext } from '../types';
import { ruleMessage } from '../settings/hover';
import { deploymentOf, parsedXConfiguration, parsedXStatus } from './deployment';

const MAX_RULES_SHOWN = 6;

/** The model node read from the record whose path starts at `pathStart` in `uri`. */
export function modelNodeAt(root: SettingsNode, uri: string, pathStart: number): SettingsNode | undefined {
  let found: SettingsNode | undefined;
  walk(root, (n) => {
    if (!found && n.kind === 'scalar' && n.uri === uri && n.keyStart === pathStart) found = n;
  });
  return found;
}

/** `expressway.expresswayC.zones[0].sip.port` -> the rule index key `expressway.expresswayC.zones[].sip.port`. */
function rulePath(node: SettingsNode): string {
  return node.path.map((s, i) => (typeof s === 'number' ? '[]' : i === 0 ? s : `.${s}`)).join('');
}

/** The record that tells which box the file is, as written (a quoted value keeps its closing quote). */
function evidenceText(doc: TextDocument, parsed: ReturnType<typeof parsedXConfiguration>): string {
  const span = parsed.boxEvidence!;
  const record = parsed.records.find((r) => r.pathStart === span.start && r.valueEnd === span.end);
  const end = record?.quoted ? Math.min(record.end, doc.getText().length) : span.end;
  return doc.getText({ start: doc.positionAt(span.start), end: doc.positionAt(Math.max(end, span.end)) }).replace(/\s+/g, ' ');
}

export function hoverXConfiguration(doc: TextDocument, position: Position, ctx: ServiceContext): Hover | null {
  const offset = doc.offsetAt(position);
  const parsed = parsedXConfiguration(doc);
  const record = parsed.records.find((r) => offset >= r.start && offset <= r.end);
  if (!record) return null;
  const M = messagesOf(ctx, 'expressway');
  const map = xconfigurationMap(ctx.catalogs);
  const hit = map.match(record.path);
  const parts: string[] = [`**${record.path}**`];
  if (!hit) {
    parts.push(M.t('hover.unknown'));
  } else {
    const { entry, vars } = hit;
    parts.push(M.t('hover.label', { label: fill(entry.label, vars) }), M.t('hover.ui', { menu: fill(entry.menu, vars) }));
    if (entry.secret || record.secret) parts.push(M.t('hover.secret'));
    else if (entry.values) {
      const ui = Object.entries(entry.values).find(([cli]) => cli.toLowerCase() === record.value.trim().toLowerCase())?.[1];
      if (ui && ui !== record.value.trim()) parts.push(M.t('hover.means', { cli: record.value.trim(), ui }));
      parts.push(
        M.t('hover.values', {
          values: Object.entries(entry.values)
            .map(([cli, label]) => `\`${cli}\` (${label})`)
            .join(', '),
        }),
      );
    }
    // The map's notes are English prose; other languages keep to the translated words (one language per view).
    // A secret's note says again what the secret line says: one is enough.
    if (entry.note && ctx.locale === 'en' && !entry.secret && !record.secret) parts.push(entry.note);
    const source = map.sources[entry.source];
    if (source) parts.push(M.t('hover.source', { title: source.title, url: source.url }));
  }
  const deployment = deploymentOf(doc.uri, ctx);
  const box = deployment.model.boxes.get(doc.uri);
  if (box && parsed.boxEvidence)
    parts.push(
      M.t('hover.box', {
        box: M.t(`box.${box}`),
        evidence: evidenceText(doc, parsed),
      }),
    );
  else if (!box && hit?.entry.model && !hit.entry.model.startsWith('$.')) parts.push(M.t('hover.boxUnknown'));
  const node = modelNodeAt(deployment.model.root, doc.uri, record.pathStart);
  if (node) {
    const key = rulePath(node);
    parts.push(M.t('hover.model', { path: key }));
    const rules = settingsData(ctx.catalogs).rulesByPath.get(key) ?? [];
    for (const r of rules.slice(0, MAX_RULES_SHOWN)) {
      // The section title alone would be a bare line in the document's language: cite the document (in the view's language).
      const cited = messagesOf(ctx, 'uc-settings').t('hover.source', {
        source: sourceMarkdown(ctx.catalogs, { file: r.source.file, section: r.source.section }, ctx.locale),
      });
      parts.push(`---\n\`${r.code}\`: ${ruleMessage(r, ctx)}\n\n> ${r.source.quote.replace(/\s+/g, ' ')}\n\n${cited}`);
    }
  }
  return {
    contents: { kind: MarkupKind.Markdown, value: parts.join('\n\n') },
    range: { start: doc.positionAt(record.pathStart), end: doc.positionAt(record.valueEnd) },
  };
}

/** Hover on a status record: its path, and how the deployment model reads it (the software version, say). */
export function hoverXStatus(doc: TextDocument, position: Position, ctx: ServiceContext): Hover | null {
  const offset = doc.offsetAt(position);
  const record = parsedXStatus(doc).records.find((r) => (offset >= r.pathStart && offset <= r.pathEnd) || (offset >= r.valueStart && offset <= r.valueEnd));
  if (!record) return null;
  const M = messagesOf(ctx, 'expressway');
  const parts = [`**${record.path}**`];
  const node = modelNodeAt(deploymentOf(doc.uri, ctx).model.root, doc.uri, record.pathStart);
  if (node) {
    const key = rulePath(node);
    parts.push(M.t('hover.model', { path: key }));
    for (const r of (settingsData(ctx.catalogs).rulesByPath.get(key) ?? []).slice(0, MAX_RULES_SHOWN)) parts.push(`---\n\`${r.code}\`: ${ruleMessage(r, ctx)}`);
  } else parts.push(M.t('hover.unknown'));
  return {
    contents: { kind: MarkupKind.Markdown, value: parts.join('\n\n') },
    range: { start: doc.positionAt(record.pathStart), end: doc.positionAt(record.pathEnd) },
  };
}
