// The server's side of "UC Config: Insert EMM Parameter…": the quick-pick items for a document and
// the snippet for the chosen key, answered from the document the server already has in sync. The
// logic is insertion.ts's; this file only reads the document and converts the offset to a position.
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { EmmInsertionResult, EmmPickItemsResult } from '../../../shared/requests';
import { uriPath } from '../documentKind';
import type { ServiceContext } from '../types';
import { emmCatalogOf } from './catalog';
import { emmPickItems, insertionFor } from './insertion';
import { getAppConfigModel } from './model';

// Both read the document's cached parse (in steps before the request): parsed again at once, a 4 MB
// property list held the event loop 200-260 ms per request.
export function emmInsertChoices(doc: TextDocument, ctx: ServiceContext): EmmPickItemsResult {
  const model = getAppConfigModel(doc);
  if (model.flavor === 'unknown' && model.syntax === 'json') return { items: [], unrecognisedJson: true };
  const present = new Set(model.entries.map((e) => e.key.toLowerCase()));
  return { items: emmPickItems(emmCatalogOf(ctx), model.flavor, present, ctx) };
}

export function emmInsertEdit(doc: TextDocument, key: string, ctx: ServiceContext): EmmInsertionResult {
  const p = emmCatalogOf(ctx).byKey.get(key);
  const ins = p && insertionFor(uriPath(doc.uri), doc.getText(), p, getAppConfigModel(doc));
  if (!ins) return null;
  return ins.end === undefined
    ? { position: doc.positionAt(ins.offset), snippet: ins.snippet }
    : { position: doc.positionAt(ins.offset), end: doc.positionAt(ins.end), snippet: ins.snippet };
}
