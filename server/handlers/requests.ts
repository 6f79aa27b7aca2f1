// UC Config's own requests (shared/requests.ts) → their services. One line
// each, like features.ts; the client sends these instead of parsing files itself.
import type { CancellationToken, Connection } from 'vscode-languageserver/node';
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
import { settingsFromArtifactsInSteps } from '../services/expressway/settingsExport';
import type { Steps } from '../core/steps';
import type { ServiceContext } from '../services/types';
import { workspaceScenarioInSteps } from '../services/workspace/diagram';
import type { Workspace } from '../workspace';
import { thenInSteps, type Lookup } from './features';
import { safeWhenReady } from './safe';

export function registerRequestHandlers(connection: Connection, l: Lookup, workspace: Workspace): void {
  /** Runs f for an open document of the given kind, once its parse is ready; otherwise answers the fallback. */
  const ofKind = <T>(what: string, uri: string, kind: string, token: CancellationToken, fallback: T, f: (doc: TextDocument, ctx: ServiceContext) => T) =>
    safeWhenReady(
      connection,
      what,
      fallback,
      token,
      () => {
        const doc = l.documents.get(uri);
        return doc && l.serviceFor(doc)?.kind === kind ? l.ready(doc, false) : undefined;
      },
      () => {
        const doc = l.documents.get(uri);
        return doc && l.serviceFor(doc)?.kind === kind ? f(doc, l.context(doc)) : fallback;
      },
    );
  // The files on disk are read again first, so a file created since start-up is drawn too; the
  // large ones are parsed in steps, then the deployments read, before the request reads them.
  const afterRescan = (deployments: (ctx: ServiceContext) => Steps<unknown>) => () =>
    workspace.rescan().then(() => thenInSteps(l, l.ready(), () => deployments(l.context())));
  // Drawn in steps too (the deployments, then a file a step), and answered when done.
  connection.onRequest(WORKSPACE_SCENARIO, (_: unknown, token) => {
    let done: WorkspaceScenarioResult | null = null;
    const draw = function* (c: ServiceContext) {
      done = yield* workspaceScenarioInSteps(c);
    };
    return safeWhenReady(connection, 'workspaceScenario', null, token, afterRescan(draw), () => done);
  });
  connection.onRequest(EMM_PICK_ITEMS, (p: TextDocumentParams, token) =>
    ofKind<EmmPickItemsResult>('emmPickItems', p.textDocument.uri, 'app-config', token, null, emmInsertChoices),
  );
  connection.onRequest(EMM_INSERTION, (p: EmmInsertionParams, token) =>
    ofKind<EmmInsertionResult>('emmInsertion', p.textDocument.uri, 'app-config', token, null, (d, c) => emmInsertEdit(d, p.key, c)),
  );
  // The export is written in steps too (the deployment, then the YAML), and answered when done.
  connection.onRequest(SETTINGS_FROM_ARTIFACTS, (p: TextDocumentParams, token) => {
    let done: SettingsFromArtifactsResult | null = null;
    const write = function* (c: ServiceContext) {
      done = yield* settingsFromArtifactsInSteps(p.textDocument.uri, c);
    };
    return safeWhenReady(connection, 'settingsFromArtifacts', null, token, afterRescan(write), () => done);
  });
}
