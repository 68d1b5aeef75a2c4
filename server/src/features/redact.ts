// Secrets never appear in what the server shows (a hover quoting a defining line, a symbol's detail).

/** Properties whose values are secret (RouterOS hides them in exports). */
const SENSITIVE = ['secret', 'password', 'ppk-secret', 'ipsec-secret', 'export-passphrase', 'passphrase', 'private-key', 'preshared-key', 'xauth-password'];

const MASK = '••••';
const ASSIGNMENT = new RegExp(`(^|[\\s;{\\[])(${SENSITIVE.join('|')})=("(?:[^"\\\\]|\\\\.)*"?|[^\\s;\\]}]*)`, 'g');

export function redactLine(text: string): string {
  return text.replace(ASSIGNMENT, (_, before: string, name: string) => `${before}${name}=${MASK}`);
}
