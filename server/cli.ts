// `uc-config check`: the language server's checks without an editor, for CI pipelines and a fresh
// machine. The same services, the same catalogs, the same diagnostic codes.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { DiagnosticSeverity } from 'vscode-languageserver-types';
import { DEFAULT_SETTINGS, normalizeSettings, type UcConfigSettings } from '../shared/settings';
import { SNIFFABLE } from '../shared/documentKind';
import { loadCatalogs } from './catalog/catalogs';
import { messagesOf } from './catalog/messages';
import { packageInfo } from './cli/packageInfo';
import { sourcePlainText } from './catalog/sources';
import { diskArtifactResults } from './cli/artifacts';
import { toJson, toSarif, toText, type FileResult } from './cli/report';
import { applySeverityOverrides, capDiagnostics, makeDiagnostic } from './catalog/diagnostics';
import { contentKind, documentKind, kindOfDocument, NAMED_FILE_SNIFFERS, SNIFF_LIMIT, SNIFFED_EXTENSIONS } from './services/documentKind';
import { redactUrls } from './core/secrets';
import { settingsFromArtifacts } from './services/expressway/settingsExport';
import { services } from './services/registry';
import type { DocumentKind, Locale, ServiceContext } from './services/types';
import type { WorkspaceView } from './catalog/context';

export const USAGE = `Usage: uc-config check [options] <files or folders…>
       uc-config --version | --help
       uc-config settings-from-artifacts <folder> [--out FILE]

Checks jabber-config.xml, EMM app-config (*.appconfig.xml|plist|json) and Expressway/CUCM settings
(*.expressway.yaml|yml|json, *.cucm.yaml|yml|json) files, and what Expressway admins hold: xConfiguration
and xStatus output, status.xml, certificates and CSRs, the HTTP allow-list CSV, nslookup/dig output and
DNS zone files. Folders are searched for those names and for files of any name whose content is one of
these (a <config version="1.0"> root with Jabber groups is a jabber-config, whatever it is called). The
artifacts of one folder form one deployment. A file named here that is none of them is reported as a warning.

Options (a value may follow a space or "=": --format sarif, --format=sarif):
  --format text|json|sarif   output format (default text); SARIF 2.1.0 for GitHub code scanning
  --mra                      clients connect over Mobile and Remote Access (MRA checks on)
  --jabber-release X.Y       the Jabber release deployed (default ${DEFAULT_SETTINGS.jabberRelease})
  --locale en|ko|ja          message language (default: from LANG)
  --severity code=level      re-grade or silence a code (error|warning|information|hint|off); repeatable
  --max-warnings N           also exit 1 when there are more than N warnings (N a whole number ≥ 0)
  -v, --version              print the version
  -h, --help                 this text

Exit codes:
  0  no errors, and no more warnings than --max-warnings allows
  1  at least one error, or more warnings than --max-warnings
  2  the check could not run: a wrong option or value, a missing file or folder, an internal failure`;

export interface CheckOptions {
  format: 'text' | 'json' | 'sarif';
  settings: UcConfigSettings;
  locale: Locale;
  paths: string[];
  maxWarnings?: number;
  /** The run's root, which SARIF file URIs are relative to (default: the current directory). */
  root?: string;
}

const VALUE_OPTIONS = ['--format', '--jabber-release', '--locale', '--severity', '--max-warnings'];
const LEVELS = ['error', 'warning', 'information', 'hint', 'off'];

