// Host names, IP addresses and URLs, read the way the platform reads them: `node:net` decides what an
// IP address is and WHATWG `URL` what a URL's host is (so `https://user@host/x` has the host `host`,
// and 999.999.999.999 is no address). One copy for every rule, view and service.
import { isIP, isIPv4 } from 'node:net';

/**
 * node:net's isIP, without its IPv6 expression for text that holds no colon (every IPv6 address has
 * one): most values asked are host names, and that expression was the costliest step of a folder check.
 */
const ipVersion = (value: string): number => (value.includes(':') ? isIP(value) : isIPv4(value) ? 4 : 0);

export const isIpv4 = (value: string): boolean => isIPv4(value);
export const isIpv6 = (value: string): boolean => value.includes(':') && isIP(value) === 6;

/** Whether the value is an IPv4 or IPv6 address, optionally with a port (`10.0.0.1:5061`, `[2001:db8::1]:8443`). */
export function isIp(value: string): boolean {
  const s = value.trim();
  if (ipVersion(s)) return true;
  const bracketed = /^\[([^\]]+)\](:\d{1,5})?$/.exec(s);
  if (bracketed) return isIpv6(bracketed[1]);
  const withPort = /^([^:]+):\d{1,5}$/.exec(s);
  return !!withPort && isIpv4(withPort[1]);
}

const HOST_LABEL = /^(?!-)[a-z0-9_-]{1,63}(?<!-)$/i;

/**
 * Whether the value is a host name: dot-separated labels of letters, digits, hyphens and underscores
 * (as systems write them), 1 to 63 characters each and no hyphen at either end, at most 253 in all,
 * a trailing dot allowed; an all-numeric name is meant as an IPv4 address and judged as one
 * (11.22.33.456 is none). With `fqdn`, the FQDN rule of seed 004 (what Expressway asks of a host):
 * at least two levels, no underscore, the last level starting with a letter.
 */
export function isHostName(value: string, { fqdn = false } = {}): boolean {
  if (!value || value.length > 253) return false;
  const labels = value.replace(/\.$/, '').split('.');
  if (fqdn) return labels.length > 1 && /^[a-z]/i.test(labels[labels.length - 1]) && labels.every((l) => HOST_LABEL.test(l) && !l.includes('_'));
  if (labels.every((l) => /^\d+$/.test(l))) return isIPv4(value);
  return labels.every((l) => HOST_LABEL.test(l));
}

/** The host of a parsed URL as hostOf reads it: lower-cased, without a trailing dot; undefined when it has none. */
export function hostOfUrl(url: URL): string | undefined {
  return url.hostname ? url.hostname.toLowerCase().replace(/\.$/, '') : undefined;
}

const BARE_HOST = /^([a-z0-9_.-]+|\[[0-9a-f:.]+\])(:\d{1,5})?(\/\S*)?$/i;

/**
 * The host of a URL (`https://user:pw@Photos.example.com:8443/x` → `photos.example.com`), of
 * `host:port`, or a bare host name, lower-cased and without a trailing dot; undefined when none can
 * be read. An IPv6 host keeps its brackets, as a URL writes it.
 */
export function hostOf(value: string): string | undefined {
  const v = value.trim();
  if (!v) return undefined;
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(v)) {
    try {
      return hostOfUrl(new URL(v));
    } catch {
      return undefined;
    }
  }
  const m = BARE_HOST.exec(v);
  return m ? m[1].toLowerCase().replace(/\.$/, '') : undefined;
}
