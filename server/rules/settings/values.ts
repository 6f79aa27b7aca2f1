// Value tests shared by the rule engine, the custom rules and the cross-file checks.

export const IPV4 = /^(\d{1,3})(\.\d{1,3}){3}$/;
const IPV6 = /^\[?[0-9a-f:]+(%\w+)?\]?$/i;
const FQDN_LABEL = /^[a-z0-9]([a-z0-9-]*[a-z0-9])?$/i;

export function isIp(v: string): boolean {
  const s = v.trim().replace(/:\d+$/, (m) => (IPV4.test(v.trim().slice(0, -m.length)) ? '' : m));
  return IPV4.test(s) || (s.includes(':') && IPV6.test(s));
}

/** The FQDN rule of seed 004: dot-separated levels of letters, digits and hyphens, no level starting or ending with a hyphen, the last level starting with a letter, at least two levels. */
export function isFqdn(v: string): boolean {
  const labels = v.trim().replace(/\.$/, '').split('.');
  if (labels.length < 2) return false;
  if (!labels.every((l) => FQDN_LABEL.test(l))) return false;
  return /^[a-z]/i.test(labels[labels.length - 1]);
}

/** A subject alternative name without its type prefix: "DNS:", "XMPPAddress:", and for addresses "IP:" or "IP Address:" (as OpenSSL prints them). */
export function normalizeSan(v: unknown): string {
  return String(v).trim().replace(/^(dns|xmppaddress|xmppaddr|xmpp|ip\s*address|ip)\s*:\s*/i, '').toLowerCase();
}