/** Parses the command line; a message result is printed instead of a check (usage, version or an error). */
export function parseArgs(argv: string[], env: NodeJS.ProcessEnv = process.env): CheckOptions | { message: string; exitCode: number } {
  const args = [...argv];
  if (args[0] === 'check') args.shift();
  const severity: Record<string, string> = {};
  const raw: Record<string, unknown> = { severity };
  const envLang = (env.LC_ALL || env.LC_MESSAGES || env.LANG || 'en').slice(0, 2);
  let locale: Locale = envLang === 'ko' || envLang === 'ja' ? envLang : 'en';
  let format: CheckOptions['format'] = 'text';
  let maxWarnings: number | undefined;
  const paths: string[] = [];
  const fail = (message: string) => ({ message: `uc-config: ${message}\n\n${USAGE}`, exitCode: 2 });
  let optionsEnded = false;
  while (args.length) {
    let a = args.shift()!;
    if (optionsEnded || a === '-' || !a.startsWith('-')) {
      paths.push(a);
      continue;
    }
    if (a === '--') {
      optionsEnded = true;
      continue;
    }
    // --name=value is the same as --name value (as ESLint, npm and git take both).
    let v: string | undefined;
    const eq = a.indexOf('=');
    if (a.startsWith('--') && eq > 0) {
      v = a.slice(eq + 1);
      a = a.slice(0, eq);
      if (!VALUE_OPTIONS.includes(a)) return fail(a === '--mra' || a === '--help' || a === '--version' ? `${a} takes no value.` : `Unknown option '${a}'.`);
    } else if (VALUE_OPTIONS.includes(a)) {
      v = args.shift();
      if (v === undefined) return fail(`${a} needs a value.`);
    }
    if (a === '-h' || a === '--help') return { message: USAGE, exitCode: 0 };
    if (a === '-v' || a === '--version') return { message: packageInfo().version, exitCode: 0 };
    if (a === '--format') {
      if (v !== 'text' && v !== 'json' && v !== 'sarif') return fail(`Unknown format '${v}': use text, json or sarif.`);
      format = v;
    } else if (a === '--mra') raw.mra = 'on';
    else if (a === '--jabber-release') {
      if (!/^\d+(\.\d+)*$/.test(v!)) return fail(`--jabber-release takes a release number such as 14.1, not '${v}'.`);
      raw.jabberRelease = v;
    } else if (a === '--locale') {
      if (v !== 'en' && v !== 'ko' && v !== 'ja') return fail(`Unknown locale '${v}': use en, ko or ja.`);
      locale = v;
    } else if (a === '--severity') {
      const m = /^([^=\s]+)=(\w+)$/.exec(v!);
      if (!m || !LEVELS.includes(m[2])) return fail(`--severity takes code=level with a level of ${LEVELS.join(', ')}, not '${v}'.`);
      severity[m[1]] = m[2];
    } else if (a === '--max-warnings') {
      if (!/^\d+$/.test(v!) || !Number.isSafeInteger(Number(v))) return fail(`--max-warnings takes a whole number of 0 or more, not '${v}'.`);
      maxWarnings = Number(v);
    } else return fail(`Unknown option '${a}'.`);
  }
  if (!paths.length) return fail('Name at least one file or folder.');
  return { format, settings: normalizeSettings(raw), locale, paths, maxWarnings };
}

interface Collected {
  file: string;
  /** Named on the command line (not found by walking a folder). */
  named: boolean;
  /** The file's URI (computed once). */
  uri: string;
  /** Its kind by the user's patterns, or by content for a file found in a folder. */
  kind?: DocumentKind;
  /** The whole text, when recognising the file by content already read all of it. */
  text?: string;
}

function collect(p: string, settings: UcConfigSettings, out: Collected[], named = true): void {
  if (!fs.existsSync(p)) throw new Error(`No such file or folder: ${p}`);
  if (!fs.statSync(p).isDirectory()) {
    const uri = pathToFileURL(path.resolve(p)).toString();
    out.push({ file: p, named, uri, kind: documentKind(uri, settings) });
    return;
  }
  // One listing with the entries' types: a stat per entry only for a symbolic link (whose target decides).
  const entries = fs.readdirSync(p, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const e of entries) {
    if (e.name === 'node_modules' || e.name.startsWith('.')) continue;
    const full = path.join(p, e.name);
    const isDirectory = e.isSymbolicLink() ? fs.statSync(full).isDirectory() : e.isDirectory();
    if (isDirectory) {
      collect(full, settings, out, false);
      continue;
    }
    // (pathToFileURL resolves a relative path itself.)
    const uri = pathToFileURL(full).toString();
    const kind = documentKind(uri, settings);
    if (kind) {
      out.push({ file: full, named: false, uri, kind });
      continue;
    }
    const sniffed = sniffFile(full, uri);
    if (sniffed) out.push({ file: full, named: false, uri, ...sniffed });
  }
}

/** Whether a file in a folder is one of ours by its first bytes (text files only), whatever its name. */
export function sniffs(file: string): boolean {
  return sniffFile(file, pathToFileURL(path.resolve(file)).toString()) !== undefined;
}

let sniffBuffer: Buffer | undefined;

/**
 * The kind a file's first bytes show (text files of the names admins save artifacts under), and the
 * whole text when the file is no longer than what is read to tell: a small file is then read once.
 */
