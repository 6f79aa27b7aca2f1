// A certificate beside the dumps is read by two services: its own checks (the certificate service) and
// the deployment (the file read from disk). `uc-config check` runs both on one run's files, so they
// share one reading of each file: the same objects, whichever asks first, PEM or DER.
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import { pathToFileURL } from 'node:url';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { certificateModelOf } from '../../server/services/certificate/document';
import { deploymentFolder, diskArtifactsIn } from '../../server/services/expressway/deployment';

const CERTS = path.resolve(__dirname, '../fixtures/certs');
const SITE_A = path.resolve(__dirname, '../fixtures/expressway/site-a');

/** A folder with C's dump and the given certificate files; the documents as the CLI makes them (the file read as UTF-8). */
function folderWith(files: [string, string][]): { dir: string; docs: TextDocument[] } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'uc-certs-'));
  fs.copyFileSync(path.join(SITE_A, 'expc.txt'), path.join(dir, 'expc.txt'));
  for (const [from, to] of files) fs.copyFileSync(from, path.join(dir, to));
  const docs = files.map(([, to]) => {
    const file = path.join(dir, to);
    return TextDocument.create(pathToFileURL(file).toString(), '', 0, fs.readFileSync(file, 'utf8'));
  });
  return { dir, docs };
}

describe('each certificate file is parsed once for its own checks and for the deployment', () => {
  const files: [string, string][] = [
    [path.join(SITE_A, 'expc-cert.pem'), 'expc-cert.pem'],
    [path.join(CERTS, 'vcse.der'), 'vcse.der'],
  ];
  it('the certificate service first, then the deployment: the same reading', () => {
    const { dir, docs } = folderWith(files);
    try {
      const own = docs.map((d) => certificateModelOf(d));
      const disk = diskArtifactsIn(deploymentFolder(docs[0].uri));
      assert.equal(disk.length, 2);
      for (const [i, d] of docs.entries()) assert.equal(disk.find((x) => x.uri === d.uri)?.file, own[i], d.uri);
      assert.equal(own[0].items[0].subjectCN, 'expc1.site-a.example.com');
      assert.equal(own[1].encoding, 'der');
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
  it('the deployment first, then the certificate service: the same reading', () => {
    const { dir, docs } = folderWith(files);
    try {
      const disk = diskArtifactsIn(deploymentFolder(docs[0].uri));
      for (const d of docs) assert.equal(certificateModelOf(d), disk.find((x) => x.uri === d.uri)?.file, d.uri);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
  it('an edited text (an editor with unsaved changes) is read again, not taken from the disk reading', () => {
    const { dir, docs } = folderWith(files.slice(0, 1));
    try {
      const disk = diskArtifactsIn(deploymentFolder(docs[0].uri));
      const edited = TextDocument.create(docs[0].uri, '', 1, '');
      const own = certificateModelOf(edited);
      assert.notEqual(own, disk[0].file);
      assert.equal(own.items.length, 0);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
