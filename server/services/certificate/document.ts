// The certificate model of a document, read once per text (formats/documentCache.ts). A DER or PKCS #12 file reaches the
// server as text in which the editor has already replaced the binary bytes, so for a file: URI
// the bytes are read from disk instead (bounded by size); for any other URI the reader's "binary"
// problem tells the user where to check it.
import * as fs from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { MAX_ARTIFACT_SIZE } from '../../formats/artifact';
import { DocumentCache, onForgetDocument } from '../../formats/documentCache';
import { isBinaryText, readCertificateFile, type CertificateFile } from '../../formats/certificate';

// Keyed by the document and checked against its text as well as its version, released on close; the
// reading itself is the file's last reading by uri below, which the deployment's reading from disk shares.
const cache = new DocumentCache<CertificateFile>((text, doc) => certificateFileAt(doc.uri, text));

export function certificateModelOf(doc: TextDocument): CertificateFile {
  return cache.get(doc);
}

/**
 * The last reading of each certificate file, by uri, kept while its text is the same: the certificate
 * service (the file's own checks) and the deployment (the file read from disk beside the dumps) ask
 * for the same file, and the CLI asks both in one run, so each text is parsed once. The result is
 * shared: nothing may change it. A file read from disk has no TextDocument, hence a map by uri beside
 * the DocumentCache, dropped with the document on close (onForgetDocument).
 */
const byUri = new Map<string, { text: string; file: CertificateFile }>();
const MAX_REMEMBERED = 500;
// A closed editor's text is not kept (a file on disk is read again when a deployment asks for it).
onForgetDocument((doc) => byUri.delete(doc.uri));

export function certificateFileAt(uri: string, text: string, bytes?: Uint8Array): CertificateFile {
  const hit = byUri.get(uri);
  if (hit && hit.text === text) return hit.file;
  const file = readCertificateDocument(uri, text, bytes);
  if (byUri.size >= MAX_REMEMBERED) byUri.delete(byUri.keys().next().value as string);
  byUri.set(uri, { text, file });
  return file;
}

/** Reads a certificate document: its text, or for a binary file on disk, its bytes (read here unless given). */
export function readCertificateDocument(uri: string, text: string, given?: Uint8Array): CertificateFile {
  if (text.length <= MAX_ARTIFACT_SIZE && uri.startsWith('file:') && isBinaryText(text) && !text.includes('-----BEGIN ')) {
    if (given) return readCertificateFile(given);
    const size = fileSize(uri);
    if (size !== undefined && size > MAX_ARTIFACT_SIZE) {
      return {
        items: [],
        privateKeys: [],
        problems: [{ code: 'cert-too-large', start: 0, end: 0, args: { size: String(size), limit: String(MAX_ARTIFACT_SIZE) } }],
        encoding: 'none',
      };
    }
    const bytes = size === undefined ? undefined : readBytes(uri);
    if (bytes) return readCertificateFile(bytes);
  }
  return readCertificateFile(text);
}

function fileSize(uri: string): number | undefined {
  try {
    return fs.statSync(fileURLToPath(uri)).size;
  } catch {
    return undefined;
  }
}

/** The bytes of a file on disk, or undefined when it cannot be read. */
function readBytes(uri: string): Uint8Array | undefined {
  try {
    return fs.readFileSync(fileURLToPath(uri));
  } catch {
    return undefined;
  }
}
