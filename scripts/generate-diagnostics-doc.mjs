// Writes the generated parts of docs/ (npm run docs): docs/diagnostics.md from schemas/diagnostics/*.json
// (every code, its default severity, what it means and where it comes from: the documents of
// schemas/sources.json, by title and link), and the rule tables of docs/settings-format.md from
// schemas/uc-settings-rules.json. Run after adding a code or a rule; test/unit/docs-generated.test.ts
// fails while either file is stale.
import { readFileSync, writeFileSync } from 'node:fs';
import { DIAGNOSTICS_DOC, diagnosticsDoc, SETTINGS_FORMAT_DOC, settingsFormatDoc } from './docs/render-docs.ts';

const file = (rel) => new URL(`../${rel}`, import.meta.url);
writeFileSync(file(DIAGNOSTICS_DOC), diagnosticsDoc());
console.log(`wrote ${DIAGNOSTICS_DOC}`);
writeFileSync(file(SETTINGS_FORMAT_DOC), settingsFormatDoc(readFileSync(file(SETTINGS_FORMAT_DOC), 'utf8')));
console.log(`wrote ${SETTINGS_FORMAT_DOC}`);
