// Certificates and certificate signing requests, as PEM text (one or several blocks, with any text
// around them: a chain, `show cert own` output) or as DER bytes (.der/.cer files the CLI reads).
// The structure is walked by the small bounded DER reader in der.ts, which also reads what Node's
// crypto.X509Certificate does not expose (the XmppAddr otherName SAN, the signature digest, CSRs).
// X509Certificate and createPublicKey cost 0.3-0.4 ms each per certificate here (OpenSSL 3 decoders),
// so a bundle of 150 CA certificates would block the editor for well over 50 ms; the DER walk takes a
// fraction of that, and the tests compare every field with X509Certificate on every fixture. Private keys are located, never decoded: only
// their span is kept, so no key material can reach a message, hover, log or report.
import { createHash } from 'node:crypto';
import { MAX_ARTIFACT_SIZE, type ArtifactProblem, type Span } from './artifact';
import { children, nameOf, oidOf, readTlv, stringOf, TAG, timeOf, type Tlv } from './der';

export interface CertName {
  type: 'DNS' | 'IP' | 'XmppAddr' | 'URI' | 'email' | 'other';
  value: string;
}

export interface CertificateInfo {
  kind: 'certificate' | 'csr';
  range: Span;
  subject: string;
  subjectCN?: string;
  issuer?: string;
  selfSigned?: boolean;
  sans: CertName[];
  keyType?: string;
  keyBits?: number;
  signatureDigest?: string;
  validFrom?: string;
  validTo?: string /* ISO */;
  eku?: { serverAuth: boolean; clientAuth: boolean; other: string[] };
  isCA?: boolean;
  fingerprint256?: string;
  /** Optional extras. */
  /** The PEM label (CERTIFICATE, CERTIFICATE REQUEST, …); absent for DER. */
  label?: string;
  /** The BEGIN line (where a lens or hover belongs); for DER the whole file. */
  headerRange?: Span;
  issuerCN?: string;
  /** The named curve of an EC key (prime256v1, secp384r1, …). */
  curve?: string;
  /** More names were in the certificate than are kept (MAX_NAMES). */
  sansTruncated?: boolean;
  /** Filled in by the deployment model: the Expressway or node this certificate was matched to by its names. */
  matchedTo?: string;
}

export interface CertificateFile {
  items: CertificateInfo[];
  privateKeys: Span[];
  problems: ArtifactProblem[];
  /** Optional extras. */
  /** How the content was read: PEM text, DER bytes, or not at all (binary shown as text, too large, junk). */
  encoding?: 'pem' | 'der' | 'none';
}

/** A name as the settings files and Expressway's UI write it ("DNS:name", "XMPPAddress:name", "IP:address"),
 *  for mapping a certificate onto the settings model's subjectAlternativeNames. */
export function sanText(n: CertName): string {
  const prefix = { DNS: 'DNS', IP: 'IP', XmppAddr: 'XMPPAddress', URI: 'URI', email: 'email', other: 'other' }[n.type];
  return `${prefix}:${n.value}`;
}

/** Blocks read per file; a bundle of thousands of CA certificates is cut here with a message. */
export const MAX_BLOCKS = 200;
/** Names kept per certificate. */
export const MAX_NAMES = 1000;

const CERT_LABELS = new Set(['CERTIFICATE', 'TRUSTED CERTIFICATE', 'X509 CERTIFICATE']);
const CSR_LABELS = new Set(['CERTIFICATE REQUEST', 'NEW CERTIFICATE REQUEST']);
/** PKCS #7 / CMS bundles, as CAs return a chain (.p7b): the certificates inside are read. */
const PKCS7_LABELS = new Set(['PKCS7', 'CMS', 'PKCS #7 SIGNED DATA']);
const KEY_LABEL = /PRIVATE KEY$/;

