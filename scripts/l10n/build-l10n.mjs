// Builds the Korean and Japanese overlays in schemas/l10n/ from the translations kept in
// scripts/l10n/data/. The English catalogs stay the single source of facts: this script only copies
// translated text for names that exist there, and prints what is still missing so gaps are visible.
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const readJson = (p) => JSON.parse(readFileSync(join(root, p), 'utf8'));
const english = readJson('schemas/jabber-parameters.json');
const mra = readJson('schemas/mra-support.json');
const dataDir = join(root, 'scripts/l10n/data');

const SOURCE = {
  ko: 'Translated by UC Config from the English catalog (schemas/jabber-parameters.json); Korean terms follow the Korean edition of the Cisco Jabber Planning Guide, chapter Deployment Scenarios (Jabber 배포 시나리오, 모바일 및 Remote Access) and the Korean edition of the IM and Presence centralized deployment chapter (IM and Presence 중앙 집중식 배포).',
  ja: 'Translated by UC Config from the English catalog (schemas/jabber-parameters.json); Japanese terms follow the Japanese edition of the Cisco Expressway Administrator Guide, chapter Unified Communications (Expressway ユニファイドコミュニケーション: モバイルおよびリモートアクセス, サービス検出, クレデンシャル) and the Japanese Cisco Jabber Parameters Reference Guide, e.g. https://www.cisco.com/c/ja_jp/td/docs/voice_ip_comm/jabber/14_1/cjab_b_param-reference-for-jabber141/cjab_b_parameter-reference-guide-jabber-129_chapter_01011.pdf (ディレクトリ統合) and …_chapter_0101.pdf (電話).',
};

// Each batch file maps a canonical parameter name to { ko: {description, notes?, mraNote?}, ja: {...} }.
const batches = {};
for (const file of readdirSync(join(dataDir, 'params')).filter((f) => f.endsWith('.json')).sort()) {
  const batch = JSON.parse(readFileSync(join(dataDir, 'params', file), 'utf8'));
  for (const [name, entry] of Object.entries(batch)) {
    if (batches[name]) console.warn(`duplicate translation for ${name} in ${file}`);
    batches[name] = entry;
  }
}
const groups = JSON.parse(readFileSync(join(dataDir, 'groups.json'), 'utf8'));
// Default notes, deprecation notes and value descriptions, keyed like the batches.
const extras = JSON.parse(readFileSync(join(dataDir, 'extras.json'), 'utf8'));
for (const name of Object.keys(extras)) if (!english.parameters.some((p) => p.name === name)) console.warn(`unknown parameter in extras.json: ${name}`);

const byName = new Map(english.parameters.map((p) => [p.name, p]));
for (const name of Object.keys(batches)) if (!byName.has(name)) console.warn(`unknown parameter in translations: ${name}`);

// Notes that recur word for word across many parameters are translated once in common-notes.json.
const commonNotes = JSON.parse(readFileSync(join(dataDir, 'common-notes.json'), 'utf8'));

// Forty Mac/mobile basic-directory-integration (BDI) names are documented as "Legacy (pre-11.8 Mac/mobile)
// name of X: <X's description>". Their translation is derived from X's, so the two can never disagree.
const LEGACY = /^Legacy \(pre-11\.8 Mac\/mobile\) name of (\w+): /;
const legacyText = {
  ko: (x, d) => ({ description: `${x}의 이전 이름(11.8 이전 Mac/모바일): ${d}`, notes: [`이전 기본 디렉터리 통합(BDI) 이름이며, Jabber 11.8 이상은 대신 ${x} 매개 변수를 읽습니다.`] }),
  ja: (x, d) => ({ description: `${x} の旧名称 (11.8 より前の Mac/モバイル): ${d}`, notes: [`旧基本ディレクトリ統合 (BDI) の名称です。Jabber 11.8 以降は代わりに ${x} を読み込みます。`] }),
};
function translationOf(p, locale) {
  const own = batches[p.name]?.[locale];
  if (own) return own;
  const m = LEGACY.exec(p.description);
  const target = m && batches[m[1]]?.[locale];
  return target ? legacyText[locale](m[1], target.description) : undefined;
}

