// A generated Expressway-C xConfiguration dump of n records, shaped like a real one: traversal client
// zones (some with TLS verification off, which the rules report), SIP domains and search rules.
export function xconfigurationDump(n: number): string {
  const lines = ['*c xConfiguration CollaborationEdge Enabled: "On"'];
  for (let z = 1; z <= 12; z++) {
    const zone = `*c xConfiguration Zones Zone ${z}`;
    lines.push(`${zone} Name: "Zone ${z}"`, `${zone} Type: "TraversalClient"`, `${zone} TraversalClient Collaboration Edge: "${z % 2 ? 'On' : 'Off'}"`);
    lines.push(`${zone} TraversalClient SIP Port: "${7000 + z}"`, `${zone} TraversalClient SIP Transport: "TLS"`);
    lines.push(`${zone} TraversalClient SIP TLS Verify Mode: "${z % 3 ? 'On' : 'Off'}"`, `${zone} TraversalClient Peer 1 Address: "expe${z}.example.com"`);
  }
  for (let d = 1; d <= 20; d++) lines.push(`*c xConfiguration SIP Domain ${d} Name: "d${d}.example.com"`, `*c xConfiguration SIP Domain ${d} Edgesip: "On"`);
  for (let r = 1; lines.length < n; r++) {
    const rule = `*c xConfiguration Zones Policy SearchRules Rule ${r}`;
    lines.push(
      `${rule} Name: "Rule ${r}"`,
      `${rule} Priority: "${100 + r}"`,
      `${rule} Mode: "AliasPatternMatch"`,
      `${rule} Pattern String: ".*@example\\.com"`,
    );
    lines.push(`${rule} Pattern Type: "Regex"`, `${rule} Protocol: "SIP"`, `${rule} State: "Enabled"`, `${rule} Target Name: "Zone ${1 + (r % 12)}"`);
  }
  return lines.slice(0, n).join('\n') + '\n';
}
