// Secrets never reach a log, the output channel or an error message: the values a script gives to
// sensitive properties are collected first, and every text we print is passed through redact().

/** Properties whose values are secret (RouterOS hides them in exports; keys and passphrases too). */
export const sensitiveProperties: readonly string[] = [
  'secret', 'password', 'ppk-secret', 'ipsec-secret', 'export-passphrase', 'passphrase', 'auth-key', 'enc-key', 'key', 'private-key',
  'preshared-key',
];

const MASK = '••••';
const assignment = new RegExp(`(^|[\\s;{\\[])(${sensitiveProperties.join('|')})=("(?:[^"\\\\]|\\\\.)*"|[^\\s;\\]}]*)`, 'g');

function unquote(value: string): string {
  return value.startsWith('"') && value.endsWith('"') && value.length >= 2 ? value.slice(1, -1).replace(/\\(.)/g, '$1') : value;
}

/** The secret values a script writes, as written and unquoted, to be masked wherever they turn up. */
export function collectSecrets(script: string): string[] {
  const values = new Set<string>();
  for (const match of script.matchAll(assignment)) {
    for (const value of [match[3], unquote(match[3])]) if (value.length >= 3) values.add(value);
  }
  return [...values].sort((a, b) => b.length - a.length);
}

/** Masks `secret=…` assignments and every known secret value in a text about to be shown. */
export function redact(text: string, secrets: readonly string[] = []): string {
  let masked = text.replace(assignment, (_, before: string, name: string) => `${before}${name}=${MASK}`);
  for (const secret of secrets) masked = masked.split(secret).join(MASK);
  return masked;
}