const OID = {
  san: '2.5.29.17',
  eku: '2.5.29.37',
  basicConstraints: '2.5.29.19',
  subjectKeyId: '2.5.29.14',
  authorityKeyId: '2.5.29.35',
  extensionRequest: '1.2.840.113549.1.9.14',
  xmppAddr: '1.3.6.1.5.5.7.8.5',
  serverAuth: '1.3.6.1.5.5.7.3.1',
  clientAuth: '1.3.6.1.5.5.7.3.2',
  pkcs7data: '1.2.840.113549.1.7.1',
  pkcs7signedData: '1.2.840.113549.1.7.2',
};

const DIGEST_OF_SIGNATURE: Record<string, string> = {
  '1.2.840.113549.1.1.4': 'MD5',
  '1.2.840.113549.1.1.5': 'SHA-1',
  '1.2.840.113549.1.1.14': 'SHA-224',
  '1.2.840.113549.1.1.11': 'SHA-256',
  '1.2.840.113549.1.1.12': 'SHA-384',
  '1.2.840.113549.1.1.13': 'SHA-512',
  '1.2.840.10045.4.1': 'SHA-1',
  '1.2.840.10045.4.3.1': 'SHA-224',
  '1.2.840.10045.4.3.2': 'SHA-256',
  '1.2.840.10045.4.3.3': 'SHA-384',
  '1.2.840.10045.4.3.4': 'SHA-512',
  '1.2.840.10040.4.3': 'SHA-1',
  '2.16.840.1.101.3.4.3.2': 'SHA-256',
};
const NAMED_SIGNATURES: Record<string, string> = { '1.3.101.112': 'Ed25519', '1.3.101.113': 'Ed448', '1.2.840.113549.1.1.10': 'RSASSA-PSS' };
const EKU_NAMES: Record<string, string> = {
  '1.3.6.1.5.5.7.3.3': 'codeSigning',
  '1.3.6.1.5.5.7.3.4': 'emailProtection',
  '1.3.6.1.5.5.7.3.8': 'timeStamping',
  '1.3.6.1.5.5.7.3.9': 'OCSPSigning',
  '1.3.6.1.5.5.7.3.17': 'ipsecIKE',
  '2.5.29.37.0': 'anyExtendedKeyUsage',
};
const CURVE_BITS: Record<string, number> = { prime256v1: 256, secp256k1: 256, secp384r1: 384, secp521r1: 521, secp224r1: 224, prime192v1: 192 };

const problem = (code: string, span: Span, args?: Record<string, string>): ArtifactProblem =>
  args ? { code, start: span.start, end: span.end, args } : { code, start: span.start, end: span.end };

/** Reads a certificate file: PEM text (a string, or bytes holding PEM) or DER bytes. Never throws. */
export function readCertificateFile(data: string | Uint8Array): CertificateFile {
  const size = data.length;
  if (size > MAX_ARTIFACT_SIZE) {
    return {
      items: [],
      privateKeys: [],
      problems: [problem('cert-too-large', { start: 0, end: 0 }, { size: String(size), limit: String(MAX_ARTIFACT_SIZE) })],
      encoding: 'none',
    };
  }
  if (typeof data !== 'string') {
    // Bytes that are text (PEM, or a text file with a certificate's name) are read as text.
    if (looksLikeText(data)) return readCertificateFile(Buffer.from(data.buffer, data.byteOffset, data.byteLength).toString('latin1'));
    return readDer(data);
  }
  if (data.includes('-----BEGIN ')) return readPem(data);
  const whole = { start: 0, end: Math.min(data.length, lineEnd(data, 0)) };
  if (isBinaryText(data)) return { items: [], privateKeys: [], problems: [problem('cert-binary-file', whole)], encoding: 'none' };
  if (!data.trim()) return { items: [], privateKeys: [], problems: [], encoding: 'none' };
  return { items: [], privateKeys: [], problems: [problem('cert-no-pem-block', whole)], encoding: 'none' };
}

