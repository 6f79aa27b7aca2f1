// Shared set-up for the certificate, DNS and allow-list tests: a ServiceContext, documents of each
// kind, and the fixtures (test/fixtures/certs, written by scripts/fixtures/make-certs.sh) and the
// real examples of ../shared/corpus/expressway.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { loadCatalogs } from '../../server/catalog/catalogs';
import type { ServiceContext } from '../../server/services/types';
import { DEFAULT_SETTINGS } from '../../shared/settings';

export const catalogs = loadCatalogs(path.resolve(__dirname, '../../schemas'));
export const FIXTURES = path.resolve(__dirname, '../fixtures/certs');
export const CORPUS = path.resolve(__dirname, '../../../shared/corpus/expressway');

export const fixture = (name: string) => fs.readFileSync(path.join(FIXTURES, name), 'utf8');
export const fixtureBytes = (name: string) => fs.readFileSync(path.join(FIXTURES, name));
export const corpus = (rel: string) => fs.readFileSync(path.join(CORPUS, rel), 'utf8');
export const corpusFiles = (dir: string) => fs.readdirSync(path.join(CORPUS, dir)).sort();

let version = 1;
export function doc(uri: string, text: string): TextDocument {
  return TextDocument.create(uri, 'plaintext', version++, text);
}

export function context(locale: 'en' | 'ko' | 'ja' = 'en'): ServiceContext {
  return { settings: { ...DEFAULT_SETTINGS }, catalogs, locale, workspace: { documents: () => [] } };
}

/** Every line of a PEM body, for asserting that none of it is ever echoed. */
export const pemBodyLines = (pem: string) => pem.split(/\r?\n/).filter((l) => l && !l.startsWith('-----'));
