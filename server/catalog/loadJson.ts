import * as fs from 'node:fs';
import * as path from 'node:path';

/**
 * Where schemas/ lives at run time. The bundles sit in dist/, the sources in server/catalog/;
 * both are two levels or one level below the project root, so we look upwards for schemas/.
 */
export function defaultSchemasDir(): string {
  const candidates = [path.resolve(__dirname, '..', 'schemas'), path.resolve(__dirname, '..', '..', 'schemas'), path.resolve(process.cwd(), 'schemas')];
  return candidates.find((d) => fs.existsSync(path.join(d, 'diagnostics'))) ?? candidates[0];
}

export function readJson<T>(schemasDir: string, file: string): T {
  return JSON.parse(fs.readFileSync(path.join(schemasDir, file), 'utf8')) as T;
}

/** Like readJson, but a data file another feature has not shipped yet reads as the fallback. */
export function readJsonIfPresent<T>(schemasDir: string, file: string, fallback: T): T {
  const p = path.join(schemasDir, file);
  return fs.existsSync(p) ? (JSON.parse(fs.readFileSync(p, 'utf8')) as T) : fallback;
}
