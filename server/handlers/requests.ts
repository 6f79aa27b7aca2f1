// UC Config's own requests (shared/requests.ts) and the MRA code lens → their services. One line
// each, like features.ts; the client sends these instead of parsing files itself.
import type { Connection } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import {
  EMM_INSERTION,
  EMM_PICK_ITEMS,
  SETTINGS_FROM_ARTIFACTS,
  WORKSPACE_SCENARIO,
  type SettingsFromArtifactsResult,
  type EmmInsertionParams,
  type EmmInsertionResult,
  type EmmPickItemsResult,
  type TextDocumentParams,
  type WorkspaceScenarioResult,
} from '../../shared/requests';
import { emmInsertChoices, emmInsertEdit } from '../services/appconfig/insertRequest';
import { settingsFromArtifacts } from '../services/expressway/settingsExport';
import { mraCodeLenses } from '../services/mraLens';
import type { ServiceContext } from '../services/types';
import { workspaceScenario } from '../services/workspace/diagram';
import type { Workspace } from '../workspace';
import type { Lookup } from './features';
import { safe } from './safe';

export function registerRequestHandlers(connection: Connection, l: Lookup, workspace: Workspace): void {
  /** Runs f for an open document of the given kind; otherwise answers the fallback. */
  const ofKind = <T>(uri: string, kind: string, fallback: T, f: (doc: TextDocument, ctx: ServiceContext) => T): T => {
    const doc = l.documents.get(uri);
    return doc && l.serviceFor(doc)?.kind === kind ? f(doc, l.context(doc)) : fallback;
  };
  // The files on disk are read again first, so a file created since start-up is drawn too.
  connection.onRequest(WORKSPACE_SCENARIO, (_: unknown, token) =>
    safe<WorkspaceScenarioResult | null>(connection, 'workspaceScenario', null, token, () => (workspace.rescan(), workspaceScenario(l.context()))),
  );
  connection.onRequest(EMM_PICK_ITEMS, (p: TextDocumentParams, token) =>
    safe<EmmPickItemsResult>(connection, 'emmPickItems', null, token, () => ofKind(p.textDocument.uri, 'app-config', null, emmInsertChoices)),
  );
  connection.onRequest(EMM_INSERTION, (p: EmmInsertionParams, token) =>
    safe<EmmInsertionResult>(connection, 'emmInsertion', null, token, () =>
      ofKind(p.textDocument.uri, 'app-config', null, (d, c) => emmInsertEdit(d, p.key, c)),
    ),
  );
  connection.onRequest(SETTINGS_FROM_ARTIFACTS, (p: TextDocumentParams, token) =>
    safe<SettingsFromArtifactsResult | null>(
      connection,
      'settingsFromArtifacts',
      null,
      token,
      () => (workspace.rescan(), settingsFromArtifacts(p.textDocument.uri, l.context())),
    ),
  );
  connection.onCodeLens((p, token) =>
    safe(connection, 'codeLens', [], token, () => {
      const doc = l.documents.get(p.textDocument.uri);
      const svc = doc && l.serviceFor(doc);
      if (!doc || !svc) return [];
      return svc.kind === 'jabber-config' ? mraCodeLenses(doc, l.context(doc)) : (svc.codeLenses?.(doc, l.context(doc)) ?? []);
    }),
  );
}
