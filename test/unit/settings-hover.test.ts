// Hover shows the meaning, the admin UI path, the rules and the seed's quote in its own language.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { MarkupContent } from 'vscode-languageserver-types';
import { settingsService } from '../../server/services/settings';
import { caret, context, doc } from './settings-helpers';

function hover(uri: string, withCaret: string, locale: 'en' | 'ko' | 'ja' = 'en') {
  const { text, offset } = caret(withCaret);
  const d = doc(uri, text);
  const h = settingsService.hover(d, d.positionAt(offset), context([d], locale));
  return h ? (h.contents as MarkupContent).value : undefined;
}

describe('settings hover', () => {
  it('explains a key with its UI path, rules and Japanese seed quote', () => {
    const v = hover('file:///p.expressway.yaml', 'expressway:\n  expresswayE:\n    zones:\n      - sip:\n          tlsVerify|Mode: On\n')!;
    assert.match(v, /\*\*tlsVerifyMode\*\*/);
    assert.match(v, /UI:\* Configuration > Zones > Zones > SIP > TLS verify mode/);
    assert.match(v, /`uc-zone-tls-verify-off` \(error\)/);
    assert.match(v, /\[TLS 検証モード（TLS verify mode）\] が \[オン（On）\]/);
    assert.match(
      v,
      /Source: Cisco Expressway Administrator Guide, chapter “Unified Communications” \(Japanese edition\), “暗号化された Expressway トラバーサル ゾーンの設定”/,
    );
    assert.match(v, /\*Values:\* `On`, `Off`/);
  });
  it('explains a value the same way, and list items through their list', () => {
    const v = hover(
      'file:///p.expressway.yaml',
      'expressway:\n  expresswayE:\n    serverCertificate:\n      subjectAlternativeNames:\n        - DNS:vc|se.example.com\n',
    )!;
    assert.match(v, /\*\*subjectAlternativeNames\*\*/);
    assert.match(v, /e-san-lacks-registration-domains/);
  });
  it('shows the Korean message and quote for a CUCM rule in the ko locale', () => {
    const v = hover('file:///c.cucm.yaml', 'cucm:\n  clusters:\n    - enterpriseParameters:\n        cluster|Id: StandAloneCluster\n', 'ko')!;
    assert.match(v, /ILS에 대한 클러스터 ID 구성|클러스터 ID가 StandAloneCluster/);
    assert.match(v, /\*기본값:\* `StandAloneCluster`/, 'the labels are Korean too');
  });
  it('returns nothing for unknown keys and blank space', () => {
    assert.equal(hover('file:///c.cucm.yaml', 'cucm:\n  clusterz|:\n'), undefined);
    assert.equal(hover('file:///c.cucm.yaml', '\n|\n'), undefined);
  });
  it('works in JSON files', () => {
    const v = hover('file:///c.cucm.json', '{"dns": {"srvRecords": [{"po|rt": 8443}]}}')!;
    assert.match(v, /cisco-uds-srv-port/);
    assert.match(v, /포트 번호: 8443/);
  });
});
