// The Expressway artifacts validated in steps (issue 10: no request blocks the event loop for long): the
// dump read in steps gives the records a straight read gives, and the diagnostics in batches
// (validateInSteps, after the server's parseInSteps) equal validate's, on every real dump and status
// file of ../shared/corpus/expressway, the fixture sites and a generated 5 000-record dump.
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import { pathToFileURL } from 'node:url';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { runSteps } from '../../server/core/steps';
import { readXConfiguration, readXConfigurationInSteps } from '../../server/formats/xconfiguration';
import { kindOfDocument } from '../../server/services/documentKind';
import { services } from '../../server/services/registry';
import type { ServiceContext } from '../../server/services/types';
import { DEFAULT_SETTINGS } from '../../shared/settings';
import { xconfigurationDump } from '../expressway-dump';
import { catalogs } from './settings-helpers';

const CORPUS = path.resolve(__dirname, '../../../shared/corpus/expressway');
const FIXTURES = path.resolve(__dirname, '../fixtures/expressway');

/** The folder's files as documents of one version (each version is a deployment of its own: nothing cached is shared). */
function folder(dir: string, version: number, extra: [string, string][] = []): { docs: TextDocument[]; ctx: ServiceContext } {
  const files: [string, string][] = fs.readdirSync(dir).map((f) => [path.join(dir, f), fs.readFileSync(path.join(dir, f), 'utf8')]);
  const docs = [...files, ...extra].map(([file, text]) => TextDocument.create(pathToFileURL(file).toString(), 'plaintext', version, text));
  const settings = { ...DEFAULT_SETTINGS };
  const ctx: ServiceContext = {
    settings,
    catalogs,
    locale: 'en',
    workspace: { documents: (kind) => docs.filter((d) => kindOfDocument(d, settings) === kind) },
  };
  return { docs, ctx };
}

const serviceOf = (d: TextDocument, ctx: ServiceContext) => {
  const kind = kindOfDocument(d, ctx.settings);
  return kind ? services[kind] : undefined;
};

const DIRS = [
  path.join(CORPUS, 'xconfiguration'),
  path.join(CORPUS, 'status-xml'),
  path.join(FIXTURES, 'site-a'),
  path.join(FIXTURES, 'site-b'),
  path.join(FIXTURES, '../expressway-chat'),
];

describe('Expressway artifacts validated in steps', () => {
  it('a dump read in steps gives the records of a straight read, in many steps for a large dump', () => {
    const text = xconfigurationDump(5_000);
    const steps = readXConfigurationInSteps(text);
    let yields = 0;
    for (let r = steps.next(); !r.done; r = steps.next()) yields++;
    assert.ok(yields >= 10, `${yields} steps`);
    assert.deepEqual(runSteps(readXConfigurationInSteps(text)), readXConfiguration(text));
  });

  for (const dir of DIRS) {
    for (const extra of dir.endsWith('site-a') ? [[], [[path.join(dir, 'generated-5000.txt'), xconfigurationDump(5_000)]] as [string, string][]] : [[]]) {
      const label = `${path.basename(path.dirname(dir))}/${path.basename(dir)}${extra.length ? ' with a generated 5 000-record dump' : ''}`;
      it(`${label}: the diagnostics in steps equal validate's`, () => {
        const plain = folder(dir, 1, extra);
        const stepped = folder(dir, 2, extra);
        let artifacts = 0;
        plain.docs.forEach((doc, i) => {
          const svc = serviceOf(doc, plain.ctx);
          if (!svc?.validateInSteps || !svc.kind.startsWith('expressway-')) return;
          artifacts++;
          const other = stepped.docs[i];
          // As the server does: the read in steps first (the dumps of the deployment), then the batches.
          for (const d of stepped.docs) {
            const parse = serviceOf(d, stepped.ctx)?.parseInSteps?.(d);
            if (parse) runSteps(parse);
          }
          assert.equal(svc.parseInSteps?.(other), undefined, 'the read is cached');
          assert.deepEqual([...svc.validateInSteps(other, stepped.ctx)].flat(), svc.validate(doc, plain.ctx), doc.uri);
        });
        assert.ok(artifacts > 0);
      });
    }
  }
});
