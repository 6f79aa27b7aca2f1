// The first MAX_DNS_RECORDS DNS records of a deployment folder's lookups join its model (the rules read
// every one). Past them the user is told, on the first record left out, and no rule judges the records
// as a whole from the part it read: "no _cisco-uds record" or "no _collab-edge target is this
// Expressway-E" would be false where the record is further on. Rules of one record still run on those read.
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { after, describe, it } from 'node:test';
import { pathToFileURL } from 'node:url';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { DiagnosticSeverity } from 'vscode-languageserver-types';
import { MAX_DNS_RECORDS } from '../../server/services/expressway/deployment';
import { deploymentDiagnosticsFor } from '../../server/services/expressway/validate';
import { kindOfDocument } from '../../server/services/documentKind';
import type { ServiceContext } from '../../server/services/types';
import { DEFAULT_SETTINGS } from '../../shared/settings';
import { xconfigurationDump } from '../expressway-dump';
import { catalogs } from './settings-helpers';

const root = fs.mkdtempSync(path.join(os.tmpdir(), 'uc-config-dns-cap-'));
after(() => fs.rmSync(root, { recursive: true, force: true }));

// An IM and Presence central cluster (a _cisco-uds record is then required) and a multitenant
// Expressway-E (its host name must be a _collab-edge target), beside an Expressway-C dump.
const SETTINGS = `cucm:
  clusters:
    - name: Central
      role: im-and-presence-central
      publisher: imp-pub.example.com
expressway:
  features:
    multitenancy: true
  expresswayE:
    system:
      hostName: expe
      domainName: example.com
`;
const sip = (i: number) => `_sip._tls.s${i}.example.com. 300 IN SRV 10 10 5061 vcs${i}.example.com.`;
const UDS = '_cisco-uds._tcp.example.com. 300 IN SRV 10 10 8443 imp-pub.example.com.';
const EDGE_TO_E = '_collab-edge._tls.example.com. 300 IN SRV 10 10 8443 expe.example.com.';
const EDGE_ELSEWHERE = '_collab-edge._tls.other.example.com. 300 IN SRV 10 10 443 edge.other.example.com.';

let folders = 0;

/** A deployment folder of a dump, the settings above and DNS lookups of these lines; each file's diagnostics from the deployment. */
function deployment(lookups: Record<string, string[]>, locale: ServiceContext['locale'] = 'en') {
  const dir = path.join(root, String(folders++));
  fs.mkdirSync(dir);
  for (const [name, lines] of Object.entries(lookups)) fs.writeFileSync(path.join(dir, name), lines.join('\n') + '\n');
  const uri = (name: string) => pathToFileURL(path.join(dir, name)).toString();
  const docs = [TextDocument.create(uri('expc.txt'), 'plaintext', 1, xconfigurationDump(40)), TextDocument.create(uri('site.cucm.yaml'), 'yaml', 1, SETTINGS)];
  const settings = { ...DEFAULT_SETTINGS };
  const ctx: ServiceContext = { settings, catalogs, locale, workspace: { documents: (kind) => docs.filter((d) => kindOfDocument(d, settings) === kind) } };
  return (name: string) => deploymentDiagnosticsFor(uri(name), ctx);
}

/** The codes of the findings that rest on the records as a whole, in any file of the folder. */
const wholeList = (files: (name: string) => { code?: string | number }[]) =>
  ['lookup-a.txt', 'lookup-b.txt', 'site.cucm.yaml'].flatMap((f) => codes(files(f))).filter((c) => WHOLE_LIST.includes(c));

const codes = (ds: { code?: string | number }[]) => ds.map((d) => String(d.code));
const WHOLE_LIST = ['cisco-uds-srv-missing', 'multitenant-hostname-dns'];

describe('the DNS records of a deployment folder past its first MAX_DNS_RECORDS', () => {
  it('under the cap, the rules that read every record report what is missing, and nothing when it is there', () => {
    assert.deepEqual(wholeList(deployment({ 'lookup-a.txt': [EDGE_ELSEWHERE, sip(1)], 'lookup-b.txt': [sip(2)] })).sort(), WHOLE_LIST);
    const present = deployment({ 'lookup-a.txt': [EDGE_ELSEWHERE, sip(1)], 'lookup-b.txt': [UDS, EDGE_TO_E] });
    assert.deepEqual(wholeList(present), []);
    assert.deepEqual(codes(present('lookup-a.txt')), ['collab-edge-srv-port', 'collab-edge-srv-target']);
    assert.deepEqual(codes(present('lookup-b.txt')), []);
  });

  it('past the cap, the records not read make no finding, a record read is still checked, and the first left out says so', () => {
    const sips = Array.from({ length: MAX_DNS_RECORDS - 1 }, (_, i) => sip(i));
    const files = deployment({ 'lookup-a.txt': [EDGE_ELSEWHERE, ...sips], 'lookup-b.txt': [UDS, EDGE_TO_E] });
    assert.deepEqual(wholeList(files), []);
    // The record of the first file that points elsewhere on another port is still reported (that file was read whole).
    assert.deepEqual(codes(files('lookup-a.txt')), ['collab-edge-srv-port', 'collab-edge-srv-target']);
    assert.deepEqual(
      files('lookup-b.txt').map((d) => [d.code, d.severity, d.range.start.line, String(d.message)]),
      [
        [
          'dns-records-not-checked',
          DiagnosticSeverity.Information,
          0,
          `Only the first ${MAX_DNS_RECORDS} DNS records of this folder's files are checked against its other files: this record and the ones after it are not.`,
        ],
      ],
    );
  });

  it('a file read in part is marked at its first record left out, in the view language', () => {
    const half = Array.from({ length: 300 }, (_, i) => sip(i));
    const ko = deployment({ 'lookup-a.txt': half, 'lookup-b.txt': [...half.slice(0, 250), UDS, ...half.slice(250)] }, 'ko');
    const b = ko('lookup-b.txt');
    assert.deepEqual(
      b.map((d) => [d.code, d.range.start.line]),
      [['dns-records-not-checked', MAX_DNS_RECORDS - 300]],
    );
    assert.match(String(b[0].message), /처음 500개만/);
    assert.ok(!codes(ko('lookup-a.txt')).length);
  });
});
