// Value tests shared by the rule engine, the custom rules and the cross-file checks.

// IP addresses, FQDNs and hosts are read by server/core/net.ts.

/** A subject alternative name without its type prefix: "DNS:", "XMPPAddress:", and for addresses "IP:" or "IP Address:" (as OpenSSL prints them). */
export function normalizeSan(v: unknown): string {
  return String(v)
    .trim()
    .replace(/^(dns|xmppaddress|xmppaddr|xmpp|ip\s*address|ip)\s*:\s*/i, '')
    .toLowerCase();
}
