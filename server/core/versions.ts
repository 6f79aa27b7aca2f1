// Release strings as Cisco writes them: Expressway "X8.10.1", Unified CM / IM and Presence
// "11.5(1)SU4", "10.5(2)", "10.5.2", "11.5 SU(2)", Jabber "11.9", "12.8(1)", "14.0.4". Each becomes
// [major, minor, maintenance, SU], so that "10.5(2)" and "10.5.2" compare equal and an SU orders after
// its base. The one version comparison of every format.

export type Version = [number, number, number, number];

export function parseVersion(text: unknown): Version | undefined {
  if (typeof text === 'number') text = String(text);
  if (typeof text !== 'string') return undefined;
  const s = text.trim().replace(/^x/i, '');
  if (!/^\d/.test(s)) return undefined;
  const [main, su] = s.split(/\s*su\s*/i);
  const nums = (main.match(/\d+/g) ?? []).map(Number);
  if (!nums.length) return undefined;
  const suNum = su !== undefined ? Number((su.match(/\d+/) ?? ['0'])[0]) : 0;
  return [nums[0] ?? 0, nums[1] ?? 0, nums[2] ?? 0, suNum];
}

const ZERO: Version = [0, 0, 0, 0];

/** Releases compared before, read once: the rules compare the same few release strings for every parameter. Bounded. */
const parsed = new Map<string, Readonly<Version>>();
function versionOf(text: string): Readonly<Version> {
  let v = parsed.get(text);
  if (v === undefined) {
    if (parsed.size >= 1000) parsed.clear();
    parsed.set(text, (v = parseVersion(text) ?? ZERO));
  }
  return v;
}

/** Negative, zero or positive as a is before, the same as or after b; text that is no release counts as 0. */
export function compareVersions(a: Readonly<Version> | string, b: Readonly<Version> | string): number {
  const va = typeof a === 'string' ? versionOf(a) : a;
  const vb = typeof b === 'string' ? versionOf(b) : b;
  for (let i = 0; i < 4; i++) if (va[i] !== vb[i]) return va[i] - vb[i];
  return 0;
}

/** True, false, or undefined when either side is not a recognisable release. */
export function versionAtLeast(actual: unknown, minimum: string): boolean | undefined {
  const a = parseVersion(actual);
  const b = parseVersion(minimum);
  if (!a || !b) return undefined;
  return compareVersions(a, b) >= 0;
}
