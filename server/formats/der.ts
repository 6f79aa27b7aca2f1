// A small, bounded reader of DER (the binary form of certificates, CSRs and keys, X.690). It walks
// tag-length-value triples without copying, never recurses more than the structures it is asked
// to read, and returns undefined rather than throwing on anything malformed. Only the handful of
// structures certificate.ts needs are read here; Node's crypto reads the rest (keys, fingerprints,
// dates of certificates).

export interface Tlv {
  /** The identifier octet: class (2 bits), constructed (1 bit), tag number (5 bits; high-tag-number form is rejected). */
  tag: number;
  /** Offset of the identifier octet. */
  start: number;
  /** Offset of the first content octet. */
  valueStart: number;
  /** Offset after the last content octet. */
  end: number;
}

export const TAG = {
  BOOLEAN: 0x01,
  INTEGER: 0x02,
  BIT_STRING: 0x03,
  OCTET_STRING: 0x04,
  NULL: 0x05,
  OID: 0x06,
  UTF8: 0x0c,
  PRINTABLE: 0x13,
  T61: 0x14,
  IA5: 0x16,
  UTC_TIME: 0x17,
  GENERALIZED_TIME: 0x18,
  BMP: 0x1e,
  UNIVERSAL: 0x1c,
  SEQUENCE: 0x30,
  SET: 0x31,
} as const;

/** The TLV at `offset`, if it is well formed and lies within `limit`. */
export function readTlv(buf: Uint8Array, offset: number, limit = buf.length): Tlv | undefined {
  if (offset + 2 > limit) return undefined;
  const tag = buf[offset];
  if ((tag & 0x1f) === 0x1f) return undefined;
  let p = offset + 1;
  let len = buf[p++];
  if (len & 0x80) {
    const n = len & 0x7f;
    // Indefinite lengths (BER) and lengths of more than 4 octets do not occur in DER certificates.
    if (n === 0 || n > 4 || p + n > limit) return undefined;
    len = 0;
    for (let i = 0; i < n; i++) len = len * 256 + buf[p++];
  }
  const end = p + len;
  if (end > limit) return undefined;
  return { tag, start: offset, valueStart: p, end };
}

/** The children of a constructed TLV (at most `max`); undefined when one of them is malformed. */
export function children(buf: Uint8Array, parent: Tlv, max = 10_000): Tlv[] | undefined {
  const out: Tlv[] = [];
  let p = parent.valueStart;
  while (p < parent.end) {
    if (out.length >= max) return undefined;
    const t = readTlv(buf, p, parent.end);
    if (!t) return undefined;
    out.push(t);
    p = t.end;
  }
  return out;
}

/** Dotted form of an OBJECT IDENTIFIER's content. */
export function oidOf(buf: Uint8Array, t: Tlv): string | undefined {
  if (t.tag !== TAG.OID || t.end - t.valueStart > 64 || t.end === t.valueStart) return undefined;
  const parts: number[] = [];
  let v = 0;
  for (let i = t.valueStart; i < t.end; i++) {
    v = v * 128 + (buf[i] & 0x7f);
    if (!(buf[i] & 0x80)) {
      if (!parts.length) parts.push(v < 80 ? Math.floor(v / 40) : 2, v < 80 ? v % 40 : v - 80);
      else parts.push(v);
      v = 0;
    }
  }
  return parts.join('.');
}

const latin1 = (buf: Uint8Array, s: number, e: number) => {
  let out = '';
  for (let i = s; i < e; i++) out += String.fromCharCode(buf[i]);
  return out;
};

/** The text of a string type (UTF8String, PrintableString, IA5String, BMPString, …). */
export function stringOf(buf: Uint8Array, t: Tlv): string {
  const s = t.valueStart;
  const e = Math.min(t.end, s + 4096);
  if (t.tag === TAG.UTF8) return new TextDecoder().decode(buf.subarray(s, e));
  if (t.tag === TAG.BMP) {
    let out = '';
    for (let i = s; i + 1 < e; i += 2) out += String.fromCharCode(buf[i] * 256 + buf[i + 1]);
    return out;
  }
  return latin1(buf, s, e);
}

/** ISO 8601 text of a UTCTime or GeneralizedTime. */
export function timeOf(buf: Uint8Array, t: Tlv): string | undefined {
  const s = latin1(buf, t.valueStart, Math.min(t.end, t.valueStart + 20));
  const m =
    t.tag === TAG.UTC_TIME
      ? /^(\d\d)(\d\d)(\d\d)(\d\d)(\d\d)(\d\d)?Z$/.exec(s)
      : t.tag === TAG.GENERALIZED_TIME
        ? /^(\d{4})(\d\d)(\d\d)(\d\d)(\d\d)(\d\d)?Z$/.exec(s)
        : null;
  if (!m) return undefined;
  // RFC 5280 4.1.2.5.1: two-digit years 50–99 are 19xx, 00–49 are 20xx.
  const year = m[1].length === 2 ? (Number(m[1]) >= 50 ? 1900 : 2000) + Number(m[1]) : Number(m[1]);
  return `${String(year).padStart(4, '0')}-${m[2]}-${m[3]}T${m[4]}:${m[5]}:${m[6] ?? '00'}.000Z`;
}

const NAME_OIDS: Record<string, string> = {
  '2.5.4.3': 'CN',
  '2.5.4.6': 'C',
  '2.5.4.7': 'L',
  '2.5.4.8': 'ST',
  '2.5.4.10': 'O',
  '2.5.4.11': 'OU',
  '2.5.4.5': 'serialNumber',
  '1.2.840.113549.1.9.1': 'emailAddress',
  '0.9.2342.19200300.100.1.25': 'DC',
};

/** A Name (X.501) as attribute/value pairs in order. */
export function nameOf(buf: Uint8Array, t: Tlv): { type: string; value: string }[] | undefined {
  if (t.tag !== TAG.SEQUENCE) return undefined;
  const rdns = children(buf, t, 200);
  if (!rdns) return undefined;
  const out: { type: string; value: string }[] = [];
  for (const rdn of rdns) {
    const atvs = rdn.tag === TAG.SET ? children(buf, rdn, 20) : undefined;
    if (!atvs) return undefined;
    for (const atv of atvs) {
      const pair = atv.tag === TAG.SEQUENCE ? children(buf, atv, 2) : undefined;
      if (!pair || pair.length !== 2) return undefined;
      const oid = oidOf(buf, pair[0]);
      if (!oid) return undefined;
      out.push({ type: NAME_OIDS[oid] ?? oid, value: stringOf(buf, pair[1]) });
    }
  }
  return out;
}
