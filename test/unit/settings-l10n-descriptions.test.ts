// Issue 11: with ucConfig.locale in Korean or Japanese, the settings hover shows that language only.
// Every description in schemas/uc-settings.schema.json has its translation in schemas/l10n/uc-settings.json
// (`description.<key path>`, as describeSetting builds it), and the hover over every setting shows it.
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { test } from 'node:test';
import type { MarkupContent } from 'vscode-languageserver-types';
import { settingsService } from '../../server/services/settings';
import { englishRuns, LOCALES, NAMES, SCRIPT } from './l10n-helpers';
import { context, doc } from './settings-helpers';

interface Node {
  description?: string;
  properties?: Record<string, Node>;
  items?: Node;
  'x-uiPath'?: string;
}
const schema = JSON.parse(fs.readFileSync(path.resolve(__dirname, '../../schemas/uc-settings.schema.json'), 'utf8')) as Node;

/** Every key path with a description: its keys, and whether each key holds a list (hover explains items through their list). */
function settings(): { keys: string[]; lists: boolean[]; description: string; uiPath?: string }[] {
  const out: { keys: string[]; lists: boolean[]; description: string; uiPath?: string }[] = [];
  const walk = (s: Node, keys: string[], lists: boolean[]) => {
    for (const [k, v] of Object.entries(s.properties ?? {})) {
      const list = !!v.items;
      if (v.description) out.push({ keys: [...keys, k], lists: [...lists, list], description: v.description, uiPath: v['x-uiPath'] });
      walk(list ? v.items! : v, [...keys, k], [...lists, list]);
    }
  };
  walk(schema, [], []);
  return out;
}

/** A JSON document holding the key path, with the caret (its offset) inside the last key. */
function jsonFor(keys: string[], lists: boolean[]): { text: string; offset: number } {
  let text = '';
  for (let i = 0; i < keys.length - 1; i++) text += `{"${keys[i]}": ${lists[i] ? '[' : ''}`;
  const offset = text.length + 2;
  text += `{"${keys[keys.length - 1]}": null}`;
  for (let i = keys.length - 2; i >= 0; i--) text += `${lists[i] ? ']' : ''}}`;
  return { text, offset };
}

const all = settings();
const messagesFile = JSON.parse(fs.readFileSync(path.resolve(__dirname, '../../schemas/l10n/uc-settings.json'), 'utf8')) as Record<
  string,
  Record<string, string>
>;
/** Cisco's feature name stays as written in its Korean and Japanese documents. */
const SETTINGS_NAMES = [...NAMES, 'Mobile and Remote Access'];

test('every setting description has a Korean and Japanese translation under its describeSetting id', () => {
  assert.ok(all.length > 280, `${all.length} settings found`);
  for (const locale of LOCALES) {
    const missing = all.map((s) => `description.${s.keys.join('.')}`).filter((id) => !(id in messagesFile[locale]));
    assert.deepEqual(missing, [], `${locale}: settings whose description would show in English`);
  }
});

test('the hover over every setting shows its description in Korean or Japanese only', () => {
  for (const locale of LOCALES) {
    const problems: string[] = [];
    for (const s of all) {
      const { text, offset } = jsonFor(s.keys, s.lists);
      const d = doc('file:///all.cucm.json', text);
      const h = settingsService.hover(d, d.positionAt(offset), context([d], locale));
      const key = s.keys.join('.');
      if (!h) {
        problems.push(`${key}: no hover`);
        continue;
      }
      const value = (h.contents as MarkupContent).value;
      const description = value.split('\n\n')[1] ?? '';
      if (description !== messagesFile[locale][`description.${key}`]) problems.push(`${key}: hover shows '${description}'`);
      if (value.includes(s.description)) problems.push(`${key}: the English description is shown`);
      if (!SCRIPT[locale].test(description)) problems.push(`${key}: '${description}' is not ${locale}`);
      const runs = englishRuns(description, SETTINGS_NAMES);
      if (runs.length) problems.push(`${key}: English left in '${description}': ${runs.join(' | ')}`);
    }
    assert.deepEqual(problems, [], locale);
  }
});

/** A YAML document holding the key path, with the caret where a key of its last mapping is typed. */
function yamlKeyCaret(keys: string[], lists: boolean[]): { text: string; offset: number } {
  let text = '';
  let pad = '';
  let dash = false;
  for (let i = 0; i < keys.length; i++) {
    text += `${pad}${dash ? '- ' : ''}${keys[i]}:\n`;
    pad += dash ? '    ' : '  ';
    dash = lists[i];
  }
  text += `${pad}${dash ? '- ' : ''}`;
  return { text: text + 'x\n', offset: text.length + 1 };
}

test('completion of the keys of every section explains each key in Korean or Japanese only', () => {
  const sections = [{ keys: [] as string[], lists: [] as boolean[] }, ...all];
  for (const locale of LOCALES) {
    const problems: string[] = [];
    let checked = 0;
    const seen = new Set<string>();
    for (const s of sections) {
      const { text, offset } = yamlKeyCaret(s.keys, s.lists);
      const d = doc('file:///all.cucm.yaml', text);
      for (const item of settingsService.complete(d, d.positionAt(offset), context([d], locale))) {
        const key = [...s.keys, item.label].join('.');
        checked++;
        seen.add(key);
        const documentation = (item.documentation as MarkupContent).value.split('\n')[0];
        if (documentation !== messagesFile[locale][`description.${key}`]) problems.push(`${key}: documentation '${documentation}'`);
        // The detail line is the admin UI path where there is one, else the description's first sentence.
        const uiPath = all.find((a) => a.keys.join('.') === key)?.uiPath;
        const detail = String(item.detail ?? '');
        const expected = uiPath ?? messagesFile[locale][`description.${key}`].split(/\. |。/)[0];
        if (detail !== expected) problems.push(`${key}: detail '${detail}', not '${expected}'`);
      }
    }
    assert.deepEqual(
      all.map((a) => a.keys.join('.')).filter((k) => !seen.has(k)),
      [],
      `${locale}: keys never offered (${checked} checked)`,
    );
    assert.deepEqual(problems, [], locale);
  }
});
