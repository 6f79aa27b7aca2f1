// The few rule checks the declarative vocabulary of engine.ts cannot express. Each is named from
// schemas/uc-settings-rules.json (`{"op": "custom", "name": …}`), reads its parameters from the rule's
// predicate and returns failures exactly like a built-in operation.
import { child, type SettingsNode } from '../../formats/settings';
import { booleanish, resolve, scalarEquals, type ResolvedValue } from './paths';
import type { EngineContext, Failure, Predicate } from './types';
import { normalizeSan } from './values';
import { isIp } from '../../core/net';
import { compareVersions, parseVersion } from '../../core/versions';

type Check = (p: Predicate, ctx: EngineContext) => Failure[];

const scalars = (path: string, ctx: EngineContext): ResolvedValue[] =>
  resolve(path, ctx).filter((r) => r.node.kind === 'scalar' && r.node.value !== null && r.node.value !== '');
const str = (r: ResolvedValue) => String(r.node.value);

/** Missing values reported as one list-level failure at `list` (or its nearest existing ancestor). */
function missingFrom(list: SettingsNode | undefined, missing: string[], related: ResolvedValue[] = []): Failure[] {
  if (!missing.length) return [];
  return [{ node: list, atKey: true, args: { missing: missing.join(', ') }, missing, related }];
}

