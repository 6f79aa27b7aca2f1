// The checks of one certificate or certificate request on its own: expiry, extended key usage,
// subject alternative names, self-signed, signature digest, key type. Which check applies to what,
// and the values they accept, are data (schemas/certificate-checks.json, each with its source);
// this file only knows how to test each kind of check. Cross-artifact checks (is this name in the
// other box's certificate?) belong to the deployment model, not here.
import type { ArtifactProblem } from '../../formats/artifact';
import type { CertificateInfo } from '../../formats/certificate';

export type CertificateCheckKind =
  | 'expired'
  | 'not-yet-valid'
  | 'eku-client-auth'
  | 'eku-server-auth'
  | 'san-present'
  | 'self-signed'
  | 'digest'
  | 'key-type'
  | 'san-dns-syntax'
  | 'xmppaddr-format';

export interface CertificateChecks {
  acceptedDigests: { values: string[]; source: string };
  recommendedKeyTypes: { values: string[]; source: string };
  checks: {
    code: string;
    check: CertificateCheckKind;
    appliesTo: CertificateInfo['kind'][];
    scope: 'all' | 'end-entity' | 'not-root';
    sameAsSettingsRules?: string[];
    source: string;
  }[];
}

/** A CA certificate signed by its own key: a trust anchor. */
const isRoot = (c: CertificateInfo) => c.isCA === true && c.selfSigned === true;
/** A certificate a server presents: not a CA, or one flagged as a CA whose extended key usage names
 *  server or client authentication (Unified CM and UCCX self-signed tomcat certificates are both). */
const isServerCertificate = (c: CertificateInfo) => c.isCA !== true || !!(c.eku && (c.eku.serverAuth || c.eku.clientAuth));
const inScope = (c: CertificateInfo, scope: CertificateChecks['checks'][number]['scope']) =>
  scope === 'all' || (scope === 'end-entity' ? isServerCertificate(c) : !isRoot(c) || isServerCertificate(c));
const day = (iso: string) => iso.slice(0, 10);
/** Names reported per certificate and check: a certificate with 500 bad names gets 10 findings, not 500. */
const MAX_NAME_FINDINGS = 10;
/** A DNS name as RFC 5280 4.2.1.6 takes it (RFC 1034 preferred syntax): labels of letters, digits and
 *  hyphens, 1 to 63 characters, not starting or ending with a hyphen; a wildcard only as the whole
 *  leftmost label. */
const DNS_LABEL = /^[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?$/;
const isDnsName = (name: string) =>
  name.length <= 253 && name.split('.').every((label, i) => DNS_LABEL.test(label) || (i === 0 && label === '*' && name.includes('.')));

/** The problems of one certificate or CSR, reported on its BEGIN line (or the file's start for DER). */
export function certificateProblems(c: CertificateInfo, data: CertificateChecks, now = Date.now()): ArtifactProblem[] {
  const at = c.headerRange ?? { start: c.range.start, end: c.range.start };
  const out: ArtifactProblem[] = [];
  const report = (code: string, args?: Record<string, string>) =>
    out.push(args ? { code, start: at.start, end: at.end, args } : { code, start: at.start, end: at.end });
  for (const check of data.checks) {
    if (!check.appliesTo.includes(c.kind) || !inScope(c, check.scope)) continue;
    switch (check.check) {
      case 'expired':
        if (c.validTo && Date.parse(c.validTo) < now) report(check.code, { date: day(c.validTo) });
        break;
      case 'not-yet-valid':
        if (c.validFrom && Date.parse(c.validFrom) > now) report(check.code, { date: day(c.validFrom) });
        break;
      // A certificate without the extension is valid for every purpose (RFC 5280 4.2.1.12): only a
      // list that leaves the purpose out is a finding.
      case 'eku-client-auth':
        if (c.eku && !c.eku.clientAuth && !c.eku.other.includes('anyExtendedKeyUsage')) report(check.code);
        break;
      case 'eku-server-auth':
        if (c.eku && !c.eku.serverAuth && !c.eku.other.includes('anyExtendedKeyUsage')) report(check.code);
        break;
      case 'san-present':
        if (!c.sans.length) report(check.code);
        break;
      case 'self-signed':
        if (c.selfSigned) report(check.code);
        break;
      case 'digest':
        // Only hash digests are judged: Ed25519, RSASSA-PSS and unknown OIDs name no digest to compare.
        if (c.signatureDigest && /^(MD5|SHA-\d+)$/.test(c.signatureDigest) && !data.acceptedDigests.values.includes(c.signatureDigest))
          report(check.code, { digest: c.signatureDigest });
        break;
      case 'san-dns-syntax':
        c.sans
          .filter((n) => n.type === 'DNS' && !isDnsName(n.value))
          .slice(0, MAX_NAME_FINDINGS)
          .forEach((n) => report(check.code, { value: n.value.slice(0, 100) }));
        break;
      case 'xmppaddr-format':
        c.sans
          .filter((n) => n.type === 'XmppAddr')
          .slice(0, MAX_NAME_FINDINGS)
          .forEach((n) => report(check.code, { value: n.value.slice(0, 100) }));
        break;
      case 'key-type':
        if (c.keyType && !data.recommendedKeyTypes.values.includes(c.keyType)) report(check.code, { keyType: c.keyType });
        break;
    }
  }
  return out;
}
