// All catalogs, loaded once per process and shared by every request. Features of other formats
// (EMM app config, settings files) keep their own loaders and reach their data through extra(),
// so this file does not grow with every format.
import { loadDiagnosticCodes, type DiagnosticCodes } from './diagnosticCodes';
import { loadJabberCatalog, type JabberCatalog } from './jabberParameters';
import { loadJabberRules, type JabberRule } from './jabberRules';
import { defaultSchemasDir } from './loadJson';
import { loadJabberOverlay, loadLabels, loadMraOverlay, type CatalogOverlay, type Labels, type MraOverlay } from './l10n';
import { loadMraSupport, type MraSupport } from './mraSupport';

export interface Catalogs {
  schemasDir: string;
  jabber: JabberCatalog;
  jabberRules: JabberRule[];
  mra: MraSupport;
  diagnostics: DiagnosticCodes;
  /** Translated descriptions (ko, ja) of the Jabber catalog; empty for English. */
  jabberText(locale: string): CatalogOverlay;
  mraText(locale: string): MraOverlay;
  labels(locale: string): Labels;
  /** A feature's own catalog, loaded on first use and then kept. */
  extra<T>(key: string, load: (schemasDir: string) => T): T;
}

export function loadCatalogs(schemasDir = defaultSchemasDir()): Catalogs {
  const extras = new Map<string, unknown>();
  let jabber: JabberCatalog | undefined;
  let mra: MraSupport | undefined;
  let jabberRules: JabberRule[] | undefined;
  let diagnostics: DiagnosticCodes | undefined;
  // Lazy getters keep cold start short: a server that only sees settings files never reads the
  // Jabber catalog.
  return {
    schemasDir,
    get jabber() {
      return (jabber ??= loadJabberCatalog(schemasDir));
    },
    get mra() {
      return (mra ??= loadMraSupport(schemasDir));
    },
    get jabberRules() {
      return (jabberRules ??= loadJabberRules(schemasDir));
    },
    get diagnostics() {
      return (diagnostics ??= loadDiagnosticCodes(schemasDir));
    },
    jabberText(locale: string) {
      return this.extra(`jabber-text-${locale}`, (dir) => loadJabberOverlay(dir, locale));
    },
    mraText(locale: string) {
      return this.extra(`mra-text-${locale}`, (dir) => loadMraOverlay(dir, locale));
    },
    labels(locale: string) {
      return this.extra(`labels-${locale}`, (dir) => loadLabels(dir, locale));
    },
    extra<T>(key: string, load: (dir: string) => T): T {
      if (!extras.has(key)) extras.set(key, load(schemasDir));
      return extras.get(key) as T;
    },
  };
}
