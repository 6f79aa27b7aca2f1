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
import { toJson, toSarif, toText, type FileResult } from './cli/report';
import { applySeverityOverrides, capDiagnostics } from './services/diagnostics';
import { documentKind } from './services/documentKind';
import { services } from './services/registry';
import type { DocumentKind, Locale, ServiceContext } from './services/types';

export const USAGE = `Usage: uc-config check [options] <files or folders…>

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
    else if (documentKind(pathToFileURL(path.resolve(full)).toString(), settings)) out.push(full);
  }
}

export function runCheck(opts: CheckOptions): { results: FileResult[]; output: string; exitCode: number } {
  const catalogs = loadCatalogs();
  const files: string[] = [];
  for (const p of opts.paths) collect(p, opts.settings, files);
  const docs = files.map((file) => ({ file, doc: TextDocument.create(pathToFileURL(path.resolve(file)).toString(), '', 0, fs.readFileSync(file, 'utf8')) }));
  const workspace = { documents: (kind: DocumentKind) => docs.map((d) => d.doc).filter((d) => documentKind(d.uri, opts.settings) === kind) };
  const ctx: ServiceContext = { settings: opts.settings, catalogs, locale: opts.locale, workspace };
  const results: FileResult[] = docs.map(({ file, doc }) => {
    // A file named on the command line that matches no pattern is checked by its extension.
    const kind: DocumentKind | undefined = documentKind(doc.uri, opts.settings) ?? (file.endsWith('.xml') ? 'jabber-config' : undefined);
    const diagnostics = kind ? capDiagnostics(applySeverityOverrides(services[kind].validate(doc, ctx), opts.settings.severity), ctx) : [];
    diagnostics.sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character);
    return { file, diagnostics };
  });
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

function main(): void {
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
