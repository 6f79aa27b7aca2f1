// The Korean and Japanese overlays in schemas/l10n/ must stay in step with the English catalogs:
// every parameter, group and MRA row has text in both languages, nothing names an entry that does
// not exist, parameter names cited in the English text survive translation, and the hover shown to
// a Korean or Japanese user really uses the translated text.
import Ajv from 'ajv';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { test } from 'node:test';
import { loadCatalogs } from '../../server/catalog/catalogs';
import { groupMarkdown, parameterMarkdown } from '../../server/services/jabber/docs';
import type { ServiceContext } from '../../server/services/types';
import { DEFAULT_SETTINGS } from '../../shared/settings';

const SCHEMAS = path.resolve(__dirname, '../../schemas');
const read = (f: string) => JSON.parse(fs.readFileSync(path.join(SCHEMAS, f), 'utf8'));

interface Text {
  description: string;
  notes?: string[];
  mraNote?: string;
  defaultNote?: string;
  deprecatedNote?: string;
  values?: Record<string, string>;
}
interface Overlay {
  locale: string;
  source: string;
  groups: Record<string, string>;
  parameters: Record<string, Text>;
}
interface EnglishParameter {
  name: string;
  description: string;
  notes?: string[];
  mraNote?: string;
  defaultNote?: string;
  deprecated?: { note?: string };
  values?: { value: string; description?: string }[];
}
interface Localized {
  en: string;
  ko?: string;
}
interface MraRow {
  id: string;
  service: Localized;
  conditions?: Localized[];
  note?: Localized;
}

const english: { groups: { name: string; description: string }[]; parameters: EnglishParameter[] } = read('jabber-parameters.json');
const mra: { categories: { id: string; title: Localized }[]; rows: MraRow[] } = read('mra-support.json');
const LOCALES = ['ko', 'ja'] as const;
const overlay = (locale: string): Overlay => read(`l10n/jabber-parameters.${locale}.json`);

function validator(schemaFile: string) {
  const ajv = new Ajv({ allErrors: true, strict: false });
  return ajv.compile(read(schemaFile));
}

/** A translation is "missing" when it is empty or, for sentences long enough to need translating, left in English. */
function assertTranslated(what: string, en: string, translated: string | undefined) {
  assert.ok(translated && translated.trim().length > 0, `${what}: translation is empty`);
  if (en.length > 20) assert.notEqual(translated.trim(), en.trim(), `${what}: translation is identical to the English text`);
}

test('every l10n file validates against its schema', () => {
  const jabber = validator('l10n/jabber-parameters.l10n.schema.json');
  for (const locale of LOCALES) {
    const data = overlay(locale);
    assert.ok(jabber(data), `${locale}: ${JSON.stringify(jabber.errors?.slice(0, 5), null, 1)}`);
    assert.equal(data.locale, locale);
    assert.equal((data as { $schema?: string }).$schema, './jabber-parameters.l10n.schema.json');
  }
  const mraSchema = validator('l10n/mra-support.l10n.schema.json');
  const mraJa = read('l10n/mra-support.ja.json');
  assert.ok(mraSchema(mraJa), JSON.stringify(mraSchema.errors?.slice(0, 5), null, 1));
  const labels = validator('l10n/hover-labels.schema.json');
  const hover = read('l10n/hover-labels.json');
  assert.ok(labels(hover), JSON.stringify(labels.errors?.slice(0, 5), null, 1));
});

test('the schemas reject an overlay with an unknown field or an empty description', () => {
  // Guards the guard: a schema that accepted anything would make the first test meaningless.
  const jabber = validator('l10n/jabber-parameters.l10n.schema.json');
  const base = { locale: 'ko', source: 'x', groups: {}, parameters: {} };
  assert.equal(jabber({ ...base, parameters: { UseSSL: { description: '' } } }), false);
  assert.equal(jabber({ ...base, parameters: { UseSSL: { description: 'x', default: 'true' } } }), false);
  assert.equal(jabber({ ...base, extra: 1 }), false);
  assert.equal(jabber({ ...base, locale: 'fr' }), false);
});

