// The one place that decides what is a secret, for every format and every surface (diagnostics,
// hover, outline, code lens, logs, CLI and SARIF). A parameter a catalog knows is a secret when the
// catalog flags it `sensitive` (data: ConnectionPassword is, ConnectionUsername is not); a name no
// catalog knows is one when it ends like a credential (an AXL password in a settings file, a custom
// LdapPassword app-config key). A password written inside a URL (`https://user:pw@host`) is a secret
// wherever it appears.

// Matched at the end of the name, so LDAP_UseCredentialsFrom, Forgot_Password_URL, secretTokenIssued,
// authorizeByOAuthToken or PhotoUriSubstitutionToken are not secrets; and only a value that is not a
// switch (true, Off, Yes…) is masked (usePassword: true hides nothing).
const SECRET_NAME = /(password|passwd|passphrase|pwd|secret|api_?key|private_?key|(access|bearer|refresh|api|secret)_?token)$/i;

export const MASK = '••••••';

/** Whether a name reads as a credential's (for names no catalog knows). */
export function looksSecret(name: string | undefined): boolean {
  return !!name && SECRET_NAME.test(name.trim());
}

/**
 * Whether a parameter's value must not be shown: by the catalog's `sensitive` flag when a catalog
 * knows the parameter (pass `known`, even without the flag), else by its name.
 */
export function isSecret(name: string | undefined, known?: { sensitive?: boolean } | null): boolean {
  return known ? !!known.sensitive : looksSecret(name);
}

/** Whether a value of a secret-named parameter holds something to hide (not empty, not a boolean). */
export function hidesSomething(value: unknown): boolean {
  if (typeof value !== 'string') return typeof value === 'number';
  const v = value.trim();
  return v !== '' && !/^(true|false|on|off|yes|no)$/i.test(v);
}

/**
 * Whether a value written in a file is a secret in plain text (`plaintext-secret`): any value of a
 * parameter the catalog flags sensitive (pass `known` when a catalog knows the parameter), or, for a
 * name no catalog knows, a credential's name with a value that hides something (not a switch).
 */
export function isPlaintextSecret(value: unknown, name: string | undefined, known?: { sensitive?: boolean } | null): boolean {
  if (typeof value !== 'string' || !value.trim()) return false;
  return known ? !!known.sensitive : looksSecret(name) && hidesSomething(value);
}

/** The value as it may be shown: masked when the parameter is a secret, else with any URL password masked. */
export function shownValue(value: string, name: string | undefined, known?: { sensitive?: boolean } | null): string {
  return isSecret(name, known) && hidesSomething(value) ? MASK : redactUrls(value);
}

// scheme://user:password@ — the user name stays (it says which account), the password goes.
const URL_PASSWORD = /([a-z][a-z0-9+.-]*:\/\/[^\s:/?#@'"<>]*):[^\s/?#@'"<>]*@/gi;

/** Whether the text holds a URL with a password (`scheme://user:password@host`). */
export function hasUrlPassword(text: string): boolean {
  URL_PASSWORD.lastIndex = 0;
  const found = text.includes('@') && text.includes('://') && URL_PASSWORD.test(text);
  URL_PASSWORD.lastIndex = 0;
  return found;
}

/** The text with the password of every `scheme://user:password@host` masked. */
export function redactUrls(text: string): string {
  return text.includes('@') && text.includes('://') ? text.replace(URL_PASSWORD, `$1:${MASK}@`) : text;
}
