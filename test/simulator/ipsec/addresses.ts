// IPv4 prefixes as the negotiation needs them: does a peer's `address=` cover a router's address,
// and which of several covering peers is the most specific.

function toNumber(address: string): number | undefined {
  const parts = address.split('.');
  if (parts.length !== 4) return undefined;
  let value = 0;
  for (const part of parts) {
    const byte = Number(part);
    if (!/^\d+$/.test(part) || byte > 255) return undefined;
    value = value * 256 + byte;
  }
  return value;
}

/** The prefix length of `address=` (a bare address is /32); -1 when it is not an IPv4 prefix. */
export function prefixLength(prefix: string): number {
  const [host, length] = prefix.split('/');
  if (toNumber(host) === undefined) return -1;
  return length === undefined ? 32 : Number(length);
}

export function prefixContains(prefix: string, address: string): boolean {
  const [host] = prefix.split('/');
  const length = prefixLength(prefix);
  const network = toNumber(host);
  const candidate = toNumber(address);
  if (length < 0 || network === undefined || candidate === undefined) return false;
  const size = 2 ** (32 - length);
  return Math.floor(network / size) === Math.floor(candidate / size);
}

/** `10.1.0.7/24` → `10.1.0.0/24`: policies compare networks, not the host bits written. */
export function networkOf(prefix: string): string {
  const [host] = prefix.split('/');
  const length = prefixLength(prefix);
  const value = toNumber(host);
  if (length < 0 || value === undefined) return prefix;
  const size = 2 ** (32 - length);
  const network = Math.floor(value / size) * size;
  const bytes = [24, 16, 8, 0].map((shift) => Math.floor(network / 2 ** shift) % 256);
  return `${bytes.join('.')}/${length}`;
}
