// Every diagnostic code UC Config can emit, from schemas/diagnostics/*.json (one file per family).
import * as fs from 'node:fs';
import * as path from 'node:path';

export type DefaultSeverity = 'error' | 'warning' | 'information' | 'hint';

export interface DiagnosticCodeSpec {
  code: string;
  family: string;
  severity: DefaultSeverity;
  message: { en: string; ko?: string; ja?: string };
  description: string;
  tags?: ('unnecessary' | 'deprecated')[];
  source: string;
}

export type DiagnosticCodes = Map<string, DiagnosticCodeSpec>;

export function loadDiagnosticCodes(schemasDir: string): DiagnosticCodes {
  const dir = path.join(schemasDir, 'diagnostics');
  const codes: DiagnosticCodes = new Map();
  for (const f of fs
    .readdirSync(dir)
    .filter((n) => n.endsWith('.json'))
    .sort()) {
    const data = JSON.parse(fs.readFileSync(path.join(dir, f), 'utf8')) as { family: string; codes: Omit<DiagnosticCodeSpec, 'family'>[] };
    for (const c of data.codes) {
      // A code defined twice would make severity overrides ambiguous; the first definition wins and
      // test/unit/catalog.test.ts fails on the duplicate.
      if (!codes.has(c.code)) codes.set(c.code, { ...c, family: data.family });
    }
  }
  return codes;
}