export const customChecks: Record<string, Check> = {
  /** Holds when a Unified Communications feature that needs the traversal zone is on (MRA, Jabber Guest, XMPP federation). */
  ucFeatureEnabled: (_p, ctx) => {
    const on = ['mobileAndRemoteAccess', 'jabberGuest', 'xmppFederation'].some((f) =>
      scalars(`$.expressway.features.${f}`, ctx).some((r) => booleanish(r.node.value) === true),
    );
    const side = ctx.item?.key === 'expresswayE' ? 'Expressway-E' : 'Expressway-C';
    return on ? [] : [{ args: { side } }];
  },

  /** Each Expressway trusts the CA that signed the other Expressway's server certificate. */
  trustsPairIssuers: (_p, ctx) => {
    const me = ctx.item;
    if (!me) return [];
    const otherKey = me.key === 'expresswayC' ? 'expresswayE' : 'expresswayC';
    const issuers = scalars(`$.expressway.${otherKey}.serverCertificate.issuer`, ctx);
    const trusted = new Set(scalars('trustedCaCertificates', ctx).map((r) => str(r).toLowerCase()));
    if (!issuers.length) return [];
    const list = child(me, 'trustedCaCertificates');
    const missing = issuers.filter((r) => !trusted.has(str(r).toLowerCase()));
    return missingFrom(list ?? me, missing.map(str), missing);
  },

  /**
   * The chat node aliases found in the Expressway-C certificate (`other`) appear in this certificate too.
   * Which of C's names are chat node aliases: those listed at `paths` (the aliases Expressway-C or IM and
   * Presence is configured with), and, where the deployment uses what chat node aliases serve (a value at
   * `path`: a domain marked for XMPP federation), those written in a form only chat node aliases take (`pattern`).
   */
  chatAliasesSameOnBothSides: (p, ctx) => {
    const aliases = new Set((p.paths ?? []).flatMap((q) => scalars(q, ctx)).map((r) => normalizeSan(r.node.value)));
    const form = p.pattern && (!p.path || scalars(p.path, ctx).length) ? new RegExp(p.pattern, p.flags ?? '') : undefined;
    const cSans = scalars(p.other!, ctx).filter((r) => aliases.has(normalizeSan(r.node.value)) || !!form?.test(str(r)));
    const eSans = new Set(scalars('subjectAlternativeNames', ctx).map((r) => normalizeSan(r.node.value)));
    const missing = cSans.filter((r) => !eSans.has(normalizeSan(r.node.value)));
    return missingFrom(
      child(ctx.item, 'subjectAlternativeNames') ?? ctx.item,
      missing.map((r) => normalizeSan(r.node.value)),
      missing,
    );
  },

  /** Multitenant Expressway-E: the system host name equals the host name DNS gives for it (the _collab-edge SRV targets); case-sensitive before X8.10.1. */
  hostNameMatchesDns: (_p, ctx) => {
    const host = child(ctx.item, 'hostName');
    if (!host || host.kind !== 'scalar' || host.value === null) return [];
    const domain = child(ctx.item, 'domainName');
    const fqdn = domain?.value ? `${host.value}.${domain.value}` : String(host.value);
    const targets = scalars('$ws.dns.srvRecords[].name', ctx)
      .filter((r) => /^_collab-edge\._tls\./i.test(str(r)))
      .map((r) => child(r.node.parent, 'target'))
      .filter((t): t is SettingsNode => !!t && t.kind === 'scalar' && typeof t.value === 'string');
    if (!targets.length) return [];
    const version = parseVersion(scalars('$.expressway.version', ctx)[0]?.node.value);
    const caseSensitive = version ? compareVersions(version, [8, 10, 1, 0]) < 0 : false;
    const norm = (s: string) => (caseSensitive ? s.replace(/\.$/, '') : s.replace(/\.$/, '').toLowerCase());
    if (targets.some((t) => norm(String(t.value)) === norm(fqdn))) return [];
    return [{ node: host, args: { value: fqdn, other: targets.map((t) => String(t.value)).join(', ') } }];
  },

  /** A switch the seed wants on: fails only when it is explicitly off (missing is left to the UI default). */
  isOnOrMissing: (p, ctx) =>
    scalars(p.path!, ctx)
      .filter((r) => booleanish(r.node.value) === false)
      .map((r) => ({ node: r.node, args: { value: str(r) } })),

  /** Condition: a number greater than `value`. */
  greaterThan: (p, ctx) => (scalars(p.path!, ctx).some((r) => typeof r.node.value === 'number' && r.node.value > Number(p.value)) ? [] : [{ args: {} }]),

  /** At most `value` switches at `path` (across the workspace) are on; reported on this document's switch. */
  onCountAtMost: (p, ctx) => {
    const on = scalars(p.path!, ctx).filter((r) => booleanish(r.node.value) === true);
    if (on.length <= Number(p.value)) return [];
    const mine = on.find((r) => !r.uri);
    return mine ? [{ node: mine.node, args: { count: String(on.length) }, related: on.filter((r) => r.uri) }] : [];
  },

  /** Condition: at least one of the switches at `path` (anywhere in the workspace) is on. */
  anyOn: (p, ctx) => (scalars(p.path!, ctx).some((r) => booleanish(r.node.value) === true) ? [] : [{ args: {} }]),

  /** Condition: at least one of the switches at `path` (anywhere in the workspace) is off. */
  anyOff: (p, ctx) => (scalars(p.path!, ctx).some((r) => booleanish(r.node.value) === false) ? [] : [{ args: {} }]),

  /**
   * This item's value at `path` is not used by another node among the values at `paths` (for
   * example the cluster IDs of the hub and spoke clusters of an ILS network). Each of two equal
   * values is reported, pointing at the other.
   */
  uniqueAmong: (p, ctx) => {
    const mine = scalars(p.path!, ctx);
    const all = (p.paths ?? []).flatMap((q) => scalars(q, ctx));
    const out: Failure[] = [];
    for (const m of mine) {
      const other = all.find((o) => o.node !== m.node && String(o.node.value).trim().toLowerCase() === str(m).trim().toLowerCase());
      if (other) out.push({ node: m.node, args: { value: str(m) }, related: [other] });
    }
    return out;
  },

  /**
   * Each host at `path` names one of the hosts at `other`: the same FQDN, its host name (the first
   * label), or an IP address — which is accepted unless the other side names its hosts by IP too,
   * since a file that gives only FQDNs cannot tell which address is whose.
   */
  hostIn: (p, ctx) => {
    const others = scalars(p.other!, ctx).map((r) => ({ r, v: str(r).trim().replace(/\.$/, '').toLowerCase() }));
    if (!others.length) return [];
    const othersHaveIps = others.some((o) => isIp(o.v));
    return scalars(p.path!, ctx)
      .filter((r) => {
        const v = str(r).trim().replace(/\.$/, '').toLowerCase();
        if (others.some((o) => o.v === v)) return false;
        if (isIp(v)) return othersHaveIps;
        if (!v.includes('.')) return !others.some((o) => !isIp(o.v) && o.v.split('.')[0] === v);
        return true;
      })
      .map((r) => ({ node: r.node, args: { value: str(r), other: p.other ?? '' }, related: others.slice(0, 1).map((o) => o.r) }));
  },

  /**
   * The Expressway (C or E) in scope has a zone of type "Unified Communications traversal". When it
   * has none, the finding is on the type of its one traversal zone (the value that must change), or
   * on its zones, and names the side.
   */
  ucTraversalZone: (_p, ctx) => {
    const zones = child(ctx.item, 'zones');
    const list = zones?.kind === 'array' ? (zones.items ?? []) : [];
    const typeOf = (z: SettingsNode) => child(z, 'type');
    if (list.some((z) => scalarEquals(typeOf(z)?.value, 'Unified Communications traversal'))) return [];
    const side = ctx.item?.key === 'expresswayE' ? 'Expressway-E' : 'Expressway-C';
    const traversal = list.map(typeOf).filter((t): t is SettingsNode => !!t && t.kind === 'scalar' && /traversal/i.test(String(t.value)));
    if (traversal.length === 1) return [{ node: traversal[0], args: { side, value: String(traversal[0].value) } }];
    return [{ node: zones ?? ctx.item, atKey: true, args: { side } }];
  },

  /**
   * A _collab-edge._tls SRV record's target is an Expressway-E of the workspace (its system FQDN,
   * another FQDN it is known by, its cluster name or a cluster peer). Silent when no Expressway-E
   * names itself by a fully qualified name in the workspace.
   */
  collabEdgeTargetIsExpresswayE: (p, ctx) => {
    const names = new Set<string>();
    const norm = (v: unknown) => String(v).trim().replace(/\.$/, '').toLowerCase();
    for (const sys of resolve('$ws.expressway.expresswayE.system', ctx)) {
      const host = child(sys.node, 'hostName')?.value;
      const domain = child(sys.node, 'domainName')?.value;
      // A bare host name (a dump's "IP DNS Hostname" without its domain) is not the name a client resolves:
      // comparing an SRV target with it would report every correct record.
      const fqdn = host ? (domain ? `${host}.${domain}` : String(host)) : '';
      if (fqdn.includes('.')) names.add(norm(fqdn));
    }
    for (const q of ['$ws.expressway.expresswayE.system.otherFqdns', '$ws.expressway.expresswayE.clusterName', '$ws.expressway.expresswayE.peers'])
      for (const r of scalars(q, ctx)) names.add(norm(r.node.value));
    if (!names.size) return [];
    return scalars(p.path!, ctx)
      .filter((r) => !names.has(norm(r.node.value)))
      .map((r) => ({ node: r.node, args: { value: str(r), other: [...names].join(', ') } }));
  },

  /**
   * The web services FQDN at `path`, where dnsRecords lists it, is listed in the DNS view `value`
   * (internal or external); with `values`, as a record of one of those types (host A/AAAA records).
   * Silent when dnsRecords does not name it at all: the file need not describe every record.
   */
  lyncWebRecord: (p, ctx) => {
    const fqdn = scalars(p.path!, ctx)[0];
    if (!fqdn) return [];
    const want = String(fqdn.node.value).trim().replace(/\.$/, '').toLowerCase();
    const named = (child(ctx.item, 'dnsRecords')?.items ?? []).filter(
      (rec) =>
        String(child(rec, 'name')?.value ?? '')
          .trim()
          .replace(/\.$/, '')
          .toLowerCase() === want,
    );
    if (!named.length) return [];
    const inView = named.filter((rec) => scalarEquals(child(rec, 'view')?.value, p.value));
    const types = (p.values ?? []).map(String);
    if (inView.some((rec) => !types.length || types.some((t) => scalarEquals(child(rec, 'type')?.value, t)))) return [];
    // The value to change: the type of the record in the right view, else the view of the one listed.
    const at = inView.length ? child(inView[0], 'type') : child(named[0], 'view');
    return [{ node: at ?? fqdn.node, args: { value: str(fqdn), other: String(p.value) } }];
  },

  /** The IM and Presence UC service's host is a node (publisher or subscriber) of a central cluster. */
  hostIsCentralNode: (_p, ctx) => {
    const host = child(ctx.item, 'hostName');
    if (!host || host.kind !== 'scalar' || host.value === null) return [];
    const nodes = [
      ...scalars('$ws.cucm.clusters[role=im-and-presence-central].publisher', ctx),
      ...scalars('$ws.cucm.clusters[role=im-and-presence-central].subscribers', ctx),
    ];
    if (!nodes.length || nodes.some((n) => scalarEquals(n.node.value, host.value))) return [];
    return [{ node: host, args: { value: String(host.value) }, related: nodes.slice(0, 1) }];
  },

  /** None of the listed keys (p.paths) is present. */
  absentAll: (p, ctx) =>
    (p.paths ?? []).flatMap((k) => {
      const n = child(ctx.item, k);
      const present = n && !(n.kind === 'scalar' && (n.value === null || n.value === '')) && !(n.kind === 'array' && !n.items!.length);
      return present ? [{ node: n, atKey: true, args: { value: k } }] : [];
    }),

  /** Two release strings denote the same release ("12.5(1)SU4" = "12.5.1 SU4"). */
  sameVersion: (p, ctx) => {
    const a = scalars(p.path!, ctx)[0];
    const b = scalars(p.other!, ctx)[0];
    const va = parseVersion(a?.node.value);
    const vb = parseVersion(b?.node.value);
    if (!a || !b || !va || !vb || compareVersions(va, vb) === 0) return [];
    return [{ node: a.node, args: { value: str(a), other: str(b) }, related: [b] }];
  },

  /** At least one value at `path` matches `pattern`, in any settings document of the workspace. */
  wsExists: (p, ctx) => {
    const re = new RegExp(p.pattern ?? '', 'i');
    if (scalars(p.path!, ctx).some((r) => re.test(str(r)))) return [];
    const dns = child(ctx.root, 'dns');
    return [{ node: child(dns, 'srvRecords') ?? dns ?? firstKey(ctx.root), atKey: true, args: {} }];
  },

  /** _cisco-uds target: a telephony cluster publisher, and the hub's when ILS hubs are described. */
  udsTargetIsHubPublisher: (p, ctx) => {
    const hubs = scalars('$ws.cucm.clusters[role=telephony&ils.role=Hub Cluster].publisher', ctx);
    const candidates = hubs.length ? hubs : scalars('$ws.cucm.clusters[role=telephony].publisher', ctx);
    return scalars(p.path!, ctx)
      .filter((r) => !candidates.some((c) => scalarEquals(String(c.node.value).replace(/\.$/, ''), str(r).replace(/\.$/, ''))))
      .map((r) => ({ node: r.node, args: { value: str(r) }, related: candidates.slice(0, 1) }));
  },

  /** Cluster ID changed from the default StandAloneCluster (missing means the default). */
  notDefaultClusterId: (p, ctx) => {
    const values = scalars(p.path!, ctx);
    if (!values.length) {
      const ep = child(ctx.item, 'enterpriseParameters');
      return [{ node: ep ?? ctx.item, atKey: true, args: { value: 'StandAloneCluster' } }];
    }
    return values.filter((r) => scalarEquals(r.node.value, 'StandAloneCluster')).map((r) => ({ node: r.node, args: { value: str(r) } }));
  },

  /** No ILS role other than "Stand Alone Cluster". */
  noIls: (p, ctx) =>
    scalars(p.path!, ctx)
      .filter((r) => !scalarEquals(r.node.value, 'Stand Alone Cluster'))
      .map((r) => ({ node: r.node, args: { value: str(r) } })),

  /** Two on/off settings (possibly in different files) agree; several `other` values must all agree. */
  sameSwitch: (p, ctx) => {
    const mine = scalars(p.path!, ctx);
    const others = scalars(p.other!, ctx);
    const out: Failure[] = [];
    for (const m of mine) {
      const bad = others.find((o) => booleanish(o.node.value) !== undefined && booleanish(o.node.value) !== booleanish(m.node.value));
      if (bad) out.push({ node: m.node, args: { value: str(m), other: str(bad) }, related: [bad] });
    }
    return out;
  },

  /** Every node in scope is a finding (the scope's filters already describe the problem). */
  never: (p, ctx) => scalars(p.path!, ctx).map((r) => ({ node: r.node, args: { value: str(r) } })),

  /** Default SCIM attribute mappings kept: p.values lists "source=>target" pairs. */
  scimDefaultMappings: (p, ctx) => {
    const defaults = new Map((p.values ?? []).map((v) => String(v).split('=>')).map(([s, t]) => [t, s]));
    const out: Failure[] = [];
    for (const m of ctx.item?.kind === 'object' ? (child(ctx.item, 'attributeMappings')?.items ?? []) : []) {
      const target = child(m, 'target');
      const source = child(m, 'source');
      if (!target || !source || source.kind !== 'scalar') continue;
      const expected = defaults.get(String(target.value));
      if (expected !== undefined && String(source.value) !== expected)
        out.push({ node: source, args: { value: String(source.value), expected, target: String(target.value) } });
    }
    return out;
  },

  /** The list at `path` contains `value` (a number or string). */
  listContains: (p, ctx) => {
    const values = scalars(p.path!, ctx);
    if (values.some((r) => scalarEquals(r.node.value, p.value))) return [];
    const list = resolve(p.path!, ctx, false)[0]?.node ?? ctx.item;
    return missingFrom(list, [String(p.value)]);
  },

  /** Front End / Director certificate SANs: lyncdiscoverinternal.<sip domain> and lyncdiscover.<sip domain> for every SIP domain. */
  lyncFrontEndSans: (_p, ctx) => {
    const have = new Set(scalars('frontEndCertificateSans', ctx).map((r) => str(r).toLowerCase()));
    const missing: string[] = [];
    for (const d of scalars('sipDomains', ctx)) {
      for (const name of [`lyncdiscoverinternal.${str(d)}`, `lyncdiscover.${str(d)}`]) if (!have.has(name.toLowerCase())) missing.push(name);
    }
    return missingFrom(child(ctx.item, 'frontEndCertificateSans') ?? child(ctx.item, 'sipDomains') ?? ctx.item, missing);
  },

  /** A lyncdiscover CNAME into another domain works only when the first request uses HTTP (a port 80 publishing rule). */
  lyncCnameCrossDomain: (_p, ctx) => {
    const overHttp = scalars('initialAutodiscoverOverHttp', ctx).some((r) => booleanish(r.node.value) === true);
    const port80 = scalars('reverseProxy.publishingRules[port=80].hosts[]', ctx).length > 0;
    if (overHttp && port80) return [];
    const out: Failure[] = [];
    for (const rec of child(ctx.item, 'dnsRecords')?.items ?? []) {
      const type = child(rec, 'type')?.value;
      const name = child(rec, 'name')?.value;
      const target = child(rec, 'target');
      if (String(type).toUpperCase() !== 'CNAME' || typeof name !== 'string' || !/^lyncdiscover\./i.test(name) || !target || typeof target.value !== 'string')
        continue;
      const domainOf = (s: string) => s.replace(/\.$/, '').split('.').slice(1).join('.').toLowerCase();
      if (domainOf(name) !== domainOf(target.value)) out.push({ node: target, args: { value: `${name} -> ${target.value}` } });
    }
    return out;
  },
};

function firstKey(root: SettingsNode | undefined): SettingsNode | undefined {
  return root?.properties?.[0] ?? root;
}
