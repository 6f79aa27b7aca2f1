// Every real and Cisco-published file of ../shared/corpus/jabber-config opens without a crash, and
// produces exactly the findings reviewed here — each one a user would thank us for. When the
// catalog changes a line here, review the new finding before updating it.
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { test } from 'node:test';
import { codes, validate } from './jabber-helpers';

const CORPUS = path.resolve(__dirname, '../../../shared/corpus/jabber-config');

// Why each finding is wanted (see corpus SOURCES.md for the defects Cisco's pages carry).
const EXPECTED: Record<string, string[]> = {
  // Real GitHub files: clean; 03 lacks the declaration the reference asks for (information only).
  '01-hara-nao-spark.xml': [],
  '02-hara-nao-spark.xml': [],
  '03-IGNW-la_networks.xml': ['missing-xml-declaration'],
  '04-IGNW-la_networks.xml': [],
  '05-IGNW-la_networks.xml': [],
  // '</ PrtLogServerUrl >' makes the PRG 14.1 example not well-formed: Jabber would ignore it all.
  // ServerPort1 missing beside PrimaryServerName; the service account and password are in clear text.
  'docs/D01-ciscodocs-prg141-example-configuration.xml': ['xml-syntax', 'xml-syntax', 'missing-dependency', 'plaintext-secret'],
  'docs/D03-ciscodocs-tac200119-updateurl.xml': [],
  'docs/D04-ciscodocs-tac213406-jabber-config-test.xml': [],
  'docs/D05-ciscodocs-tac-mra-domains-voiceservicesdomain.xml': [],
  'docs/D06-ciscodocs-prg140-voicemail-credentials.xml': [],
  // 'AD' is not a DirectoryServerType; 'PortNumberHere' is a placeholder; credentials in clear text.
  'docs/D07-ciscodocs-tac213803-cdi-ldap-ad.xml': ['invalid-value', 'invalid-value', 'plaintext-secret'],
  // TAC fragments are bare <Directory> blocks: pasted alone, Jabber reads nothing (root-element).
  'docs/F02-ciscodocs-tac118999-directory-edi-fragment.xml': ['root-element'],
  // '<cucm ip address>' placeholder breaks the XML.
  'docs/F03-ciscodocs-tac118999-directory-uds-fragment.xml': ['root-element', 'xml-syntax', 'xml-syntax'],
  'docs/F04-ciscodocs-tac212104-uds-photo-fragment.xml': ['root-element', 'invalid-value'],
  // 11.22.33.456 is no IPv4 address; the BaseFilter leaves a parenthesis open; EDI is pre-11.8.
  'docs/F05-ciscodocs-dirchapter-edi-openldap-fragment.xml': ['root-element', 'not-in-release', 'deprecated-parameter', 'missing-dependency', 'invalid-value', 'deprecated-parameter', 'invalid-value'],
  // The misspelt UserWindowsCredentials is caught with the right suggestion.
  'docs/F06-ciscodocs-dirchapter-edi-openldap-authbind-fragment.xml': ['root-element', 'not-in-release', 'deprecated-parameter', 'missing-dependency', 'invalid-value', 'unknown-parameter', 'deprecated-parameter', 'invalid-value', 'plaintext-secret'],
  // '<Directory>>' is well-formed but leaves a stray '>'.
  'docs/F08-ciscodocs-dirchapter-bdi-adlds-principal-fragment.xml': ['root-element', 'misplaced-text', 'deprecated-parameter', 'invalid-value', 'deprecated-parameter', 'deprecated-parameter', 'plaintext-secret', 'deprecated-parameter', 'deprecated-parameter', 'deprecated-parameter'],
};

const files = fs.existsSync(CORPUS)
  ? [...fs.readdirSync(CORPUS).filter((f) => f.endsWith('.xml')), ...fs.readdirSync(path.join(CORPUS, 'docs')).map((f) => `docs/${f}`), ...fs.readdirSync(path.join(CORPUS, 'related')).map((f) => `related/${f}`)]
  : [];

test('the shared corpus is there', () => {
  assert.ok(files.length >= 20, `corpus at ${CORPUS}`);
});

for (const f of files) {
  test(`corpus ${f}: no crash, reviewed findings only`, () => {
    const text = fs.readFileSync(path.join(CORPUS, f), 'utf8');
    const ds = validate(text);
    for (const d of ds) assert.ok(d.range.start.line >= 0 && d.message.length > 10);
    if (f in EXPECTED) assert.deepEqual(codes(ds).sort(), [...EXPECTED[f]].sort(), ds.map((d) => `${d.range.start.line + 1}: ${d.message}`).join('\n'));
    else if (f.startsWith('related/')) {
      // jabber-update.xml and jabberLocalConfig.xml are other formats: the only finding is that
      // their root is not <config>, which is the truth if someone names them jabber-config.
      assert.deepEqual([...new Set(codes(ds))], ['root-element']);
    } else {
      // D02 and F01/F07 are the badly rendered Cisco examples: errors are expected, a crash is not.
      assert.ok(codes(ds).includes('xml-syntax') || codes(ds).includes('root-element'), f);
    }
  });
}
