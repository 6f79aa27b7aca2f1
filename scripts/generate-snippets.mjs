// Writes snippets/appconfig-xml.json and snippets/appconfig-json.json from the EMM catalog
// (schemas/emm-parameters.json, with shared keys resolved against schemas/jabber-parameters.json),
// using the same functions the language server uses for completion, so the two never disagree.
//   node --import tsx scripts/generate-snippets.mjs          write the files
//   node --import tsx scripts/generate-snippets.mjs --check  exit 1 when the files are out of date
// (tsx is needed because the generator is the server's TypeScript module itself.)
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const { loadJabberCatalog } = await import(path.join(root, 'server/catalog/jabberParameters.ts'));
const { loadEmmCatalog } = await import(path.join(root, 'server/services/appconfig/catalog.ts'));
const { buildSnippetFiles } = await import(path.join(root, 'server/services/appconfig/snippets.ts'));

const schemas = path.join(root, 'schemas');
const catalog = loadEmmCatalog(schemas, loadJabberCatalog(schemas));
const files = buildSnippetFiles(catalog);
const targets = {
  'snippets/appconfig-xml.json': files.xml,
  'snippets/appconfig-json.json': files.json,
};

const check = process.argv.includes('--check');
let stale = 0;
for (const [rel, content] of Object.entries(targets)) {
  const file = path.join(root, rel);
  const text = JSON.stringify(content, null, 2) + '\n';
  if (check) {
    const current = fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : '';
    if (current !== text) {
      console.error(`${rel} is out of date: run node --import tsx scripts/generate-snippets.mjs`);
      stale++;
    }
  } else {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, text);
    console.log(`wrote ${rel} (${Object.keys(content).length} snippets)`);
  }
}
process.exit(stale ? 1 : 0);