for (const locale of LOCALES) {
  test(`${locale}: every English parameter and group has a translation and nothing extra`, () => {
    const data = overlay(locale);
    const names = new Set(english.parameters.map((p) => p.name));
    assert.deepEqual(
      Object.keys(data.parameters).filter((n) => !names.has(n)),
      [],
      'translations for parameters that do not exist',
    );
    assert.deepEqual(
      english.parameters.filter((p) => !data.parameters[p.name]).map((p) => p.name),
      [],
      'parameters without a translation',
    );
    const groups = new Set(english.groups.map((g) => g.name));
    assert.deepEqual(
      Object.keys(data.groups).filter((n) => !groups.has(n)),
      [],
      'translations for groups that do not exist',
    );
    for (const g of english.groups) assertTranslated(`group ${g.name}`, g.description, data.groups[g.name]);
    assert.equal(Object.keys(data.parameters).length, english.parameters.length);
  });

  test(`${locale}: descriptions, notes and MRA notes are all translated, note for note`, () => {
    const data = overlay(locale);
    for (const p of english.parameters) {
      const t = data.parameters[p.name];
      assertTranslated(`${p.name} description`, p.description, t.description);
      // Notes are positional: the hover shows the translated list instead of the English one.
      assert.equal(t.notes?.length ?? 0, p.notes?.length ?? 0, `${p.name}: note count differs from English`);
      (p.notes ?? []).forEach((n, i) => assertTranslated(`${p.name} note ${i + 1}`, n, t.notes?.[i]));
      assert.equal(Boolean(t.mraNote), Boolean(p.mraNote), `${p.name}: mraNote present in only one language`);
      if (p.mraNote) assertTranslated(`${p.name} mraNote`, p.mraNote, t.mraNote);
    }
  });

  test(`${locale}: default notes, deprecation notes and value descriptions are translated, keyed by real values`, () => {
    const data = overlay(locale);
    let values = 0;
    for (const p of english.parameters) {
      const t = data.parameters[p.name];
      assert.equal(Boolean(t.defaultNote), Boolean(p.defaultNote), `${p.name}: defaultNote present in only one language`);
      if (p.defaultNote) assertTranslated(`${p.name} defaultNote`, p.defaultNote, t.defaultNote);
      assert.equal(Boolean(t.deprecatedNote), Boolean(p.deprecated?.note), `${p.name}: deprecation note present in only one language`);
      if (p.deprecated?.note) assertTranslated(`${p.name} deprecatedNote`, p.deprecated.note, t.deprecatedNote);
      const described = (p.values ?? []).filter((v) => v.description);
      // Keys are values, which are code: they must match the English catalog exactly.
      assert.deepEqual(Object.keys(t.values ?? {}).sort(), described.map((v) => v.value).sort(), `${p.name}: value keys differ`);
      for (const v of described) {
        assertTranslated(`${p.name} value ${v.value}`, v.description!, t.values?.[v.value]);
        values++;
      }
    }
    assert.ok(values >= 40, `only ${values} value descriptions checked`);
  });

  test(`${locale}: parameter names cited in the English text are kept verbatim`, () => {
    // Names are code: a translator must not translate, respell or drop them.
    const data = overlay(locale);
    // Only names that cannot be ordinary words (CamelCase or snake_case): "Location" or "Title" may be translated as words.
    const names = english.parameters.map((p) => p.name).filter((n) => /[a-z][A-Z]|_/.test(n));
    const cited = (s: string) => names.filter((n) => new RegExp(`(^|[^A-Za-z0-9_])${n}([^A-Za-z0-9_]|$)`).test(s));
    const lost: string[] = [];
    for (const p of english.parameters) {
      const t = data.parameters[p.name];
      const pairs: [string, string][] = [
        [p.description, t.description],
        [p.mraNote ?? '', t.mraNote ?? ''],
        [p.defaultNote ?? '', t.defaultNote ?? ''],
        [p.deprecated?.note ?? '', t.deprecatedNote ?? ''],
        ...(p.notes ?? []).map((n, i): [string, string] => [n, t.notes?.[i] ?? '']),
      ];
      for (const [en, tr] of pairs) for (const n of cited(en)) if (!tr.includes(n)) lost.push(`${p.name}: ${n}`);
    }
    assert.deepEqual(lost, []);
  });
}