function sniffFile(file: string, uri: string): { kind: DocumentKind; text?: string } | undefined {
  // The names the editor reads by content: configuration formats and dumps, and certificate, DNS and allow-list text (an allow-list CSV of any name).
  const p = file.replace(/\\/g, '/');
  if (!SNIFFED_EXTENSIONS.test(p) && !SNIFFABLE.test(p)) return undefined;
  let fd: number | undefined;
  try {
    fd = fs.openSync(file, 'r');
    // One buffer for every file (its bytes are decoded into a string before the next): a new 64 KB buffer per file
    // made garbage collections of the memory outside V8's heap.
    const buf = (sniffBuffer ??= Buffer.allocUnsafe(SNIFF_LIMIT + 1));
    const n = fs.readSync(fd, buf, 0, SNIFF_LIMIT + 1, 0);
    const whole = n <= SNIFF_LIMIT;
    const head = buf.subarray(0, Math.min(n, SNIFF_LIMIT)).toString('utf8');
    const kind = contentKind(uri, head);
    return kind && (whole ? { kind, text: head } : { kind });
  } catch {
    return undefined;
  } finally {
    if (fd !== undefined) fs.closeSync(fd);
  }
}

/** The catalogs, loaded once per process (a command-line run loads them once; tests and the bench run several checks). */
let catalogsOnce: ReturnType<typeof loadCatalogs> | undefined;

export function runCheck(opts: CheckOptions): { results: FileResult[]; output: string; exitCode: number; kinds: DocumentKind[] } {
  const catalogs = (catalogsOnce ??= loadCatalogs());
  const files: Collected[] = [];
  for (const p of opts.paths) collect(p, opts.settings, files);
  // The kind by name (the user's patterns), else by content: one answer per file, used for the
  // file itself and for the cross-file rules that look for other files of a kind.
  const docs = files.map(({ file, named, uri, kind: known, text }) => {
    const doc = TextDocument.create(uri, '', 0, text ?? fs.readFileSync(file, 'utf8'));
    const kind: DocumentKind | undefined = known ?? contentKind(doc.uri, doc.getText(), named ? NAMED_FILE_SNIFFERS : undefined);
    return { file, named, doc, kind };
  });
  // One run reads the files once: nothing changes under it, so each folder is listed once (unchanging).
  const byKind = new Map<DocumentKind, TextDocument[]>();
  const byUri = new Map<string, TextDocument>();
  for (const d of docs) {
    byUri.set(d.doc.uri, d.doc);
    if (!d.kind) continue;
    const list = byKind.get(d.kind);
    if (list) list.push(d.doc);
    else byKind.set(d.kind, [d.doc]);
  }
  const workspace: WorkspaceView = {
    documents: (kind: DocumentKind) => byKind.get(kind)?.slice() ?? [],
    unchanging: true,
    document: (uri) => byUri.get(uri),
  };
  const ctx: ServiceContext = { settings: opts.settings, catalogs, locale: opts.locale, workspace };
  const start = { line: 0, character: 0 };
  const results: FileResult[] = docs.map(({ file, named, doc, kind }) => {
    // A file named on the command line that is none of ours is said so, as ESLint does for an ignored file.
    const found = kind ? services[kind].validate(doc, ctx) : named ? [makeDiagnostic(ctx, 'file-not-checked', { start, end: start })] : [];
    const diagnostics = capDiagnostics(applySeverityOverrides(found, opts.settings.severity), ctx);
    diagnostics.sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character);
    return { file, diagnostics, ...(kind ? {} : { ignored: true }) };
  });
  results.push(
    ...diskArtifactResults(
      files.map((f) => f.uri),
      ctx,
    ),
  );
  // The rules' descriptions and sources are only written into SARIF.
  const rules = () =>
    [...catalogs.diagnostics.values()].map((c) => ({
      code: c.code,
      description: c.description,
      source: sourcePlainText(catalogs, c.source, 'en'),
      severity: c.severity,
    }));
  // English keeps its own wording (one file / files); other languages read the count line from the message data.
  const summary = opts.locale === 'en' ? undefined : (c: Record<string, number>) => messagesOf(ctx, 'common').t('cli.summary', c);
  const output =
    opts.format === 'json'
      ? toJson(results)
      : opts.format === 'sarif'
        ? toSarif(results, rules(), { root: opts.root ?? process.cwd(), ...packageInfo() })
        : toText(results, summary);
  const all = results.flatMap((r) => r.diagnostics);
  const errors = all.filter((d) => d.severity === DiagnosticSeverity.Error).length;
  const warnings = all.filter((d) => d.severity === DiagnosticSeverity.Warning).length;
  const exitCode = errors > 0 || (opts.maxWarnings !== undefined && warnings > opts.maxWarnings) ? 1 : 0;
  return { results, output, exitCode, kinds: [...byKind.keys()].sort() };
}

