// Value tests shared by the rule engine, the custom rules and the cross-file checks.

// IP addresses, FQDNs and hosts are read by server/core/net.ts.

export function normalizeSan(v: unknown): string {
  return String(v).trim().replace(/^(dns|xmppaddress|xmppaddr|xmpp)\s*:\s*/i, '').toLowerCase();
}

