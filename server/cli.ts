// `uc-config check`: the language server's checks without an editor, for CI pipelines and a fresh
// machine. The same services, the same catalogs, the same diagnostic codes.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { DiagnosticSeverity } from 'vscode-languageserver-types';
import { DEFAULT_SETTINGS, normalizeSettings, type UcConfigSettings } from '../shared/settings';
import { loadCatalogs } from './catalog/catalogs';
import { messagesOf } from './catalog/messages';
import { diskArtifactResults } from './cli/artifacts';
import { toJson, toSarif, toText, type FileResult } from './cli/report';
import { applySeverityOverrides } from './services/diagnostics';
import { documentKind, kindOfContent, kindOfDocument, SNIFFED_EXTENSIONS } from './services/documentKind';
import { settingsFromArtifacts } from './services/expressway/settingsExport';
import { services } from './services/registry';
import type { DocumentKind, Locale, ServiceContext } from './services/types';

export const USAGE = `Usage: uc-config check [options] <files or folders…>
       uc-config settings-from-artifacts <folder> [--out FILE]

Checks jabber-config.xml, EMM app-config (*.appconfig.xml|plist|json) and Expressway/CUCM settings
(*.expressway.yaml|yml|json, *.cucm.yaml|yml|json) files. Exit code 1 when any error is found.

Options:
  --format text|json|sarif   output format (default text)
  --mra                      clients connect over Mobile and Remote Access (MRA checks on)
  --jabber-release X.Y       the Jabber release deployed (default ${DEFAULT_SETTINGS.jabberRelease})
  --locale en|ko|ja          message language (default: from LANG)
  --severity code=level      re-grade or silence a code (error|warning|information|hint|off); repeatable
  --max-warnings N           also exit 1 when there are more than N warnings
  -h, --help                 this text`;

export interface CheckOptions {
  format: 'text' | 'json' | 'sarif';
  settings: UcConfigSettings;
  locale: Locale;
  paths: string[];
  maxWarnings?: number;
}

/** Parses the command line; a string result is a message to print (usage or an error). */
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
  const fail = (message: string) => ({ message: `${message}\n\n${USAGE}`, exitCode: 2 });
  while (args.length) {
    const a = args.shift()!;
    const needsValue = ['--format', '--jabber-release', '--locale', '--severity', '--max-warnings'].includes(a);
    const v = needsValue ? args.shift() : undefined;
    if (needsValue && v === undefined) return fail(`${a} needs a value.`);
    if (a === '-h' || a === '--help') return { message: USAGE, exitCode: 0 };
    if (a === '--format') {
      if (v !== 'text' && v !== 'json' && v !== 'sarif') return fail(`Unknown format '${v}'.`);
      format = v;
    } else if (a === '--mra') raw.mra = 'on';
    else if (a === '--jabber-release') raw.jabberRelease = v;
    else if (a === '--locale') {
      if (v !== 'en' && v !== 'ko' && v !== 'ja') return fail(`Unknown locale '${v}'.`);
      locale = v;
    } else if (a === '--severity') {
      const [code, level] = v!.split('=');
      severity[code] = level;
    } else if (a === '--max-warnings') maxWarnings = parseInt(v!, 10);
    else if (a.startsWith('-')) return fail(`Unknown option '${a}'.`);
    else paths.push(a);
  }
  if (!paths.length) return fail('Name at least one file or folder.');
  return { format, settings: normalizeSettings(raw), locale, paths, maxWarnings };
}

function collect(p: string, settings: UcConfigSettings, out: string[]): void {
  if (!fs.existsSync(p)) throw new Error(`No such file or folder: ${p}`);
  if (!fs.statSync(p).isDirectory()) {
    out.push(p);
    return;
  }
  for (const e of fs.readdirSync(p).sort()) {
    if (e === 'node_modules' || e.startsWith('.')) continue;
    const full = path.join(p, e);
    if (fs.statSync(full).isDirectory()) collect(full, settings, out);
    else if (documentKind(pathToFileURL(path.resolve(full)).toString(), settings) || sniffsAsArtifact(full)) out.push(full);
  }
}

/** Bytes read to recognise an artifact by content (a dump, a status file) whatever its name. */
const SNIFF_BYTES = 65_536;

