// Findings of a first-user pass over the CLI, the hovers and the messages in en/ko/ja: each message says what
// is wrong and what to do, in the view's language, and the CLI reads what the editor reads.
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, it } from 'node:test';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { MarkupContent } from 'vscode-languageserver-types';
import { loadCatalogs } from '../../server/catalog/catalogs';
import { runCheck, runSettingsFromArtifacts } from '../../server/cli';
import { contentKind } from '../../server/services/documentKind';
import { services } from '../../server/services/registry';
import { DEFAULT_SETTINGS } from '../../shared/settings';
import type { Locale, ServiceContext } from '../../server/services/types';

const root = path.resolve(__dirname, '../..');
const SITE_A = path.join(root, 'test/fixtures/expressway/site-a');
const EXAMPLES = path.join(root, 'examples');

function findings(paths: string[], locale: Locale): { file: string; code: string; message: string }[] {
  const out = runCheck({ format: 'json', settings: { ...DEFAULT_SETTINGS }, locale, paths });
  return JSON.parse(out.output) as { file: string; code: string; message: string }[];
}

describe('one finding per mistake on the TLS verify subject name', () => {
  it('a name missing from the Expressway-C certificate is not also called "not the cluster name"', () => {
    const onExpe = findings([SITE_A], 'en').filter((f) => f.file.endsWith('expe.txt'));
    assert.deepEqual(
      onExpe.map((f) => f.code),
      ['uc-zone-tls-verify-subject-name-not-in-san'],
    );
  });
});

describe('Japanese Expressway findings state the requirement, not the setting as if it were already right', () => {
  const ja = findings([SITE_A], 'ja');
  const message = (code: string) => ja.find((f) => f.code === code)?.message ?? '';
  it('TLS verify mode and media encryption must be changed (the found value is named as the current one)', () => {
    assert.match(message('uc-zone-tls-verify-off'), /\[オン（On）\] にする必要があります（現在は "Off"）。$/);
    assert.match(message('uc-zone-media-not-force-encrypted'), /\[強制暗号化（Force encrypted）\] にする必要があります（現在は "Auto"）。$/);
  });
  it('the Expressway-E certificate lacks a registration domain (not "only needed on Expressway-E")', () => {
    const m = message('e-san-lacks-registration-domains');
    assert.match(m, /^MRA では、Expressway-E サーバ証明書の SAN にすべての Unified CM 登録ドメインが必要です.*不足: site-a\.example\.com。$/);
    assert.doesNotMatch(m, /でのみ必要/);
  });
  it('the cluster-name warning says Expressway-C is a cluster', () => {
    assert.match(
      loadCatalogs().diagnostics.get('uc-zone-tls-verify-subject-name-not-cluster')!.message.ja!,
      /^Expressway-C はクラスタです。.*"\{other\}".*（現在は "\{value\}"）。$/,
    );
  });
});

describe('Korean MRA notes are sentences, without the table marker of the planning guide', () => {
  const ko = findings([path.join(EXAMPLES, 'jabber-config.xml'), path.join(EXAMPLES, 'mra-pair.expressway.yaml')], 'ko');
  const mra = ko.filter((f) => f.code === 'mra-unsupported').map((f) => f.message);
  it('installer updates: the allow-list condition and the Mac/Windows support in words', () => {
    const m = mra.find((x) => x.includes('설치 관리자 업데이트'));
    assert.equal(
      m,
      '모바일 및 Remote Access 사용 시: 설치 관리자 업데이트: 업데이트를 호스팅하는 서버가 Cisco Expressway-C의 HTTP 화이트 리스트에 있어야 합니다. Mac용 Cisco Jabber에서는 지원되지 않고 Windows용 Cisco Jabber에서는 지원됩니다.',
    );
  });
  it('no finding carries a stray "X" marker', () => {
    assert.ok(mra.length >= 3);
    for (const m of mra) assert.doesNotMatch(m, /(^|\s)X\s/, m);
  });
});

