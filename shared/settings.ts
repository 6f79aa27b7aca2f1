// The one definition of UC Config's settings, shared by the client (which reads them from VS Code),
// the server (which receives them over workspace/configuration) and the CLI (flags). A unit test
// checks that package.json `contributes.configuration` declares exactly these keys with these defaults.

export type SeverityName = 'error' | 'warning' | 'information' | 'hint' | 'off';
export type MraMode = 'off' | 'on';

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
  locale: 'auto' | 'en' | 'ko' | 'ja';
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

/** Merges a partial, possibly ill-typed settings object (from any LSP client) over the defaults. */
export function normalizeSettings(raw: unknown): UcConfigSettings {
  const s = (raw && typeof raw === 'object' ? raw : {}) as Record<string, unknown>;
  const strings = (v: unknown, d: string[]) => (Array.isArray(v) && v.every((x) => typeof x === 'string') ? (v as string[]) : d);
  const severity: Record<string, SeverityName> = {};
  if (s.severity && typeof s.severity === 'object') {
    for (const [code, sev] of Object.entries(s.severity as Record<string, unknown>)) {
      if (sev === 'error' || sev === 'warning' || sev === 'information' || sev === 'hint' || sev === 'off') severity[code] = sev;
    }
  }
  const locale = s.locale === 'en' || s.locale === 'ko' || s.locale === 'ja' ? s.locale : 'auto';
  return {
    jabberConfigFiles: strings(s.jabberConfigFiles, DEFAULT_SETTINGS.jabberConfigFiles),
    appConfigFiles: strings(s.appConfigFiles, DEFAULT_SETTINGS.appConfigFiles),
    settingsFiles: strings(s.settingsFiles, DEFAULT_SETTINGS.settingsFiles),
    certificateFiles: strings(s.certificateFiles, DEFAULT_SETTINGS.certificateFiles),
    dnsFiles: strings(s.dnsFiles, DEFAULT_SETTINGS.dnsFiles),
    allowListFiles: strings(s.allowListFiles, DEFAULT_SETTINGS.allowListFiles),
    mra: s.mra === 'on' ? 'on' : 'off',
    jabberRelease: typeof s.jabberRelease === 'string' && /^\d+(\.\d+)*$/.test(s.jabberRelease) ? s.jabberRelease : DEFAULT_SETTINGS.jabberRelease,
    severity,
    maxFileSizeMB: typeof s.maxFileSizeMB === 'number' && s.maxFileSizeMB > 0 ? s.maxFileSizeMB : DEFAULT_SETTINGS.maxFileSizeMB,
    maxDiagnostics: typeof s.maxDiagnostics === 'number' && Number.isInteger(s.maxDiagnostics) && s.maxDiagnostics > 0 ? s.maxDiagnostics : DEFAULT_SETTINGS.maxDiagnostics,
    locale,
  };
}