function looksLikeText(bytes: Uint8Array): boolean {
  const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.byteLength, 65536)).toString('latin1');
  return head.includes('-----BEGIN ') || (bytes.byteLength > 0 && bytes.every((b) => b === 9 || b === 10 || b === 13 || (b >= 32 && b < 127)));
}

/** Text that holds what a binary file turns into when opened as text: NULs, replacement characters, control bytes. */
export function isBinaryText(text: string): boolean {
  const n = Math.min(text.length, 4096);
  let odd = 0;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c === 0 || c === 0xfffd) return true;
    if (c < 32 && c !== 9 && c !== 10 && c !== 13) odd++;
  }
  return odd > 0 && odd * 20 > n;
}

const lineEnd = (text: string, from: number) => {
  const i = text.indexOf('\n', from);
  return i < 0 ? text.length : i > from && text[i - 1] === '\r' ? i - 1 : i;
};

const MARKER = /-----(BEGIN|END) ([A-Z0-9 #-]{1,60})-----/g;

/** Reads PEM text in one pass over its BEGIN/END markers (a file of thousands of unclosed BEGIN lines
 *  costs one scan, not one scan per line). */
function readPem(text: string): CertificateFile {
  const out: CertificateFile = { items: [], privateKeys: [], problems: [], encoding: 'pem' };
  let open: { label: string; header: Span } | undefined;
  const unterminated = (o: { label: string; header: Span }, end: number) => {
    if (KEY_LABEL.test(o.label)) {
      out.privateKeys.push({ start: o.header.start, end });
      out.problems.push(problem('cert-private-key', o.header));
    } else out.problems.push(problem('cert-pem-unterminated', o.header, { label: o.label }));
  };
  const addItem = (item: CertificateInfo, label: string, header: Span) => {
    item.label = label;
    item.headerRange = header;
    out.items.push(item);
    if (item.sansTruncated) out.problems.push(problem('cert-too-many-names', header, { limit: String(MAX_NAMES) }));
  };
  MARKER.lastIndex = 0;
  for (let m = MARKER.exec(text); m; m = MARKER.exec(text)) {
    const span = { start: m.index, end: m.index + m[0].length };
    if (m[1] === 'BEGIN') {
      // A BEGIN inside an open block means that block was cut off.
      if (open) unterminated(open, span.start);
      open = { label: m[2], header: span };
      if (out.problems.length + out.items.length + out.privateKeys.length >= MAX_BLOCKS) {
        out.problems.push(problem('cert-too-many-blocks', span, { limit: String(MAX_BLOCKS) }));
        open = undefined;
        break;
      }
      continue;
    }
    if (!open || m[2] !== open.label) continue;
    const { label, header } = open;
    open = undefined;
    const range = { start: header.start, end: span.end };
    if (KEY_LABEL.test(label)) {
      out.privateKeys.push(range);
      out.problems.push(problem('cert-private-key', header));
      continue;
    }
    if (PKCS7_LABELS.has(label)) {
      const der = base64Body(text.slice(header.end, span.start));
      const certs = der && certificatesOfPkcs7(der, range);
      if (!certs) out.problems.push(problem('cert-malformed-pem', header, { label }));
      else for (const item of certs) addItem(item, label, header);
      continue;
    }
    const isCert = CERT_LABELS.has(label);
    if (!isCert && !CSR_LABELS.has(label)) {
      out.problems.push(problem('cert-block-not-read', header, { label }));
      continue;
    }
    const der = base64Body(text.slice(header.end, span.start));
    const item = der && (isCert ? readCertificateDer(der, range) : readCsrDer(der, range));
    if (!item) {
      out.problems.push(problem('cert-malformed-pem', header, { label }));
      continue;
    }
    addItem(item, label, header);
  }
  if (open) unterminated(open, text.length);
  return out;
}

/** The DER bytes of a PEM body; undefined when it holds anything but base64 (RFC 7468 allows only whitespace around it). */
function base64Body(body: string): Buffer | undefined {
  const b64 = body.replace(/\s+/g, '');
  if (!b64 || !/^[A-Za-z0-9+/]+={0,2}$/.test(b64) || b64.length % 4 !== 0) return undefined;
  return Buffer.from(b64, 'base64');
}

function readDer(bytes: Uint8Array): CertificateFile {
  const whole = { start: 0, end: 0 };
  const out: CertificateFile = { items: [], privateKeys: [], problems: [], encoding: 'der' };
  const kind = classifyDer(bytes);
  if (kind === 'pkcs12') out.problems.push(problem('cert-pkcs12', whole));
  else if (kind === 'private-key') {
    out.privateKeys.push({ start: 0, end: bytes.length });
    out.problems.push(problem('cert-private-key', whole));
  } else {
    const range = { start: 0, end: bytes.length };
    const item = kind === 'certificate' ? readCertificateDer(bytes, range) : kind === 'csr' ? readCsrDer(bytes, range) : undefined;
    const items = kind === 'pkcs7' ? certificatesOfPkcs7(bytes, range) : item ? [item] : undefined;
    if (items) {
      for (const i of items) {
        i.headerRange = whole;
        out.items.push(i);
        if (i.sansTruncated) out.problems.push(problem('cert-too-many-names', whole, { limit: String(MAX_NAMES) }));
      }
    } else {
      out.encoding = 'none';
      out.problems.push(problem('cert-unreadable', whole));
    }
  }
  return out;
}

type DerKind = 'certificate' | 'csr' | 'pkcs7' | 'pkcs12' | 'private-key' | 'unknown';

/** What a DER structure is, from its shape: a certificate's and a CSR's first element is a SEQUENCE
 *  (tbsCertificate / certificationRequestInfo) that a certificate opens with [0] version or a serial,
 *  a CSR with INTEGER 0 and a Name; PKCS#12 is SEQUENCE { INTEGER 3, ContentInfo }; a private key
 *  (PKCS#1, PKCS#8, SEC 1) is SEQUENCE { INTEGER small, … } with no nested SEQUENCE first. */
function classifyDer(buf: Uint8Array): DerKind {
  const top = readTlv(buf, 0);
  if (!top || top.tag !== TAG.SEQUENCE || top.end !== buf.length) return 'unknown';
  const first = readTlv(buf, top.valueStart, top.end);
  if (!first) return 'unknown';
  if (first.tag === TAG.OID) return oidOf(buf, first) === OID.pkcs7signedData ? 'pkcs7' : 'unknown';
  if (first.tag === TAG.INTEGER) {
    const second = readTlv(buf, first.end, top.end);
    const v = first.end - first.valueStart === 1 ? buf[first.valueStart] : -1;
    if (v === 3 && second?.tag === TAG.SEQUENCE) {
      const oid = readTlv(buf, second.valueStart, second.end);
      if (oid && oidOf(buf, oid) === OID.pkcs7data) return 'pkcs12';
    }
    if (v >= 0 && v <= 1) return 'private-key';
    return 'unknown';
  }
  if (first.tag === TAG.SEQUENCE) {
    // EncryptedPrivateKeyInfo: SEQUENCE { AlgorithmIdentifier, OCTET STRING }.
    const second = readTlv(buf, first.end, top.end);
    if (second?.tag === TAG.OCTET_STRING) return 'private-key';
    const inner = readTlv(buf, first.valueStart, first.end);
    if (!inner) return 'unknown';
    if (inner.tag === 0xa0) return 'certificate';
    if (inner.tag === TAG.INTEGER) {
      const next = readTlv(buf, inner.end, first.end);
      if (next?.tag === TAG.SEQUENCE) {
        // A certificate without [0] version (v1) has serial, AlgorithmIdentifier; a CSR has version 0, Name, SPKI.
        const third = readTlv(buf, next.end, first.end);
        return third?.tag === TAG.SEQUENCE && inner.end - inner.valueStart === 1 && buf[inner.valueStart] === 0 && isName(buf, next) ? 'csr' : 'certificate';
      }
    }
  }
  return 'unknown';
}

function isName(buf: Uint8Array, t: Tlv): boolean {
  const first = readTlv(buf, t.valueStart, t.end);
  return !first || first.tag === TAG.SET;
}

function subjectText(parts: { type: string; value: string }[]): string {
  return parts.map((p) => `${p.type}=${p.value}`).join(', ');
}

const cnOf = (parts: { type: string; value: string }[] | undefined) => parts?.filter((p) => p.type === 'CN').pop()?.value;

function sameBytes(buf: Uint8Array, a: Tlv, b: Tlv): boolean {
  if (a.end - a.start !== b.end - b.start) return false;
  for (let i = 0; i < a.end - a.start; i++) if (buf[a.start + i] !== buf[b.start + i]) return false;
  return true;
}

const KEY_ALGORITHMS: Record<string, string> = {
  '1.2.840.113549.1.1.1': 'RSA',
  '1.2.840.113549.1.1.10': 'RSA',
  '1.2.840.10045.2.1': 'EC',
  '1.2.840.10040.4.1': 'DSA',
  '1.3.101.112': 'Ed25519',
  '1.3.101.113': 'Ed448',
};
const CURVES: Record<string, string> = {
  '1.2.840.10045.3.1.7': 'prime256v1',
  '1.3.132.0.34': 'secp384r1',
  '1.3.132.0.35': 'secp521r1',
  '1.3.132.0.33': 'secp224r1',
  '1.3.132.0.10': 'secp256k1',
  '1.2.840.10045.3.1.1': 'prime192v1',
};

/** Bits of an unsigned big-endian INTEGER (the leading zero octet of a positive number not counted). */
function integerBits(buf: Uint8Array, t: Tlv | undefined): number | undefined {
  if (!t || t.tag !== TAG.INTEGER || t.end <= t.valueStart) return undefined;
  let p = t.valueStart;
  while (p < t.end - 1 && buf[p] === 0) p++;
  return (t.end - p - 1) * 8 + (32 - Math.clz32(buf[p]));
}

/** Key type and size from a SubjectPublicKeyInfo, read from its DER (RFC 5280 4.1.2.7, RFC 3279, RFC 5480,
 *  RFC 8410) rather than by importing the key into OpenSSL, which costs about as much as the rest of the
 *  certificate together. */
function keyOf(buf: Uint8Array, spki: Tlv): { keyType?: string; keyBits?: number; curve?: string } {
  const [alg, bits] = children(buf, spki, 2) ?? [];
  const algParts = alg?.tag === TAG.SEQUENCE ? children(buf, alg, 2) : undefined;
  const oid = algParts?.[0] && oidOf(buf, algParts[0]);
  const keyType = oid ? KEY_ALGORITHMS[oid] : undefined;
  if (!keyType || bits?.tag !== TAG.BIT_STRING) return oid ? { keyType: oid } : {};
  if (keyType === 'RSA') {
    // BIT STRING { unused-bits octet, RSAPublicKey SEQUENCE { modulus, exponent } }
    const rsa = readTlv(buf, bits.valueStart + 1, bits.end);
    const modulus = rsa?.tag === TAG.SEQUENCE ? readTlv(buf, rsa.valueStart, rsa.end) : undefined;
    return { keyType, keyBits: integerBits(buf, modulus) };
  }
  if (keyType === 'EC') {
    const curve = algParts?.[1] && oidOf(buf, algParts[1]);
    const name = curve ? (CURVES[curve] ?? curve) : undefined;
    return { keyType, keyBits: name ? CURVE_BITS[name] : undefined, ...(name ? { curve: name } : {}) };
  }
  if (keyType === 'DSA') {
    const params = algParts?.[1]?.tag === TAG.SEQUENCE ? readTlv(buf, algParts[1].valueStart, algParts[1].end) : undefined;
    return { keyType, keyBits: integerBits(buf, params) };
  }
  return { keyType, keyBits: keyType === 'Ed25519' ? 256 : 456 };
}

function signatureDigestOf(buf: Uint8Array, algId: Tlv | undefined): string | undefined {
  const oidTlv = algId && algId.tag === TAG.SEQUENCE ? readTlv(buf, algId.valueStart, algId.end) : undefined;
  const oid = oidTlv && oidOf(buf, oidTlv);
  if (!oid) return undefined;
  return DIGEST_OF_SIGNATURE[oid] ?? NAMED_SIGNATURES[oid] ?? oid;
}

interface Extensions {
  sans: CertName[];
  subjectKeyId?: string;
  authorityKeyId?: string;
  sansTruncated?: boolean;
  eku?: CertificateInfo['eku'];
  isCA?: boolean;
}

/** Reads a SEQUENCE OF Extension. */
function readExtensions(buf: Uint8Array, seq: Tlv): Extensions {
  const out: Extensions = { sans: [] };
  for (const ext of children(buf, seq, 200) ?? []) {
    const parts = ext.tag === TAG.SEQUENCE ? children(buf, ext, 3) : undefined;
    if (!parts || parts.length < 2) continue;
    const oid = oidOf(buf, parts[0]);
    const value = parts[parts.length - 1];
    if (value.tag !== TAG.OCTET_STRING) continue;
    const inner = readTlv(buf, value.valueStart, value.end);
    if (!inner) continue;
    if (oid === OID.subjectKeyId && inner.tag === TAG.OCTET_STRING) out.subjectKeyId = hexOf(buf, inner);
    if (oid === OID.authorityKeyId && inner.tag === TAG.SEQUENCE) {
      const keyId = readTlv(buf, inner.valueStart, inner.end);
      if (keyId?.tag === 0x80) out.authorityKeyId = hexOf(buf, keyId);
    }
    if (inner.tag !== TAG.SEQUENCE) continue;
    if (oid === OID.san) readGeneralNames(buf, inner, out);
    else if (oid === OID.eku) {
      const eku = { serverAuth: false, clientAuth: false, other: [] as string[] };
      for (const o of children(buf, inner, 100) ?? []) {
        const id = oidOf(buf, o);
        if (id === OID.serverAuth) eku.serverAuth = true;
        else if (id === OID.clientAuth) eku.clientAuth = true;
        else if (id) eku.other.push(EKU_NAMES[id] ?? id);
      }
      out.eku = eku;
    } else if (oid === OID.basicConstraints) {
      const first = readTlv(buf, inner.valueStart, inner.end);
      out.isCA = !!first && first.tag === TAG.BOOLEAN && buf[first.valueStart] !== 0;
    }
  }
  return out;
}

const hexOf = (buf: Uint8Array, t: Tlv) => Buffer.from(buf.subarray(t.valueStart, Math.min(t.end, t.valueStart + 64))).toString('hex');

function ipText(buf: Uint8Array, t: Tlv): string {
  const n = t.end - t.valueStart;
  const b = buf.subarray(t.valueStart, t.end);
  if (n === 4) return Array.from(b).join('.');
  if (n === 16) {
    const groups: string[] = [];
    for (let i = 0; i < 16; i += 2) groups.push(((b[i] << 8) | b[i + 1]).toString(16));
    // Shorten the longest run of zero groups, as RFC 5952 writes IPv6 addresses.
    const s = groups.join(':');
    const runs = s.match(/(^|:)0(:0)+(:|$)/g);
    if (!runs) return s;
    const longest = runs.reduce((a, r) => (r.length > a.length ? r : a));
    return s.replace(longest, '::');
  }
  return Array.from(b, (x) => x.toString(16).padStart(2, '0')).join('');
}

function readGeneralNames(buf: Uint8Array, seq: Tlv, out: Extensions): void {
  let p = seq.valueStart;
  while (p < seq.end) {
    const gn = readTlv(buf, p, seq.end);
    if (!gn) return;
    p = gn.end;
    if (out.sans.length >= MAX_NAMES) {
      out.sansTruncated = true;
      return;
    }
    switch (gn.tag) {
      case 0x82:
        out.sans.push({ type: 'DNS', value: stringOf(buf, gn) });
        break;
      case 0x87:
        out.sans.push({ type: 'IP', value: ipText(buf, gn) });
        break;
      case 0x81:
        out.sans.push({ type: 'email', value: stringOf(buf, gn) });
        break;
      case 0x86:
        out.sans.push({ type: 'URI', value: stringOf(buf, gn) });
        break;
      case 0xa0: {
        // otherName ::= SEQUENCE { type-id OID, value [0] EXPLICIT ANY }
        const id = readTlv(buf, gn.valueStart, gn.end);
        const oid = id && oidOf(buf, id);
        const wrapped = id && readTlv(buf, id.end, gn.end);
        const inner = wrapped && wrapped.tag === 0xa0 ? readTlv(buf, wrapped.valueStart, wrapped.end) : undefined;
        const value =
          inner && (inner.tag === TAG.UTF8 || inner.tag === TAG.IA5 || inner.tag === TAG.PRINTABLE || inner.tag === TAG.BMP) ? stringOf(buf, inner) : '';
        out.sans.push(oid === OID.xmppAddr ? { type: 'XmppAddr', value } : { type: 'other', value: `${oid ?? '?'}:${value}` });
        break;
      }
      default:
        out.sans.push({ type: 'other', value: `[${gn.tag & 0x1f}]` });
    }
  }
}

/** The certificates of a PKCS #7 / CMS SignedData bundle (RFC 5652: ContentInfo { signedData,
 *  [0] SignedData { version, digestAlgorithms, encapContentInfo, [0] certificates, … } }), each with
 *  the bundle's range; undefined when it is not one. At most MAX_BLOCKS are read. */
function certificatesOfPkcs7(der: Uint8Array, range: Span): CertificateInfo[] | undefined {
  const top = readTlv(der, 0);
  const [oid, wrapped] = (top?.tag === TAG.SEQUENCE && children(der, top, 2)) || [];
  if (!oid || oidOf(der, oid) !== OID.pkcs7signedData || wrapped?.tag !== 0xa0) return undefined;
  const signed = readTlv(der, wrapped.valueStart, wrapped.end);
  const fields = signed?.tag === TAG.SEQUENCE ? children(der, signed, 8) : undefined;
  const certSet = fields?.find((f) => f.tag === 0xa0);
  if (!fields) return undefined;
  const out: CertificateInfo[] = [];
  for (const c of (certSet && children(der, certSet, MAX_BLOCKS)) ?? []) {
    if (c.tag !== TAG.SEQUENCE) continue;
    const item = readCertificateDer(der.subarray(c.start, c.end), range);
    if (item) out.push(item);
  }
  return out;
}

/** Reads a DER certificate; undefined when it is not one. */
export function readCertificateDer(der: Uint8Array, range: Span): CertificateInfo | undefined {
  const top = readTlv(der, 0);
  if (!top || top.tag !== TAG.SEQUENCE || top.end !== der.length) return undefined;
  const parts = children(der, top, 3);
  const tbs = parts?.[0];
  const fields = tbs && tbs.tag === TAG.SEQUENCE ? children(der, tbs, 12) : undefined;
  if (!parts || parts.length !== 3 || parts[2].tag !== TAG.BIT_STRING || !fields) return undefined;
  let i = fields[0]?.tag === 0xa0 ? 1 : 0;
  const serial = fields[i++];
  const [, issuerTlv, validity, subjectTlv, spki] = [fields[i++], fields[i++], fields[i++], fields[i++], fields[i++]];
  if (serial?.tag !== TAG.INTEGER || !issuerTlv || validity?.tag !== TAG.SEQUENCE || !subjectTlv || spki?.tag !== TAG.SEQUENCE) return undefined;
  const subject = nameOf(der, subjectTlv);
  const issuer = nameOf(der, issuerTlv);
  const times = children(der, validity, 2);
  const validFrom = times?.[0] && timeOf(der, times[0]);
  const validTo = times?.[1] && timeOf(der, times[1]);
  if (!subject || !issuer || !validFrom || !validTo) return undefined;
  const extField = fields.slice(i).find((f) => f.tag === 0xa3);
  const extSeq = extField && readTlv(der, extField.valueStart, extField.end);
  const ext = extSeq ? readExtensions(der, extSeq) : { sans: [] };
  // Self-signed (issued by itself): the same name as issuer and subject, and where both key
  // identifiers are present, the same key (as OpenSSL's X509_check_issued decides).
  const selfSigned = sameBytes(der, subjectTlv, issuerTlv) && (!ext.authorityKeyId || !ext.subjectKeyId || ext.authorityKeyId === ext.subjectKeyId);
  return {
    kind: 'certificate',
    range,
    subject: subjectText(subject),
    subjectCN: cnOf(subject),
    issuer: subjectText(issuer),
    issuerCN: cnOf(issuer),
    selfSigned,
    sans: ext.sans,
    ...(ext.sansTruncated ? { sansTruncated: true } : {}),
    ...keyOf(der, spki),
    signatureDigest: signatureDigestOf(der, parts[1]),
    validFrom,
    validTo,
    eku: ext.eku,
    isCA: ext.isCA ?? false,
    fingerprint256: fingerprintOf(der),
  };
}

const fingerprintOf = (der: Uint8Array) =>
  createHash('sha256')
    .update(der)
    .digest('hex')
    .toUpperCase()
    .replace(/(..)(?!$)/g, '$1:');

/** Reads a DER PKCS #10 certificate request; undefined when it is not one. */
export function readCsrDer(der: Uint8Array, range: Span): CertificateInfo | undefined {
  const top = readTlv(der, 0);
  if (!top || top.tag !== TAG.SEQUENCE) return undefined;
  const parts = children(der, top, 3);
  const info = parts?.[0];
  const fields = info && info.tag === TAG.SEQUENCE ? children(der, info, 4) : undefined;
  if (!parts || !fields || fields.length < 3 || fields[0].tag !== TAG.INTEGER || fields[2].tag !== TAG.SEQUENCE) return undefined;
  const subject = nameOf(der, fields[1]);
  if (!subject) return undefined;
  let ext: Extensions = { sans: [] };
  const attrs = fields[3]?.tag === 0xa0 ? children(der, fields[3], 50) : [];
  for (const attr of attrs ?? []) {
    const pair = attr.tag === TAG.SEQUENCE ? children(der, attr, 2) : undefined;
    if (!pair || pair.length !== 2 || oidOf(der, pair[0]) !== OID.extensionRequest || pair[1].tag !== TAG.SET) continue;
    const seq = readTlv(der, pair[1].valueStart, pair[1].end);
    if (seq?.tag === TAG.SEQUENCE) ext = readExtensions(der, seq);
  }
  const key = keyOf(der, fields[2]);
  if (!key.keyType) return undefined;
  return {
    kind: 'csr',
    range,
    subject: subjectText(subject),
    subjectCN: cnOf(subject),
    sans: ext.sans,
    ...(ext.sansTruncated ? { sansTruncated: true } : {}),
    ...key,
    signatureDigest: signatureDigestOf(der, parts[1]),
    eku: ext.eku,
    isCA: ext.isCA,
    fingerprint256: fingerprintOf(der),
  };
}
