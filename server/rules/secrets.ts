// Values that must never be echoed back (outline, hover, logs): credentials by their key's name,
// whatever the format. Catalog entries flagged `sensitive` are secrets too; this covers the keys
// no catalog knows (an AXL password in a settings file, a custom LdapPassword app-config key).
const SECRET_NAME = /pass(word|wd)?$|passwd|password|secret|token|credential(?!sfrom)|apikey|api_key/i;

export function looksSecret(key: string | undefined): boolean {
  return !!key && SECRET_NAME.test(key);
}

export const MASK = '••••••';