describe('the hover on an xConfiguration record speaks the view language and quotes what it shows', () => {
  const catalogs = loadCatalogs();
  const docs = fs
    .readdirSync(SITE_A)
    .map((f) => TextDocument.create(pathToFileURL(path.join(SITE_A, f)).toString(), '', 1, fs.readFileSync(path.join(SITE_A, f), 'utf8')));
  const kinds = docs.map((d) => contentKind(d.uri, d.getText()));
  const expe = docs.find((d) => d.uri.endsWith('/expe.txt'))!;
  const hover = (locale: Locale, needle: string) => {
    const ctx: ServiceContext = { settings: { ...DEFAULT_SETTINGS }, catalogs, locale, workspace: { documents: (k) => docs.filter((_, i) => kinds[i] === k) } };
    const h = services['expressway-xconfiguration'].hover!(expe, expe.positionAt(expe.getText().indexOf(needle) + 1), ctx);
    return (h!.contents as MarkupContent).value;
  };
  const outsideQuotes = (md: string) => md.replace(/^\s*>.*$/gm, ' ').replace(/“[^”]*”/g, ' ');
  it('en: each rule cites its document; no Japanese line outside the marked quote', () => {
    const md = hover('en', 'Verify Subject Name');
    assert.match(
      md,
      /— Source: Cisco Expressway Administrator Guide, chapter “Unified Communications” \(Japanese edition\), “暗号化された Expressway トラバーサル ゾーンの設定”/,
    );
    assert.doesNotMatch(outsideQuotes(md), /[\u3040-\u30ff]/);
  });
  it('the record that tells the box is shown with both its quotes', () => {
    assert.match(hover('en', 'Verify Subject Name'), /\(Zones Zone 3 TraversalServer Collaboration Edge: "On"\)\./);
  });
  it('ja: the value placeholders of a rule message are left out, full-width parentheses included', () => {
    const md = hover('ja', 'Verify Subject Name');
    assert.match(md, /クラスタ名 "…" を指定します。\n/);
    assert.doesNotMatch(md, /現在は/);
  });
});

describe('settings-from-artifacts on a folder of several deployments', () => {
  it('names the deployment folders to choose from instead of saying there is no artifact', () => {
    const r = runSettingsFromArtifacts(['settings-from-artifacts', path.dirname(SITE_A)]);
    assert.equal(r.exitCode, 1);
    assert.match(r.output, /no Expressway artifact in .*expressway \(each deployment is one folder: name one of site-a, site-b\)$/);
  });
});

describe('Japanese MRA notes end their sentences in Japanese', () => {
  it('a not-supported row ends with 。 and sentences are not separated by a space', () => {
    const out = runCheck({ format: 'json', settings: { ...DEFAULT_SETTINGS, mra: 'on' }, locale: 'ja', paths: [path.join(EXAMPLES, 'jabber-config.xml')] });
    const mra = (JSON.parse(out.output) as { code: string; message: string }[]).filter((f) => f.code === 'mra-unsupported').map((f) => f.message);
    assert.ok(mra.includes('Mobile and Remote Access 経由の場合: 問題レポートのアップロード: サポート対象外 (デスクトップ クライアント)。'), mra.join('\n'));
    for (const m of mra) assert.doesNotMatch(m, /\)\.$|。 /, m);
  });
});

describe('Japanese settings findings say what is wrong, like their English and Korean', () => {
  const ja = (code: string) => loadCatalogs().diagnostics.get(code)!.message.ja!;
  it('an expired domain certificate is reported as expired (not "do not let it expire")', () =>
    assert.match(ja('domain-cert-expired'), /^ドメイン証明書は \{value\} に期限切れになっています。/));
  it('a key length or digest names the value found and the supported ones', () => {
    assert.match(ja('server-cert-key-length'), /^キーの長さ \{value\}: Expressway がサポートするのは 1024、2048、4096 です。$/);
    assert.match(ja('server-cert-digest'), /^ダイジェストアルゴリズム "\{value\}": 選択できるのは SHA-256/);
  });
  it('a version finding says what is needed', () => assert.match(ja('acme-version'), /X12\.5 以降が必要です \(このペアは \{value\}\)/));
  it('the XMPP federation findings are sentences with their subject', () => {
    assert.match(ja('xmpp-federation-ldap-user-id'), /sAMAccountName にしてください \(現在 \{value\}\)。$/);
    assert.match(ja('xmpp-federation-single-cluster'), /^このデプロイメント（このフォルダのファイル）の \{count\} 個の Expressway トラバーサルペアで/);
    assert.match(ja('deployment-scope-exclusive'), /^Mobile and Remote Access、Expressway-C B2BUA による Microsoft 相互運用、Jabber Guest は/);
  });
});

describe('Korean settings findings say what is wrong, not a sentence of the guide around it', () => {
  const ko = (code: string) => loadCatalogs().diagnostics.get(code)!.message.ko!;
  it('an expired SCIM token is called expired (it read "this token is valid for 365 days")', () =>
    assert.match(ko('scim-token-expired'), /만료되었습니다\. 새 토큰을 받아/));
  it('a host or peer that is not what it must be is named as such', () => {
    assert.match(
      ko('telephony-imp-service-not-central'),
      /^IM and Presence UC 서비스 호스트 \{value\}은\(는\) IM and Presence 중앙 클러스터의 노드가 아닙니다\.$/,
    );
    assert.match(ko('central-peer-not-telephony-publisher'), /^피어 주소 \{value\}은\(는\) .*게시자 노드가 아닙니다\.$/);
  });
  it('no finding asks to repeat a procedure the user cannot see, and none is garbled', () => {
    assert.doesNotMatch(ko('telephony-imp-service-no-subscriber'), /절차를 반복/);
    assert.equal(ko('scim-provisioning-mode'), 'Provisioning Mode를 Automatic으로 설정하십시오(현재 {value}).');
    assert.match(ko('central-ova-too-small'), /^중앙 집중식 IM and Presence 클러스터는 최소 15,000 사용자 OVA로 실행해야 합니다/);
  });
});