for (const locale of ['ko', 'ja']) {
  const out = { $schema: './jabber-parameters.l10n.schema.json', locale, source: SOURCE[locale], groups: {}, parameters: {} };
  const missing = [];
  for (const g of english.groups) {
    if (groups[g.name]?.[locale]) out.groups[g.name] = groups[g.name][locale];
    else missing.push(`group ${g.name}`);
  }
  for (const p of english.parameters) {
    const t = translationOf(p, locale);
    if (!t) { missing.push(p.name); continue; }
    const entry = { description: t.description };
    // Notes are positional overlays of the English notes, so the counts must match to stay meaningful.
    if (p.notes?.length) {
      const notes = t.notes ?? p.notes.map((n) => commonNotes[n]?.[locale]);
      if (notes.length === p.notes.length && notes.every(Boolean)) entry.notes = notes;
      else missing.push(`${p.name} notes (${t.notes?.length ?? 0}/${p.notes.length})`);
    }
    if (p.mraNote) {
      if (t.mraNote) entry.mraNote = t.mraNote;
      else missing.push(`${p.name} mraNote`);
    }
    const x = extras[p.name]?.[locale] ?? {};
    if (p.defaultNote) {
      if (x.defaultNote) entry.defaultNote = x.defaultNote;
      else missing.push(`${p.name} defaultNote`);
    }
    if (p.deprecated?.note) {
      if (x.deprecatedNote) entry.deprecatedNote = x.deprecatedNote;
      else missing.push(`${p.name} deprecatedNote`);
    }
    const described = (p.values ?? []).filter((v) => v.description);
    if (described.length) {
      const values = {};
      for (const v of described) {
        if (x.values?.[v.value]) values[v.value] = x.values[v.value];
        else missing.push(`${p.name} value ${v.value}`);
      }
      if (Object.keys(values).length) entry.values = values;
    }
    for (const v of Object.keys(x.values ?? {})) if (!described.some((d) => d.value === v)) console.warn(`extras.json: ${p.name} has no described value ${v}`);
    out.parameters[p.name] = entry;
  }
  writeFileSync(join(root, `schemas/l10n/jabber-parameters.${locale}.json`), JSON.stringify(out, null, 2) + '\n');
  console.log(`${locale}: ${Object.keys(out.parameters).length}/${english.parameters.length} parameters, ${Object.keys(out.groups).length}/${english.groups.length} groups; missing ${missing.length}${missing.length ? ': ' + missing.slice(0, 20).join(', ') + (missing.length > 20 ? ' …' : '') : ''}`);
}

// The MRA table: Japanese text per row id (Korean lives in mra-support.json itself, from seed 000).
const mraJa = JSON.parse(readFileSync(join(dataDir, 'mra-ja.json'), 'utf8'));
const mraCategoriesJa = JSON.parse(readFileSync(join(dataDir, 'mra-categories-ja.json'), 'utf8'));
const rows = {};
const mraMissing = [];
for (const r of mra.rows) {
  const t = mraJa[r.id];
  if (!t) { mraMissing.push(r.id); continue; }
  const row = { service: t.service };
  if (r.conditions?.length) {
    if (t.conditions?.length === r.conditions.length) row.conditions = t.conditions;
    else mraMissing.push(`${r.id} conditions`);
  }
  if (r.note) {
    if (t.note) row.note = t.note;
    else mraMissing.push(`${r.id} note`);
  }
  rows[r.id] = row;
}
for (const id of Object.keys(mraJa)) if (!mra.rows.some((r) => r.id === id)) console.warn(`unknown MRA row in translations: ${id}`);
writeFileSync(join(root, 'schemas/l10n/mra-support.ja.json'), JSON.stringify({
  $schema: './mra-support.l10n.schema.json',
  locale: 'ja',
  source: 'Translated by UC Config from schemas/mra-support.json (English and the Korean wording of the Korean edition of the Cisco Jabber Planning Guide, chapter Deployment Scenarios, 표 1); Japanese terms follow the Japanese edition of the Cisco Expressway Administrator Guide, chapter Unified Communications.',
  categories: Object.fromEntries(mra.categories.filter((c) => mraCategoriesJa[c.id]).map((c) => [c.id, mraCategoriesJa[c.id]])),
  rows,
}, null, 2) + '\n');
for (const c of mra.categories) if (!mraCategoriesJa[c.id]) mraMissing.push(`category ${c.id}`);
console.log(`mra ja: ${Object.keys(rows).length}/${mra.rows.length} rows; missing ${mraMissing.length}${mraMissing.length ? ': ' + mraMissing.join(', ') : ''}`);
