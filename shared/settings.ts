// The one definition of UC Config's settings, shared by the client (which reads them from VS Code),
// the server (which receives them over workspace/configuration) and the CLI (flags). A unit test
// checks that package.json `contributes.configuration` declares exactly these keys with these defaults.

export type SeverityName = 'error' | 'warning' | 'information' | 'hint' | 'off';
export type MraMode = 'off' | 'on';
/** The languages UC Config speaks (schemas/l10n overlays, package.nls.*.json): every layer of client, server and CLI names them with this type. */
export type Locale = 'en' | 'ko' | 'ja';

export interface UcConfigSettings {
  /** Glob patterns (matched against the file path) of jabber-config files. */
  jabberConfigFiles: string[];
  /** Glob patterns of EMM app-configuration files (Intune / BlackBerry). */
  appConfigFiles: string[];
  /** Glob patterns of Expressway / CUCM / IM and Presence settings files. */
  settingsFiles: string[];
  /** Glob patterns of certificates, certificate requests and key files (PEM or DER). */
  certificateFiles: string[];
  /** Glob patterns of DNS lookups (nslookup, dig output) and zone files. */
  dnsFiles: string[];
  /** Glob patterns of Expressway HTTP allow-list rules CSV files. */
  allowListFiles: string[];
  /** Whether clients connect over Mobile and Remote Access: turns on MRA checks. */
  mra: MraMode;
  /** The Jabber release being deployed, e.g. "14.1"; version-dependent values and parameters follow it. */
  jabberRelease: string;
  /** Per-code severity overrides, e.g. { "unknown-parameter": "error", "mra-unsupported": "off" }. */
  severity: Record<string, SeverityName>;
  /** Files larger than this (in megabytes) get one "too large" diagnostic instead of a full check. */
  maxFileSizeMB: number;
  /** At most this many diagnostics per file (the most severe first), then one saying how many more there are. */
  maxDiagnostics: number;
  /** UI language of messages and hover text: "en", "ko" or "ja"; "auto" follows the editor. */
  locale: 'auto' | Locale;
}

export const DEFAULT_SETTINGS: UcConfigSettings = {
  jabberConfigFiles: ['**/jabber-config*.xml'],
  appConfigFiles: ['**/*.appconfig.xml', '**/*.appconfig.plist', '**/*.appconfig.json'],
  settingsFiles: ['**/*.expressway.yaml', '**/*.expressway.yml', '**/*.expressway.json', '**/*.cucm.yaml', '**/*.cucm.yml', '**/*.cucm.json'],
  certificateFiles: ['**/*.pem', '**/*.crt', '**/*.cer', '**/*.der', '**/*.csr', '**/*.p7b', '**/*.p7c', '**/*.key', '**/*.p12', '**/*.pfx'],
  dnsFiles: ['**/*.zone', '**/*.dns.txt', '**/*nslookup*.txt', '**/*srv*.txt', '**/dig-*.txt', '**/*.dig.txt'],
  allowListFiles: ['**/*allowlist*.csv', '**/*allow-list*.csv', '**/*allow_list*.csv'],
  mra: 'off',
  jabberRelease: '14.1',
  severity: {},
  maxFileSizeMB: 25,
  maxDiagnostics: 1000,
  locale: 'auto',
};

/** The key of each setting under the `ucConfig.` section of VS Code's settings. */
export const SETTINGS_SECTION = 'ucConfig';

/** Bounds on what a settings object may carry: a workspace (a cloned repository's .vscode/settings.json) can set them. */
export const SETTINGS_BOUNDS = {
  /** Patterns kept per list (shared/glob.ts reports and ignores those past its own caps). */
  patternsKept: 100_001,
  severityEntries: 1000,
  codeLength: 100,
  releaseLength: 20,
  maxFileSizeMB: { min: 1, max: 1024 },
  /** Diagnostics per file: a workspace asking for all of 120 000 held the event loop 124 ms sending them (and 280 ms reading them back with a code action). */
  maxDiagnostics: 10_000,
} as const;

const SEVERITIES: readonly SeverityName[] = ['error', 'warning', 'information', 'hint', 'off'];

/**
 * Merges a partial, possibly ill-typed settings object (from any LSP client, or a workspace's settings)
 * over the defaults. Every field is checked for type and range; a field that fails keeps its default,
 * junk inside a list or map is dropped, and unknown fields are ignored. Never throws.
 */
export function normalizeSettings(raw: unknown): UcConfigSettings {
  const s = (raw && typeof raw === 'object' && !Array.isArray(raw) ? raw : {}) as Record<string, unknown>;
  // A list keeps its strings (others are dropped); past SETTINGS_BOUNDS.patternsKept the rest is not even looked at,
  // so glob.ts can still say that there were too many.
  const strings = (v: unknown, d: string[]) => {
    if (!Array.isArray(v)) return d;
    const out: string[] = [];
    for (let i = 0; i < v.length && out.length < SETTINGS_BOUNDS.patternsKept; i++) if (typeof v[i] === 'string') out.push(v[i] as string);
    return out;
  };
  const severity: Record<string, SeverityName> = {};
  if (s.severity && typeof s.severity === 'object' && !Array.isArray(s.severity)) {
    let n = 0;
    for (const [code, sev] of Object.entries(s.severity as Record<string, unknown>)) {
      if (n >= SETTINGS_BOUNDS.severityEntries) break;
      if (code.length > SETTINGS_BOUNDS.codeLength || !SEVERITIES.includes(sev as SeverityName)) continue;
      // Codes are plain ids; "__proto__" and friends would reach the prototype of a plain object.
      if (!/^[A-Za-z0-9][A-Za-z0-9._-]*$/.test(code)) continue;
      severity[code] = sev as SeverityName;
      n++;
    }
  }
  const locale = s.locale === 'en' || s.locale === 'ko' || s.locale === 'ja' ? s.locale : 'auto';
  const size = s.maxFileSizeMB;
  const max = s.maxDiagnostics as number;
  return {
    jabberConfigFiles: strings(s.jabberConfigFiles, DEFAULT_SETTINGS.jabberConfigFiles),
    appConfigFiles: strings(s.appConfigFiles, DEFAULT_SETTINGS.appConfigFiles),
    settingsFiles: strings(s.settingsFiles, DEFAULT_SETTINGS.settingsFiles),
    certificateFiles: strings(s.certificateFiles, DEFAULT_SETTINGS.certificateFiles),
    dnsFiles: strings(s.dnsFiles, DEFAULT_SETTINGS.dnsFiles),
    allowListFiles: strings(s.allowListFiles, DEFAULT_SETTINGS.allowListFiles),
    mra: s.mra === 'on' ? 'on' : 'off',
    jabberRelease:
      typeof s.jabberRelease === 'string' && s.jabberRelease.length <= SETTINGS_BOUNDS.releaseLength && /^\d+(\.\d+)*$/.test(s.jabberRelease)
        ? s.jabberRelease
        : DEFAULT_SETTINGS.jabberRelease,
    severity,
    maxFileSizeMB:
      typeof size === 'number' && Number.isFinite(size) && size >= SETTINGS_BOUNDS.maxFileSizeMB.min && size <= SETTINGS_BOUNDS.maxFileSizeMB.max
        ? size
        : DEFAULT_SETTINGS.maxFileSizeMB,
    maxDiagnostics: Number.isInteger(max) && max > 0 ? Math.min(max, SETTINGS_BOUNDS.maxDiagnostics) : DEFAULT_SETTINGS.maxDiagnostics,
    locale,
  };
}
