// The UC Config language server. Thin wiring only: settings, documents, and one-line handlers that
// call the pure services. Runs over stdio (`node dist/server.js --stdio`) for any LSP client, or
// over IPC under VS Code.
import { fileURLToPath } from 'node:url';
import { createConnection, DidChangeConfigurationNotification, MessageType, ProposedFeatures, ShowMessageNotification, TextDocumentSyncKind, TextDocuments, type InitializeParams } from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { DEFAULT_SETTINGS, normalizeSettings, SETTINGS_SECTION, type UcConfigSettings } from '../shared/settings';
import { loadCatalogs } from './catalog/catalogs';
import { forgetDocument } from './formats/documentCache';
import { registerFeatureHandlers, type Lookup } from './handlers/features';
import { registerRequestHandlers } from './handlers/requests';
import { createValidator } from './handlers/validation';
import { patternProblems } from '../shared/documentKind';
import { documentKind } from './services/documentKind';
import { describePatternProblems } from './services/patternProblems';
import { services } from './services/registry';
import type { Locale, ServiceContext } from './services/types';
import { Workspace } from './workspace';

const connection = createConnection(ProposedFeatures.all);
const documents = new TextDocuments(TextDocument);
const catalogs = loadCatalogs();

let settings: UcConfigSettings = DEFAULT_SETTINGS;
let clientLocale: Locale = 'en';
let canPullConfiguration = false;
let workspaceFolders: string[] = [];
const workspace = new Workspace(() => documents.all(), () => settings);

const localeOf = (s: UcConfigSettings): Locale => (s.locale !== 'auto' ? s.locale : clientLocale);

const lookup: Lookup = {
  documents,
  serviceFor: (doc) => {
    const kind = documentKind(doc.uri, settings);
    return kind ? services[kind] : undefined;
  },
  context: (): ServiceContext => ({ settings, catalogs, locale: localeOf(settings), workspace }),
};
const validator = createValidator(connection, documents, lookup);

connection.onInitialize((params: InitializeParams) => {
  const lang = (params.locale ?? 'en').slice(0, 2);
  clientLocale = lang === 'ko' || lang === 'ja' ? lang : 'en';
  canPullConfiguration = !!params.capabilities.workspace?.configuration;
  // Clients without workspace/configuration (some editors) can pass settings at start-up.
  const init = params.initializationOptions as { settings?: unknown } | undefined;
  if (init?.settings) settings = normalizeSettings(init.settings);
  workspaceFolders = (params.workspaceFolders ?? [])
    .map((f) => {
      try {
        return fileURLToPath(f.uri);
      } catch {
        return '';
      }
    })
    .filter(Boolean);
  return {
    capabilities: {
      textDocumentSync: TextDocumentSyncKind.Incremental,
      completionProvider: { triggerCharacters: ['<', '/', '"', ':', ' '] },
      hoverProvider: true,
      codeActionProvider: { codeActionKinds: ['quickfix'] },
      documentSymbolProvider: true,
      foldingRangeProvider: true,
      codeLensProvider: { resolveProvider: false },
    },
    serverInfo: { name: 'uc-config', version: '0.2.0' },
  };
});

async function refreshSettings(pushed?: unknown): Promise<void> {
  if (canPullConfiguration) {
    try {
      settings = normalizeSettings(await connection.workspace.getConfiguration(SETTINGS_SECTION));
    } catch {
      /* keep what we have */
    }
  } else if (pushed && typeof pushed === 'object') {
    const section = (pushed as Record<string, unknown>)[SETTINGS_SECTION] ?? pushed;
    settings = normalizeSettings(section);
  }
}

/** Tells the user once (per distinct text) which file patterns are ignored; never throws. */
let reportedPatterns = '';
function reportPatternProblems(): void {
  const lines = describePatternProblems(patternProblems(settings), lookup.context());
  const text = lines.join('\n');
  if (text && text !== reportedPatterns) {
    // A notification (window/showMessage), not a request: nothing waits for the user to dismiss it.
    void connection.sendNotification(ShowMessageNotification.type, { type: MessageType.Warning, message: text });
    connection.console.warn(text);
  }
  reportedPatterns = text;
}

connection.onInitialized(async () => {
  if (canPullConfiguration) void connection.client.register(DidChangeConfigurationNotification.type, { section: SETTINGS_SECTION });
  await refreshSettings();
  reportPatternProblems();
  workspace.scan(workspaceFolders);
  validator.validateAll();
});

connection.onDidChangeConfiguration(async (change) => {
  await refreshSettings(change.settings);
  reportPatternProblems();
  workspace.scan(workspaceFolders);
  validator.validateAll();
});

documents.onDidOpen((e) => validator.schedule(e.document, 0));
documents.onDidChangeContent((e) => {
  validator.schedule(e.document);
  // Cross-file rules: the other open files may now read differently.
  for (const other of documents.all()) if (other.uri !== e.document.uri && lookup.serviceFor(other)) validator.schedule(other, 400);
});
documents.onDidClose((e) => {
  validator.clear(e.document.uri);
  // Parses of a closed document are released now (a file on disk is read again, bounded, by the workspace scan).
  forgetDocument(e.document);
});

registerFeatureHandlers(connection, lookup);
registerRequestHandlers(connection, lookup, workspace);

connection.onRequest('ucConfig/documentKind', (p: { uri: string }) => documentKind(p.uri, settings) ?? null);

documents.listen(connection);
connection.listen();