/** Whether a file in a folder is an Expressway artifact by its first bytes (text files only). */
export function sniffsAsArtifact(file: string): boolean {
  if (!SNIFFED_EXTENSIONS.test(file.replace(/\\/g, '/'))) return false;
  let fd: number | undefined;
  try {
    fd = fs.openSync(file, 'r');
    const buf = Buffer.alloc(SNIFF_BYTES);
    const n = fs.readSync(fd, buf, 0, SNIFF_BYTES, 0);
    return kindOfContent(pathToFileURL(path.resolve(file)).toString(), buf.subarray(0, n).toString('utf8')) !== undefined;
  } catch {
    return false;
  } finally {
    if (fd !== undefined) fs.closeSync(fd);
  }
}

export function runCheck(opts: CheckOptions): { results: FileResult[]; output: string; exitCode: number } {
  const catalogs = loadCatalogs();
  const files: string[] = [];
  for (const p of opts.paths) collect(p, opts.settings, files);
  const docs = files.map((file) => ({ file, doc: TextDocument.create(pathToFileURL(path.resolve(file)).toString(), '', 0, fs.readFileSync(file, 'utf8')) }));
  const workspace = { documents: (kind: DocumentKind) => docs.map((d) => d.doc).filter((d) => kindOfDocument(d, opts.settings) === kind) };
  const ctx: ServiceContext = { settings: opts.settings, catalogs, locale: opts.locale, workspace };
  const results: FileResult[] = docs.map(({ file, doc }) => {
    // A file named on the command line that matches no pattern is checked by its extension.
    const kind: DocumentKind | undefined = kindOfDocument(doc, opts.settings) ?? (file.endsWith('.xml') ? 'jabber-config' : undefined);
    const diagnostics = kind ? applySeverityOverrides(services[kind].validate(doc, ctx), opts.settings.severity) : [];
    diagnostics.sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character);
    return { file, diagnostics };
  });
  results.push(...diskArtifactResults(files, ctx));
  const rules = [...catalogs.diagnostics.values()].map((c) => ({ code: c.code, description: c.description, source: c.source }));
  // English keeps its own wording (one file / files); other languages read the count line from the message data.
  const summary = opts.locale === 'en' ? undefined : (c: Record<string, number>) => messagesOf(ctx, 'common').t('cli.summary', c);
  const output = opts.format === 'json' ? toJson(results) : opts.format === 'sarif' ? toSarif(results, rules) : toText(results, summary);
  const all = results.flatMap((r) => r.diagnostics);
  const errors = all.filter((d) => d.severity === DiagnosticSeverity.Error).length;
  const warnings = all.filter((d) => d.severity === DiagnosticSeverity.Warning).length;
  const exitCode = errors > 0 || (opts.maxWarnings !== undefined && warnings > opts.maxWarnings) ? 1 : 0;
  return { results, output, exitCode };
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
  const files = fs.readdirSync(folder).sort().map((f) => path.join(folder, f)).filter((f) => fs.statSync(f).isFile() && sniffsAsArtifact(f));
  const docs = files.map((file) => TextDocument.create(pathToFileURL(path.resolve(file)).toString(), '', 0, fs.readFileSync(file, 'utf8')));
  const ctx: ServiceContext = { settings, catalogs: loadCatalogs(), locale: 'en', workspace: { documents: (kind: DocumentKind) => docs.filter((d) => kindOfDocument(d, settings) === kind) } };
  const result = settingsFromArtifacts(pathToFileURL(path.resolve(folder, 'any')).toString(), ctx);
  if (!result.text) return { output: `uc-config: no Expressway artifact in ${folder}`, exitCode: 1 };
  if (out) {
    fs.writeFileSync(out, result.text);
    return { output: `${out}: ${result.values} values`, exitCode: 0, written: out };
  }
  return { output: result.text.replace(/\n$/, ''), exitCode: 0 };
}

function main(): void {
  if (process.argv[2] === 'settings-from-artifacts') {
    const r = runSettingsFromArtifacts(process.argv.slice(2));
    (r.exitCode === 2 ? process.stderr : process.stdout).write(r.output + '\n');
    process.exitCode = r.exitCode;
    return;
  }
  const opts = parseArgs(process.argv.slice(2));
  if ('message' in opts) {
    (opts.exitCode ? process.stderr : process.stdout).write(opts.message + '\n');
    process.exitCode = opts.exitCode;
    return;
  }
  try {
    const { output, exitCode } = runCheck(opts);
    process.stdout.write(output + '\n');
    process.exitCode = exitCode;
  } catch (e) {
    process.stderr.write(`uc-config: ${(e as Error).message}\n`);
    process.exitCode = 2;
  }
}

if (require.main === module) main();
