// The pure part of the "Insert EMM parameter…" command (client/commands/insertEmmParameter.ts):
// the quick-pick items for a file's flavor, and where and what to insert for a chosen key.
import type { AppConfigModel } from '../../formats/appconfig-model';
import { parseAppConfigJson } from '../../formats/appconfig-json';
import { parseAppConfigPlist } from '../../formats/appconfig-plist';
import type { EmmCatalog, EmmParameter } from './catalog';
import { contentStart, eolOf, withEol } from '../../core/text';
import type { ServiceContext } from '../types';
import { parameterProse, typeSummary } from './docs';
import { appConfigText, englishText } from './l10n';
import { entrySnippet, suitsFlavor, writableParameters, type WritableFlavor } from './snippets';

export interface EmmPickItem {
  label: string;
  description: string;
  detail: string;
  key: string;
}

/** Reads the document the way the server does: JSON by name or first character, else a plist. */
export function readModel(fileName: string, text: string): AppConfigModel {
  const json = /\.json$/i.test(fileName) || (!/\.(xml|plist)$/i.test(fileName) && /^\s*[{[]/.test(text));
  return json ? parseAppConfigJson(text) : parseAppConfigPlist(text);
}

/** The quick-pick items for a flavor: keys that suit it, with type and description (in the context's language, when given). */
export function emmPickItems(catalog: EmmCatalog, flavor: AppConfigModel['flavor'], present: Set<string> = new Set(), ctx?: ServiceContext): EmmPickItem[] {
  const L = ctx ? appConfigText(ctx) : englishText();
  return writableParameters(catalog)
    .filter((p) => flavor === 'unknown' || suitsFlavor(p, flavor as WritableFlavor))
    .map((p) => ({
      label: p.key!,
      description: `${typeSummary(p, L)}${present.has(p.key!.toLowerCase()) ? L.t('pick.alreadySet') : ''}`,
      detail: ctx ? parameterProse(ctx, p).description : p.description,
      key: p.key!,
    }));
}

export interface Insertion {
  /** Offset at which to insert. */
  offset: number;
  /** Snippet text (VS Code snippet syntax). */
  snippet: string;
  /** When set, the snippet replaces offset..end (an empty `<dict/>` becomes `<dict>`…`</dict>`). */
  end?: number;
}

/**
 * Where and what to insert for a key. A recognised file gets the entry at the end of its entry
 * list (with the comma JSON needs); an empty XML file gets a <dict> holding it; an unrecognised
 * JSON file gets nothing (undefined), because its flavor decides the syntax.
 */
export function insertionFor(fileName: string, text: string, p: EmmParameter, model = readModel(fileName, text)): Insertion | undefined {
  if (model.flavor === 'unknown') return undefined;
  const at = model.insertAt;
  const flavor = model.flavor as WritableFlavor;
  if (!at) {
    if (model.syntax === 'xml' && !text.trim()) return { offset: contentStart(text), snippet: `<dict>\n  ${entrySnippet('ios-plist', p, 1, '  ')}\n</dict>\n` };
    return undefined;
  }
  const eol = eolOf(text);
  const outer = at.indent.slice(0, Math.max(0, at.indent.length - 2));
  if (at.selfClosed) {
    const name = at.selfClosed.name;
    return {
      offset: at.offset,
      end: at.selfClosed.end,
      snippet: withEol(`<${name}>\n${at.indent}${entrySnippet(flavor, p, 1, at.indent)}\n${outer}</${name}>`, eol),
    };
  }
  const empty = !model.entries.some((e) => !e.encoded) && !at.needsComma;
  const closing = empty ? '\n' + outer : '';
  return { offset: at.offset, snippet: withEol(`${at.needsComma ? ',' : ''}\n${at.indent}${entrySnippet(flavor, p, 1, at.indent)}${closing}`, eol) };
}
