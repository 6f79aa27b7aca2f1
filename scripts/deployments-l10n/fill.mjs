// Fills the Korean and Japanese texts a deployment diagram lacks: every text object `{ en, ko, ja }` in
// schemas/deployments.json whose `ko` or `ja` is missing gets it from translations.json (English → { ko, ja }),
// translated from the English sentence. Existing `ko`/`ja` values are kept as they are. The file keeps its
// formatting (2-space JSON) and each text object its key order en, ko, ja.
// Node and link labels are plain English strings; their Korean and Japanese go into `labelL10n` beside them,
// from labels.json (English → { ko, ja }), left out where a label is a name that stays as it is.
// `node scripts/deployments-l10n/fill.mjs` writes the file; `--check` only lists the texts still missing.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const file = path.resolve(here, '../../schemas/deployments.json');
const table = JSON.parse(fs.readFileSync(path.join(here, 'translations.json'), 'utf8'));
const labels = JSON.parse(fs.readFileSync(path.join(here, 'labels.json'), 'utf8'));
const text = fs.readFileSync(file, 'utf8');
const LOCALES = ['ko', 'ja'];
const missing = [];
let filled = 0;

function fill(value) {
  if (Array.isArray(value)) return value.map(fill);
  if (!value || typeof value !== 'object') return value;
  if (typeof value.en === 'string') {
    const out = { en: value.en };
    for (const locale of LOCALES) {
      const given = value[locale] ?? table[value.en]?.[locale];
      if (given === undefined) missing.push(`${locale}: ${value.en}`);
      else out[locale] = given;
      if (value[locale] === undefined && given !== undefined) filled++;
    }
    return { ...out, ...value, ...out };
  }
  const out = Object.fromEntries(Object.entries(value).map(([k, v]) => [k, fill(v)]));
  // A node or a link: its label's translations right after the label.
  if (typeof value.label === 'string' && ('type' in value || 'from' in value)) {
    const l10n = labels[value.label];
    if (!l10n) missing.push(`label: ${value.label}`);
    else if (!value.labelL10n && (l10n.ko !== value.label || l10n.ja !== value.label)) {
      filled++;
      const entries = Object.entries(out);
      const at = entries.findIndex(([k]) => k === 'label') + 1;
      return Object.fromEntries([...entries.slice(0, at), ['labelL10n', { ko: l10n.ko, ja: l10n.ja }], ...entries.slice(at)]);
    }
  }
  return out;
}

const data = fill(JSON.parse(text));
if (process.argv.includes('--check')) {
  console.log(`${filled} texts would be filled; ${missing.length} still missing`);
  for (const m of missing) console.log(`  ${m}`);
} else {
  fs.writeFileSync(file, JSON.stringify(data, null, 2) + (text.endsWith('\n') ? '\n' : ''));
  console.log(`${filled} texts filled; ${missing.length} still missing`);
  for (const m of missing) console.log(`  ${m}`);
}
process.exitCode = missing.length ? 1 : 0;
