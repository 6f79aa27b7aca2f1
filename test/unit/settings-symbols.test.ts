// Outline and folding of settings files.
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import { SymbolKind, type DocumentSymbol } from 'vscode-languageserver-types';
import { settingsService } from '../../server/services/settings';
import { context, doc } from './settings-helpers';

const names = (s: DocumentSymbol[] | undefined): string[] => (s ?? []).map((x) => x.name);

describe('settings symbols and folding', () => {
  it('outlines the example pair with zones named after their name', () => {
    const d = doc('file:///ex/mra-pair.expressway.yaml', fs.readFileSync(path.resolve(__dirname, '../../examples/mra-pair.expressway.yaml'), 'utf8'));
    const symbols = settingsService.symbols(d, context([d]));
    assert.deepEqual(names(symbols), ['expressway', 'dns']);
    const exp = symbols[0];
    assert.deepEqual(names(exp.children), ['name', 'version', 'features', 'expresswayC', 'expresswayE']);
    const zones = exp.children![3].children!.find((c) => c.name === 'zones')!;
    assert.equal(zones.kind, SymbolKind.Array);
    assert.deepEqual(names(zones.children), ['UC traversal zone']);
    const port = zones.children![0].children!.find((c) => c.name === 'sip')!.children!.find((c) => c.name === 'port')!;
    assert.equal(port.detail, '7003');
    assert.equal(port.kind, SymbolKind.Number);
    assert.equal(d.getText(port.selectionRange), 'port');
  });
  it('outlines JSON too', () => {
    const d = doc('file:///c.cucm.json', '{"cucm": {"clusters": [{"name": "leaf", "version": "14"}]}}');
    const symbols = settingsService.symbols(d, context([d]));
    assert.deepEqual(names(symbols[0].children![0].children), ['leaf']);
  });
  it('folds mappings and lists that span lines', () => {
    const d = doc('file:///c.cucm.yaml', 'cucm:\n  clusters:\n    - name: a\n      version: "14"\ndns:\n  srvRecords: []\n');
    assert.deepEqual(settingsService.folding(d, context([d])), [
      { startLine: 0, endLine: 3 },
      { startLine: 1, endLine: 3 },
      { startLine: 2, endLine: 3 },
      { startLine: 4, endLine: 5 },
    ]);
  });
});
