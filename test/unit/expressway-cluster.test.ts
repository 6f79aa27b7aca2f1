// Which Expressway is a cluster, on real-format dumps: a standalone box may carry a cluster name
// (System > Clustering), and only peers besides the box itself make it a cluster. The map entry of
// `Alternates Cluster Name` says so (schemas/xconfiguration-map.json, appliesWhen), and the cluster
// rules (`c-san-lacks-cluster-name`, `uc-zone-tls-verify-subject-name-not-cluster`) follow.
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import { runCheck } from '../../server/cli';
import { xconfigurationMap } from '../../server/catalog/xconfigurationMap';
import { DEFAULT_SETTINGS } from '../../shared/settings';
import { catalogs } from './settings-helpers';

const SITE_A = path.resolve(__dirname, '../fixtures/expressway/site-a');
const CLUSTER_CODES = ['c-san-lacks-cluster-name', 'uc-zone-tls-verify-subject-name-not-cluster'];

/** Expressway-C as `xConfiguration` prints it (cluster name and peers in the Alternates block), with these peer addresses. */
function expc(peers: string[]): string {
  return [
    '*c xConfiguration Alternates Cluster Name: "expc-cluster.site-a.example.com"',
    '*c xConfiguration Alternates ConfigurationPrimary: "1"',
    ...[1, 2, 3, 4, 5, 6].map((n) => `*c xConfiguration Alternates Peer ${n} Address: ${peers[n - 1] ? `"${peers[n - 1]}"` : ''}`),
    '*c xConfiguration CollaborationEdge Enabled: "On"',
    '*c xConfiguration IP DNS Domain Name: "site-a.example.com"',
    '*c xConfiguration IP DNS Hostname: "expc1"',
    '*c xConfiguration SIP Domain 1 Edgesip: "On"',
    '*c xConfiguration SIP Domain 1 Name: "site-a.example.com"',
    '*c xConfiguration Zones Zone 4 Name: "UC Traversal"',
    '*c xConfiguration Zones Zone 4 TraversalClient Collaboration Edge: "On"',
    '*c xConfiguration Zones Zone 4 TraversalClient Peer 1 Address: "expe.site-a.example.com"',
    '*c xConfiguration Zones Zone 4 TraversalClient SIP Media Encryption Mode: "On"',
    '*c xConfiguration Zones Zone 4 TraversalClient SIP Port: "7003"',
    '*c xConfiguration Zones Zone 4 TraversalClient SIP TLS Verify Mode: "On"',
    '*c xConfiguration Zones Zone 4 Type: "TraversalClient"',
    'OK',
    '',
  ].join('\n');
}

/** Expressway-E whose traversal zone verifies Expressway-C by its own FQDN (right for a standalone C). */
const EXPE = [
  '*c xConfiguration CollaborationEdge Enabled: "On"',
  '*c xConfiguration IP DNS Domain Name: "site-a.example.com"',
  '*c xConfiguration IP DNS Hostname: "expe"',
  '*c xConfiguration Zones Zone 3 TraversalServer Collaboration Edge: "On"',
  '*c xConfiguration Zones Zone 3 TraversalServer SIP Media Encryption Mode: "On"',
  '*c xConfiguration Zones Zone 3 TraversalServer SIP Port: "7003"',
  '*c xConfiguration Zones Zone 3 TraversalServer SIP TLS Verify Mode: "On"',
  '*c xConfiguration Zones Zone 3 TraversalServer SIP TLS Verify Subject Name: "expc1.site-a.example.com"',
  '*c xConfiguration Zones Zone 3 Type: "TraversalServer"',
  '** end',
  '',
].join('\n');

/** The cluster findings `uc-config check` gives on a folder of both dumps and C's certificate (SANs expc1 and expc, not the cluster name). */
function clusterFindings(expcText: string): string[] {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'uc-cluster-'));
  try {
    fs.writeFileSync(path.join(dir, 'expc.txt'), expcText);
    fs.writeFileSync(path.join(dir, 'expe.txt'), EXPE);
    fs.copyFileSync(path.join(SITE_A, 'expc-cert.pem'), path.join(dir, 'expc-cert.pem'));
    const rows = JSON.parse(runCheck({ format: 'json', settings: { ...DEFAULT_SETTINGS }, locale: 'en', paths: [dir] }).output) as {
      file: string;
      code: string;
      range: { start: { line: number } };
    }[];
    return rows
      .filter((r) => CLUSTER_CODES.includes(r.code))
      .map((r) => `${r.code} ${path.basename(r.file)}:${r.range.start.line + 1}`)
      .sort();
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

describe('a cluster name alone does not make a cluster', () => {
  it('a standalone Expressway-C with a cluster name and no peers: no cluster findings', () => {
    assert.deepEqual(clusterFindings(expc([])), []);
  });
  it('a peer list naming only the box itself is not a cluster either', () => {
    assert.deepEqual(clusterFindings(expc(['10.0.0.11'])), []);
    assert.deepEqual(clusterFindings(expc(['10.0.0.11', '10.0.0.11'])), []);
  });
  it('two peers: the certificate lacks the cluster name, and E verifies a peer name instead of the cluster name', () => {
    assert.deepEqual(clusterFindings(expc(['10.0.0.11', '10.0.0.12'])), [
      'c-san-lacks-cluster-name expc-cert.pem:1',
      'uc-zone-tls-verify-subject-name-not-cluster expe.txt:8',
    ]);
  });
  it('Expressway-E listing only itself is not a cluster whose other peers the traversal zone lacks', () => {
    const peersOfE = (peers: string[]) => {
      const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'uc-cluster-e-'));
      try {
        fs.writeFileSync(path.join(dir, 'expc.txt'), expc([]));
        fs.writeFileSync(
          path.join(dir, 'expe.txt'),
          [...[1, 2, 3, 4, 5, 6].map((n) => `*c xConfiguration Alternates Peer ${n} Address: ${peers[n - 1] ? `"${peers[n - 1]}"` : ''}`), EXPE].join('\n'),
        );
        const { results } = runCheck({ format: 'json', settings: { ...DEFAULT_SETTINGS }, locale: 'en', paths: [dir] });
        return results
          .flatMap((r) => r.diagnostics.map((d) => `${String(d.code)} ${path.basename(r.file)}: ${String(d.message)}`))
          .filter((d) => /uc-zone-cluster-peers-missing|uc-zone-peer-not-expressway-e/.test(d));
      } finally {
        fs.rmSync(dir, { recursive: true, force: true });
      }
    };
    // C's zone names E by its FQDN; E lists itself by address only: no cluster to cover.
    assert.deepEqual(peersOfE(['192.0.2.10']), []);
    assert.deepEqual(peersOfE(['expe.site-a.example.com', 'expe2.site-a.example.com']), [
      'uc-zone-cluster-peers-missing expc.txt: Expressway-E is a cluster; the traversal zone lacks peer addresses for: expe2.site-a.example.com.',
    ]);
  });
  it('the condition is data: each appliesWhen names a source of the map and a CLI pattern an entry reads', () => {
    const map = xconfigurationMap(catalogs);
    const conditional = map.entries.filter((e) => e.appliesWhen);
    assert.deepEqual(
      conditional.map((e) => e.cli),
      ['Alternates Cluster Name', 'Alternates Peer {n} Address'],
    );
    for (const e of conditional) {
      assert.ok(map.sources[e.appliesWhen!.source], e.cli);
      assert.ok(
        map.entries.some((x) => x.cli === e.appliesWhen!.cli),
        e.cli,
      );
    }
  });
});
