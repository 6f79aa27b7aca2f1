// The DNS model of a document, read once per version.
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { readDnsFile, type DnsFile } from '../../formats/dns';

const cache = new WeakMap<TextDocument, { version: number; file: DnsFile }>();

export function dnsModelOf(doc: TextDocument): DnsFile {
  const hit = cache.get(doc);
  if (hit && hit.version === doc.version) return hit.file;
  const file = readDnsFile(doc.getText());
  cache.set(doc, { version: doc.version, file });
  return file;
}
