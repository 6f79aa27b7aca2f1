// "Settings from artifacts": the settings YAML a deployment's dumps, status and certificates describe,
// each value annotated with the file and line it came from, so the intended state can be reviewed in a
// pull request. Only keys of the settings format are written (schemas/uc-settings.schema.json), so the
// file opens without warnings; secrets never appear (the reader never put them in the model).
import { Document, isMap, isSeq, type Node as YamlNode } from 'yaml';
import { formatPath, type SettingsNode } from '../../formats/settings';
import { settingsData, type SchemaNode } from '../../rules/settings/data';
import type { ServiceContext } from '../types';
import { runSteps, type Steps } from '../../core/steps';
import { deploymentInSteps, type Deployment } from './deployment';

export interface SettingsExport {
  /** The YAML text ('' when the deployment has no artifact). */
  text: string;
  /** A file name for it beside the artifacts. */
  fileName: string;
  /** How many values were taken from the artifacts. */
  values: number;
}

function plainWithin(node: SettingsNode, schema: SchemaNode | undefined): unknown {
  if (!schema) return undefined;
  if (node.kind === 'scalar') return node.value === null ? undefined : node.value;
  if (node.kind === 'array') {
    const items = node.items!.map((i) => plainWithin(i, schema.items)).filter((v) => v !== undefined);
    return items.length ? items : undefined;
  }
  const out: Record<string, unknown> = {};
  for (const p of node.properties!) {
    const v = plainWithin(p, schema.properties?.[p.key!]);
    if (v !== undefined) out[p.key!] = v;
  }
  return Object.keys(out).length ? out : undefined;
}

function fileOf(uri: string): string {
  return decodeURIComponent(uri.slice(uri.lastIndexOf('/') + 1));
}

/** The settings YAML of the deployment that holds `uri` (any file of its folder). */
export const settingsFromArtifacts = (uri: string, ctx: ServiceContext) => runSteps(settingsFromArtifactsInSteps(uri, ctx));

/** settingsFromArtifacts in steps: the deployment's, then the YAML's (written at once, 500 DNS records held the event loop 30–50 ms). */
export function* settingsFromArtifactsInSteps(uri: string, ctx: ServiceContext): Steps<SettingsExport> {
  const deployment = yield* deploymentInSteps(uri, ctx);
  const schema = settingsData(ctx.catalogs).schema;
  const plain = plainWithin(deployment.model.root, schema);
  const folderName = deployment.folder.replace(/\/$/, '').split('/').pop() || 'deployment';
  const fileName = `${folderName}.expressway.yaml`;
  if (!plain) return { text: '', fileName, values: 0 };
  yield;
  const doc = new Document(plain);
  yield;
  let values = 0;
  annotate(deployment, deployment.model.root, doc.contents as YamlNode, () => values++);
  yield;
  const files = [...new Set([...deployment.documents.keys()].map(fileOf))].sort();
  doc.commentBefore = ` Read from the artifacts of ${folderName}/: ${files.join(', ')}.\n Each value names the file and line it came from; review, then keep this file beside them.`;
  return { text: doc.toString({ lineWidth: 0 }), fileName, values };
}

function annotate(deployment: Deployment, node: SettingsNode, yaml: YamlNode | null | undefined, count: () => void): void {
  if (!yaml) return;
  if (node.kind === 'object' && isMap(yaml)) {
    for (const pair of yaml.items) {
      const key = String((pair.key as { value?: unknown })?.value ?? pair.key);
      const child = node.properties!.find((p) => p.key === key);
      if (!child) continue;
      const value = pair.value as YamlNode | null;
      if (child.kind === 'scalar' && value) {
        value.comment = ` ${where(deployment, child)}`;
        count();
      } else annotate(deployment, child, value, count);
    }
  } else if (node.kind === 'array' && isSeq(yaml)) {
    const items = node.items!.filter((i) => i.kind !== 'scalar' || i.value !== null);
    yaml.items.forEach((item, i) => {
      const child = items[i];
      if (!child) return;
      if (child.kind === 'scalar') {
        (item as YamlNode).comment = ` ${where(deployment, child)}`;
        count();
      } else annotate(deployment, child, item as YamlNode, count);
    });
  }
}

/** `expc.txt:17 Zones Zone 4 TraversalClient SIP Port` or `expe-cert.pem:1`. */
function where(deployment: Deployment, node: SettingsNode): string {
  const doc = node.uri ? deployment.documents.get(node.uri) : undefined;
  if (!node.uri || !doc) return formatPath(node.path);
  const line = doc.getText() ? doc.positionAt(node.keyStart ?? node.start).line + 1 : 1;
  const origin = deployment.model.origins.get(node);
  return `${fileOf(node.uri)}:${line}${origin ? ` ${origin.cliPath}` : ''}`;
}