export const SETTINGS_USAGE = `Usage: uc-config settings-from-artifacts <folder> [--out FILE]

Writes the settings YAML that the folder's Expressway artifacts (xConfiguration dumps, xStatus or
status.xml, certificates) describe, each value annotated with the file and line it came from.
Without --out the YAML goes to standard output.`;

/** `uc-config settings-from-artifacts <folder>`: the deployment's settings YAML (exit 1 when the folder holds no artifact). */
export function runSettingsFromArtifacts(argv: string[]): { output: string; exitCode: number; written?: string } {
  const args = argv[0] === 'settings-from-artifacts' ? argv.slice(1) : argv;
  const outAt = args.indexOf('--out');
  const out = outAt >= 0 ? args[outAt + 1] : undefined;
  const folder = args.find((a, i) => !a.startsWith('-') && (outAt < 0 || i !== outAt + 1));
  if (!folder || args.includes('-h') || args.includes('--help') || (outAt >= 0 && !out)) return { output: SETTINGS_USAGE, exitCode: folder ? 0 : 2 };
  if (!fs.existsSync(folder) || !fs.statSync(folder).isDirectory()) return { output: `uc-config: not a folder: ${folder}`, exitCode: 2 };
  const settings = normalizeSettings({});
  const files = fs
    .readdirSync(folder)
    .sort()
    .map((f) => path.join(folder, f))
    .filter((f) => fs.statSync(f).isFile() && sniffs(f));
  const docs = files.map((file) => TextDocument.create(pathToFileURL(path.resolve(file)).toString(), '', 0, fs.readFileSync(file, 'utf8')));
  const ctx: ServiceContext = {
    settings,
    catalogs: loadCatalogs(),
    locale: 'en',
    workspace: { documents: (kind: DocumentKind) => docs.filter((d) => kindOfDocument(d, settings) === kind) },
  };
  const result = settingsFromArtifacts(pathToFileURL(path.resolve(folder, 'any')).toString(), ctx);
  if (!result.text) {
    // A deployment is one folder: a parent of several names them rather than saying there is nothing.
    const deployments = fs
      .readdirSync(folder, { withFileTypes: true })
      .filter(
        (e) =>
          e.isDirectory() &&
          fs.readdirSync(path.join(folder, e.name)).some((f) => fs.statSync(path.join(folder, e.name, f)).isFile() && sniffs(path.join(folder, e.name, f))),
      )
      .map((e) => e.name)
      .sort();
    const hint = deployments.length
      ? ` (each deployment is one folder: name one of ${deployments.slice(0, 10).join(', ')}${deployments.length > 10 ? ', …' : ''})`
      : '';
    return { output: `uc-config: no Expressway artifact in ${folder}${hint}`, exitCode: 1 };
  }
  if (out) {
    fs.writeFileSync(out, result.text);
    return { output: `${out}: ${result.values} values`, exitCode: 0, written: out };
  }
  return { output: result.text.replace(/\n$/, ''), exitCode: 0 };
}

/**
 * Runs the command line. Returns what the run used (the kinds of file checked and the output format,
 * or the settings export), so that dist/cli.js keeps the code of each in V8's code cache; nothing for
 * usage, version or a wrong option.
 */
export function main(): string[] {
  if (process.argv[2] === 'settings-from-artifacts') {
    const r = runSettingsFromArtifacts(process.argv.slice(2));
    (r.exitCode === 2 ? process.stderr : process.stdout).write(r.output + '\n');
    process.exitCode = r.exitCode;
    return ['settings-from-artifacts'];
  }
  const opts = parseArgs(process.argv.slice(2));
  if ('message' in opts) {
    (opts.exitCode ? process.stderr : process.stdout).write(opts.message + '\n');
    process.exitCode = opts.exitCode;
    return [];
  }
  try {
    const { output, exitCode, kinds } = runCheck(opts);
    process.stdout.write(output + '\n');
    process.exitCode = exitCode;
    return [...kinds, opts.format];
  } catch (e) {
    process.stderr.write(redactUrls(`uc-config: ${(e as Error).message}\n`));
    process.exitCode = 2;
    return [];
  }
}

// dist/cli.js (server/cli/launch.ts) loads this bundle, dist/cli-core.js, and calls main; run directly, it checks as well.
if (require.main === module) main();
