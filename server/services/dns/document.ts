// The DNS model of a document, read once per text (formats/documentCache.ts); the server reads a large
// one in steps first (parseInSteps).
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Steps } from '../../core/steps';
import { DocumentCache } from '../../formats/documentCache';
import { readDnsFile, readDnsFileInSteps, type DnsFile } from '../../formats/dns';

const cache = new DocumentCache<DnsFile>(readDnsFile, (text) => readDnsFileInSteps(text));

export function dnsModelOf(doc: TextDocument): DnsFile {
  return cache.get(doc);
}

export function dnsModelInSteps(doc: TextDocument): Steps<void> | undefined {
  return cache.parseInSteps(doc);
}
