// The UC Config language server. Thin wiring only: settings, documents, and one-line handlers that
// call the pure services. Runs over stdio (`node dist/server.js --stdio`) for any LSP client, or
// over IPC under VS Code.
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { setFlagsFromString } from 'node:v8';
import {
  CodeLensRefreshRequest,
  createConnection,
  DidChangeConfigurationNotification,
  DidChangeWatchedFilesNotification,
  MessageType,
  ProposedFeatures,
  ShowMessageNotification,
  type Disposable,
  TextDocumentSyncKind,
  TextDocuments,
  type InitializeParams,
} from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { REVALIDATE_WORKSPACE, type RevalidateWorkspaceResult } from '../shared/requests';
import { DEFAULT_SETTINGS, normalizeSettings, SETTINGS_SECTION, type UcConfigSettings } from '../shared/settings';
import { loadCatalogs } from './catalog/catalogs';
import { forgetDocument } from './formats/documentCache';
import { registerFeatureHandlers, type Lookup } from './handlers/features';
import { registerRequestHandlers } from './handlers/requests';
import { createValidator } from './handlers/validation';
import { createParsing, inSteps } from './handlers/parsing';
import { ticket } from './handlers/turns';
import type { registerEventLoopProbe } from './handlers/eventLoop';
import { patternProblems } from '../shared/documentKind';
import { documentKind, kindOfDocument } from './services/documentKind';
import { describePatternProblems } from './services/patternProblems';
import { services } from './services/registry';
import type { Locale, ServiceContext } from './services/types';
import { Workspace } from './workspace';

// No allocation-site pretenuring. The yaml library's parse tree lives for the whole parse of a settings
// file and so survives the minor GCs during it; V8 then decides its allocation sites make long-lived
// objects and allocates every later parse's tree directly in the old generation, where it stays as
// garbage until a full GC. Opening 200 settings files at the reader's bounds took the server to
// 200-250 MB RSS; without pretenuring 153-168 MB, and the minor GCs pause half as long in total. The
// heap is not limited: objects that do live long are promoted by the minor GC as before.
setFlagsFromString('--no-allocation-site-pretenuring');

const connection = createConnection(ProposedFeatures.all);
const documents = new TextDocuments(TextDocument);
const catalogs = loadCatalogs();

let settings: UcConfigSettings = DEFAULT_SETTINGS;
let clientLocale: Locale = 'en';
let canPullConfiguration = false;
let canWatchFiles = false;
let canRefreshLenses = false;
let workspaceFolders: string[] = [];
const workspace = new Workspace(
  () => documents.all(),
  () => settings,
  // Files on disk are read in turns with the other background work.
  (steps) => inSteps(steps, undefined, undefined, ticket()),
);

const localeOf = (s: UcConfigSettings): Locale => (s.locale !== 'auto' ? s.locale : clientLocale);

// Settings can differ per workspace folder (resource scope: MRA mode, Jabber release, patterns,
// severities), so each open document has its own, pulled with its URI as scopeUri (as lsp-sample does).
const documentSettings = new Map<string, UcConfigSettings>();
const settingsOf = (doc?: TextDocument): UcConfigSettings => (doc && documentSettings.get(doc.uri)) || settings;

async function pullDocumentSettings(uri: string): Promise<void> {
  if (!canPullConfiguration) return;
  try {
    const [raw] = await connection.workspace.getConfiguration([{ scopeUri: uri, section: SETTINGS_SECTION }]);
    if (documents.get(uri)) documentSettings.set(uri, normalizeSettings(raw));
  } catch {
    /* the window's settings apply */
  }
}

const lookup: Lookup = {
  documents,
  serviceFor: (doc) => {
    // The start of the text lets a pasted dump, certificate, DNS lookup or allow list be recognised by content.
    const kind = kindOfDocument(doc, settingsOf(doc));
    return kind ? services[kind] : undefined;
  },
  context: (doc?: TextDocument): ServiceContext => {
    const s = settingsOf(doc);
    return { settings: s, catalogs, locale: localeOf(s), workspace };
  },
  ready: (doc, others) => parsing.ready(doc, others),
  inSteps: (steps) => inSteps(steps),
};
// Large documents are parsed in steps between requests; every request and validation awaits its parse.
const parsing = createParsing(lookup);
const validator = createValidator(connection, documents, lookup);

