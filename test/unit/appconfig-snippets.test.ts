// The EMM entries the server's completion offers in app-config documents (templates and one entry per
// parameter and flavor, in VS Code's snippet syntax): one per documented key and flavor, and clean
// documents once expanded. No snippet file is contributed: a contributed snippet would appear in every
// XML or JSON file (issue 13.2). Also the pure part of the "Insert EMM parameter…" command.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { codes, context, doc, expandSnippet } from './appconfig-helpers';
import { emmCatalogOf } from '../../server/services/appconfig/catalog';
import { buildSnippetFiles, suitsFlavor, writableParameters } from '../../server/services/appconfig/snippets';
import { emmPickItems, insertionFor } from '../../server/services/appconfig/insertion';
import { appConfigText } from '../../server/services/appconfig/l10n';

const root = path.resolve(__dirname, '../..');
const built = buildSnippetFiles(emmCatalogOf(context()), (id) => appConfigText(context()).t(id));
const readSnippets = (f: 'appconfig-xml.json' | 'appconfig-json.json') => (f === 'appconfig-xml.json' ? built.xml : built.json);

test('every entry is a snippet with a prefix, a body and a description', () => {
  for (const [name, snip] of Object.entries({ ...built.xml, ...built.json })) {
    assert.equal(typeof snip.prefix, 'string', name);
    assert.ok(Array.isArray(snip.body) && snip.body.every((l) => typeof l === 'string'), name);
    assert.ok(snip.description.length > 10, name);
  }
});

test('one snippet per documented key and flavor; none for the undocumented key or unsupported pairs', () => {
  const catalog = emmCatalogOf(context());
  const xml = readSnippets('appconfig-xml.json');
  const json = readSnippets('appconfig-json.json');
  for (const p of writableParameters(catalog)) {
    assert.ok(xml[`${p.key} (iOS plist pair)`], `${p.key} XML`);
    assert.ok(json[`${p.key} (Graph iOS setting)`], `${p.key} Graph`);
    assert.equal(Boolean(json[`${p.key} (BlackBerry field)`]), suitsFlavor(p, 'blackberry-uem'), `${p.key} BlackBerry`);
  }
  assert.equal(json['FIPS_MODE (BlackBerry field)'], undefined);
  assert.ok(!JSON.stringify([xml, json]).includes('Disable cross launch'));
  assert.ok(!Object.keys(xml).some((k) => k.startsWith('EMMType')), 'EMMType belongs in jabber-config.xml');
});

test('each per-parameter snippet, expanded inside its container, gives a document with no error', () => {
  const xml = readSnippets('appconfig-xml.json');
  for (const [name, s] of Object.entries(xml)) {
    if (!name.endsWith('(iOS plist pair)')) continue;
    const text = `<dict>\n  ${expandSnippet(s.body.join('\n'))}\n  <key>AllowUrlProvisioning</key>\n  <false/>\n</dict>`;
    const found = codes(doc('file:///w/s.appconfig.xml', text)).filter((c) => c !== 'duplicate-key' && c !== 'missing-dependency');
    assert.deepEqual(found, [], name);
  }
  const json = readSnippets('appconfig-json.json');
  for (const [name, s] of Object.entries(json)) {
    if (!name.endsWith('(Graph iOS setting)')) continue;
    const text = `{"@odata.type":"#microsoft.graph.iosMobileAppConfiguration","settings":[${expandSnippet(s.body.join('\n'))},{"appConfigKey":"AllowUrlProvisioning","appConfigKeyType":"booleanType","appConfigKeyValue":"false"}]}`;
    const found = codes(doc('file:///w/s.appconfig.json', text)).filter((c) => c !== 'duplicate-key' && c !== 'missing-dependency');
    assert.deepEqual(found, [], name);
  }
});

test('the manifest contributes no snippet file (it would reach every XML and JSON file)', () => {
  const pkg = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'));
  assert.equal(pkg.contributes?.snippets, undefined);
});

test('Insert EMM parameter: items suit the flavor; insertion lands at the end of the entries', () => {
  const catalog = emmCatalogOf(context());
  const bbItems = emmPickItems(catalog, 'blackberry-uem');
  assert.ok(!bbItems.some((i) => i.key === 'FIPS_MODE'));
  assert.ok(bbItems.find((i) => i.key === 'ServicesDomain')!.detail.length > 20);
  const present = emmPickItems(catalog, 'ios-plist', new Set(['servicesdomain'])).find((i) => i.key === 'ServicesDomain')!;
  assert.match(present.description, /already set/);

  const p = catalog.byKey.get('Telephony_Enabled')!;
  const xml = '<dict>\n  <key>ServicesDomain</key>\n  <string>example.com</string>\n</dict>\n';
  const ins = insertionFor('a.appconfig.xml', xml, p)!;
  const out = xml.slice(0, ins.offset) + expandSnippet(ins.snippet) + xml.slice(ins.offset);
  assert.equal(out, '<dict>\n  <key>ServicesDomain</key>\n  <string>example.com</string>\n  <key>Telephony_Enabled</key>\n  <true/>\n</dict>\n');

  const graph = '{\n  "@odata.type": "#microsoft.graph.targetedManagedAppConfiguration",\n  "customSettings": []\n}';
  const g = insertionFor('a.appconfig.json', graph, p)!;
  assert.equal(
    graph.slice(0, g.offset) + expandSnippet(g.snippet) + graph.slice(g.offset),
    '{\n  "@odata.type": "#microsoft.graph.targetedManagedAppConfiguration",\n  "customSettings": [\n    { "name": "Telephony_Enabled", "value": "true" }\n  ]\n}',
  );

  const empty = insertionFor('a.appconfig.xml', '', p)!;
  assert.equal(expandSnippet(empty.snippet), '<dict>\n  <key>Telephony_Enabled</key>\n  <true/>\n</dict>\n');
  assert.equal(insertionFor('a.appconfig.json', '{"displayName":"x"}', p), undefined, 'an unrecognised JSON file decides no syntax');
});