test('ja: every MRA row has Japanese text matching the shape of the English row', () => {
  const ja: { locale: string; categories: Record<string, string>; rows: Record<string, { service: string; conditions?: string[]; note?: string }> } =
    read('l10n/mra-support.ja.json');
  assert.equal(ja.locale, 'ja');
  assert.deepEqual(Object.keys(ja.categories).sort(), mra.categories.map((c) => c.id).sort(), 'category ids differ');
  const ids = new Set(mra.rows.map((r) => r.id));
  assert.deepEqual(
    Object.keys(ja.rows).filter((id) => !ids.has(id)),
    [],
    'rows that do not exist',
  );
  for (const r of mra.rows) {
    const t = ja.rows[r.id];
    assert.ok(t, `row ${r.id} has no Japanese text`);
    assertTranslated(`${r.id} service`, r.service.en, t.service);
    assert.equal(t.conditions?.length ?? 0, r.conditions?.length ?? 0, `${r.id}: condition count differs`);
    (r.conditions ?? []).forEach((c, i) => assertTranslated(`${r.id} condition ${i + 1}`, c.en, t.conditions?.[i]));
    assert.equal(Boolean(t.note), Boolean(r.note), `${r.id}: note present in only one language`);
    if (r.note) assertTranslated(`${r.id} note`, r.note.en, t.note);
  }
});

test('hover labels have the same keys in en, ko and ja, and the catalog reads them from the file', () => {
  const labels: Record<string, Record<string, string>> = read('l10n/hover-labels.json');
  const keys = Object.keys(labels.en).sort();
  assert.ok(keys.length >= 20, `${keys.length} labels`);
  for (const locale of LOCALES) {
    assert.deepEqual(Object.keys(labels[locale]).sort(), keys, `${locale} keys differ from en`);
    for (const k of keys) {
      assert.ok(labels[locale][k].trim(), `${locale}.${k} is empty`);
      if (labels.en[k].length > 20) assert.notEqual(labels[locale][k], labels.en[k], `${locale}.${k} left in English`);
    }
  }
  // English is written once, in the file (the schema requires every key).
  const catalogs = loadCatalogs();
  assert.deepEqual(catalogs.labels('en'), labels.en);
  assert.deepEqual(catalogs.labels('ko'), labels.ko);
});

test('a Korean or Japanese hover shows the translated description, notes, MRA note and labels', () => {
  const catalogs = loadCatalogs();
  const ctx = (locale: ServiceContext['locale']): ServiceContext => ({
    settings: { ...DEFAULT_SETTINGS },
    catalogs,
    locale,
    workspace: { documents: () => [] },
  });
  const p = catalogs.jabber.parameters.find((x) => x.name === 'UpdateURL');
  assert.ok(p, 'UpdateURL is in the catalog');
  for (const locale of LOCALES) {
    const t = overlay(locale).parameters.UpdateURL;
    const md = parameterMarkdown(ctx(locale), p);
    assert.ok(md.includes(t.description), `${locale} hover lacks the translated description`);
    assert.ok(md.includes(t.mraNote!), `${locale} hover lacks the translated MRA note`);
    for (const n of t.notes!) assert.ok(md.includes(n), `${locale} hover lacks note ${n}`);
    assert.ok(!md.includes(p.description), `${locale} hover still shows the English description`);
    assert.ok(md.includes(`**${read('l10n/hover-labels.json')[locale].platforms}:**`), `${locale} hover lacks the translated label`);
  }
  const g = catalogs.jabber.groups.find((x) => x.name === 'Directory');
  assert.ok(g);
  assert.ok(groupMarkdown(ctx('ja'), g).includes(overlay('ja').groups.Directory));
  assert.ok(parameterMarkdown(ctx('en'), p).includes(p.description), 'English stays English');
});

test('BDI legacy names carry the translation of the parameter they stand for', () => {
  // The build script derives them; this pins that the derived text really contains the target's text.
  const legacy = /^Legacy \(pre-11\.8 Mac\/mobile\) name of (\w+): /;
  let checked = 0;
  for (const locale of LOCALES) {
    const data = overlay(locale);
    for (const p of english.parameters) {
      const m = legacy.exec(p.description);
      if (!m) continue;
      assert.ok(data.parameters[p.name].description.includes(data.parameters[m[1]].description), `${locale} ${p.name}`);
      assert.ok(data.parameters[p.name].notes?.[0].includes(m[1]), `${locale} ${p.name} note names ${m[1]}`);
      checked++;
    }
  }
  assert.ok(checked >= 80, `only ${checked} legacy names checked`);
});