connection.onInitialize((params: InitializeParams) => {
  const lang = (params.locale ?? 'en').slice(0, 2);
  clientLocale = lang === 'ko' || lang === 'ja' ? lang : 'en';
  canPullConfiguration = !!params.capabilities.workspace?.configuration;
  canWatchFiles = !!params.capabilities.workspace?.didChangeWatchedFiles?.dynamicRegistration;
  canRefreshLenses = !!params.capabilities.workspace?.codeLens?.refreshSupport;
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

/** The open documents' diagnostics and lenses may read other files: check them again, ask for lenses again. */
function revalidateOpen(): void {
  validator.validateAll();
  if (canRefreshLenses) void connection.sendRequest(CodeLensRefreshRequest.type).catch(() => undefined);
}

// The files the server reads (the three pattern settings) are watched by the client, registered
// dynamically as vscode-eslint and yaml-language-server do, so a change on disk — a save from another
// tool, a closed editor's last save, a rename, a delete — reaches the cross-file rules at once.
let watching: Promise<Disposable> | undefined;
let watchedPatterns = '';
function watchFiles(): void {
  if (!canWatchFiles) return;
  const patterns = [
    ...new Set([
      ...settings.jabberConfigFiles,
      ...settings.appConfigFiles,
      ...settings.settingsFiles,
      ...settings.certificateFiles,
      ...settings.dnsFiles,
      ...settings.allowListFiles,
    ]),
  ]
    .filter((x) => x.length <= 1000)
    .slice(0, 300);
  const key = JSON.stringify(patterns);
  if (key === watchedPatterns) return;
  watchedPatterns = key;
  const previous = watching;
  watching = connection.client.register(DidChangeWatchedFilesNotification.type, { watchers: patterns.map((globPattern) => ({ globPattern })) });
  void previous?.then((d) => d.dispose()).catch(() => undefined);
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
  watchFiles();
  reportPatternProblems();
  void workspace.scan(workspaceFolders);
  revalidateOpen();
});

connection.onDidChangeConfiguration(async (change) => {
  await refreshSettings(change.settings);
  documentSettings.clear();
  await Promise.all(documents.all().map((d) => pullDocumentSettings(d.uri)));
  watchFiles();
  reportPatternProblems();
  void workspace.scan(workspaceFolders);
  revalidateOpen();
});

// A rename arrives as a delete and a create.
connection.onDidChangeWatchedFiles(() => void workspace.rescan().then(revalidateOpen));

connection.onRequest(REVALIDATE_WORKSPACE, async (): Promise<RevalidateWorkspaceResult> => {
  const filesOnDisk = await workspace.scan(workspaceFolders);
  revalidateOpen();
  return { filesOnDisk };
});

documents.onDidOpen(async (e) => {
  await pullDocumentSettings(e.document.uri);
  validator.schedule(e.document, 0);
});
documents.onDidChangeContent((e) => {
  validator.schedule(e.document);
  // Cross-file rules: the other open files may now read differently.
  for (const other of documents.all()) if (other.uri !== e.document.uri && lookup.serviceFor(other)) validator.schedule(other, 400);
});
documents.onDidClose((e) => {
  validator.clear(e.document.uri);
  // Parses of a closed document are released now (a file on disk is read again, bounded, by the workspace scan).
  parsing.forget(e.document);
  forgetDocument(e.document);
  documentSettings.delete(e.document.uri);
  // The closed editor may have held unsaved text the others were checked against: read the file's
  // saved state (or its absence) instead of the copy from start-up.
  if (lookup.serviceFor(e.document)) {
    void workspace.rescan();
    revalidateOpen();
  }
});

registerFeatureHandlers(connection, lookup);
registerRequestHandlers(connection, lookup, workspace);
// The tests' event-loop probe (handlers/eventLoop.ts) is a bundle of its own beside this one, loaded only
// when a test asks for it: the server the user runs carries none of it, and the .vsix does not ship it.
if (process.env.UC_CONFIG_MEASURE_BLOCKS === '1') {
  const probe = createRequire(__filename)(`${__dirname}/eventLoop.js`) as { registerEventLoopProbe: typeof registerEventLoopProbe };
  probe.registerEventLoopProbe(connection);
}

connection.onRequest('ucConfig/documentKind', (p: { uri: string }) => {
  const doc = documents.get(p.uri);
  return (doc ? kindOfDocument(doc, settingsOf(doc)) : documentKind(p.uri, settingsOf(undefined))) ?? null;
});

documents.listen(connection);
connection.listen();
