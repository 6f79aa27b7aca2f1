// One parse cache for every format (server/formats/documentCache.ts): a document whose text changes
// under a reused version number is parsed again (jabber-config, app-config, settings, certificates, the
// allow-list CSV), and a closed
// document's parse is released.
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { DocumentCache, forgetDocument } from '../../server/formats/documentCache';
import { services } from '../../server/services/registry';
import { context } from './settings-helpers';

const codes = (kind: keyof typeof services, d: TextDocument) => services[kind].validate(d, context([d])).map((x) => String(x.code));

describe('document parse cache', () => {
  const cases: { kind: keyof typeof services; uri: string; good: string; bad: string }[] = [
    {
      kind: 'jabber-config',
      uri: 'file:///c/jabber-config.xml',
      good: '<config version="1.0"><Policies><EnableVideo>true</EnableVideo></Policies></config>',
      bad: '<config version="1.0"><Policies><EnableVideo>maybe</EnableVideo></Policies></config>',
    },
    { kind: 'app-config', uri: 'file:///c/a.appconfig.json', good: '[]', bad: '[{"key": ' },
    { kind: 'uc-settings', uri: 'file:///c/p.expressway.yaml', good: 'expressway:\n  version: X14.2\n', bad: 'expressway:\n  versoin: X14.2\n' },
    {
      kind: 'certificate',
      uri: 'file:///c/server.pem',
      good: fs.readFileSync(path.resolve(__dirname, '../fixtures/certs/rsa1024-sha1.pem'), 'utf8'),
      bad: fs.readFileSync(path.resolve(__dirname, '../fixtures/certs/ec-p256-server-only.pem'), 'utf8'),
    },
    {
      kind: 'allow-list',
      uri: 'file:///c/rules.allowlist.csv',
      good: 'Url,Deployment,HttpMethods,MatchType,Description\nhttps://photos.example.com/p,,GET,,\n',
      bad: 'Url,Deployment,HttpMethods,MatchType,Description\nhttp://999.999.999.999/p,,GET,,\n',
    },
  ];
  for (const c of cases) {
    it(`${c.kind}: a reused version number with other text gets that text's findings`, () => {
      const d = TextDocument.create(c.uri, 'plaintext', 3, c.good);
      const before = codes(c.kind, d);
      TextDocument.update(d, [{ text: c.bad }], 3);
      const after = codes(c.kind, d);
      assert.notDeepEqual(after, before);
      TextDocument.update(d, [{ text: c.good }], 3);
      assert.deepEqual(codes(c.kind, d), before);
    });
  }

  it('parses once per text and releases a forgotten document', () => {
    let parses = 0;
    const cache = new DocumentCache<string>((text) => (parses++, text.toUpperCase()));
    const d = TextDocument.create('file:///c/x', 'plaintext', 1, 'abc');
    assert.equal(cache.get(d), 'ABC');
    assert.equal(cache.get(d), 'ABC');
    assert.equal(parses, 1);
    forgetDocument(d);
    assert.equal(cache.get(d), 'ABC');
    assert.equal(parses, 2);
  });
});