describe('the hover on an encrypted xConfiguration value says once that it is not shown', () => {
  it('one sentence about the {cipher} value, and no part of it', () => {
    const expc = TextDocument.create(pathToFileURL(path.join(SITE_A, 'expc.txt')).toString(), '', 1, fs.readFileSync(path.join(SITE_A, 'expc.txt'), 'utf8'));
    const ctx: ServiceContext = { settings: { ...DEFAULT_SETTINGS }, catalogs: loadCatalogs(), locale: 'en', workspace: { documents: () => [] } };
    const md = (
      services['expressway-xconfiguration'].hover!(expc, expc.positionAt(expc.getText().indexOf('Authentication Password') + 1), ctx)!.contents as MarkupContent
    ).value;
    assert.equal(md.match(/never show/g)?.length, 1, md);
    assert.doesNotMatch(md, /qeh8eq/);
  });
});

describe('the CLI reads an HTTP allow-list CSV by its content, as the editor does', () => {
  it('a rules CSV of any name in a deployment folder is checked against the jabber-config beside it', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'uc-qa-'));
    try {
      const siteB = path.join(path.dirname(SITE_A), 'site-b');
      for (const f of fs.readdirSync(siteB)) fs.copyFileSync(path.join(siteB, f), path.join(dir, f));
      fs.writeFileSync(
        path.join(dir, 'rules-export.csv'),
        'Url,Deployment,HttpMethods,MatchType,Description\nhttps://photos.site-b.example.com/,,GET,prefix,"Photos"\n',
      );
      fs.writeFileSync(
        path.join(dir, 'jabber-config.xml'),
        '<?xml version="1.0" encoding="utf-8"?>\n<config version="1.0">\n<Client><UpdateUrl>https://updates.site-b.example.com/jabber-update.xml</UpdateUrl></Client>\n<Directory><PhotoUriWithToken>https://photos.site-b.example.com/p/%%uid%%.jpg</PhotoUriWithToken></Directory>\n</config>\n',
      );
      const rows = findings([dir], 'en');
      const onCsv = rows.filter((r) => r.file.endsWith('rules-export.csv'));
      assert.deepEqual(
        onCsv.map((r) => r.code),
        ['mra-allow-list-missing-host'],
      );
      assert.match(onCsv[0].message, /UpdateUrl uses updates\.site-b\.example\.com/);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('findings in a DNS zone file of a deployment outside the current directory', () => {
  it('name the file as the other files are named (not ../../../tmp/…)', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'uc-qa-'));
    try {
      const siteB = path.join(path.dirname(SITE_A), 'site-b');
      for (const f of fs.readdirSync(siteB)) fs.copyFileSync(path.join(siteB, f), path.join(dir, f));
      fs.writeFileSync(path.join(dir, 'zone.db'), '$ORIGIN site-b.example.com.\n_collab-edge._tls 3600 IN SRV 10 10 443 expe-b.site-b.example.com.\n');
      const rows = findings([dir], 'en');
      const port = rows.find((r) => r.code === 'collab-edge-srv-port');
      assert.equal(port?.file, path.join(dir, 'zone.db'));
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('Korean particles after a parameter name that may end in a consonant or a vowel', () => {
  it('the allow-list finding writes 이(가) and 을(를), as the other Korean messages do', () => {
    const m = findings([path.join(EXAMPLES, 'mra-pair.expressway.yaml'), path.join(EXAMPLES, 'jabber-config.xml')], 'ko').find(
      (f) => f.code === 'mra-allow-list-missing-host',
    )!.message;
    assert.match(m, /^jabber-config의 UpdateUrl이\(가\) ucm-pub\.example\.com\(설치 프로그램 업데이트\)을\(를\) 사용합니다\./);
  });
});

describe('Japanese TLS verify subject name findings use the Japanese label and a sentence', () => {
  const ja = (code: string) => loadCatalogs().diagnostics.get(code)!.message.ja!;
  it('not applicable on Expressway-C is said as such (it read "… は Expressway-C では N/A です")', () =>
    assert.match(ja('uc-zone-tls-verify-subject-name-on-c'), /Expressway-C には適用されません/));
  it('the value missing from the certificate is named with the Japanese label', () =>
    assert.match(ja('uc-zone-tls-verify-subject-name-not-in-san'), /^TLS サブジェクト名の確認 \(TLS verify subject name\) の "\{value\}" が/));
});
