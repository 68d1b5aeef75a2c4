// IPv4/IPv6 addresses and prefixes as the IPsec checks compare them: normalised networks, containment, overlap.

export interface Network {
  readonly family: 4 | 6;
  /** The network address (host bits cleared). */
  readonly base: bigint;
  readonly length: number;
}

const DIGIT_0 = 0x30;
const DOT = 0x2e;

/** Four dotted decimal octets of one to three digits each (rules parse thousands: no regex, one BigInt). */
function parseIPv4(text: string): bigint | undefined {
  let value = 0;
  let octet = 0;
  let digits = 0;
  let dots = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === DOT) {
      if (digits === 0 || dots === 3) return undefined;
      value = value * 256 + octet;
      octet = 0;
      digits = 0;
      dots++;
      continue;
    }
    const digit = code - DIGIT_0;
    if (digit < 0 || digit > 9 || digits === 3) return undefined;
    octet = octet * 10 + digit;
    digits++;
    if (octet > 255) return undefined;
  }
  if (digits === 0 || dots !== 3) return undefined;
  return BigInt(value * 256 + octet);
}

function parseIPv6(text: string): bigint | undefined {
  if (!/^[0-9a-fA-F:.]+$/.test(text) || !text.includes(':')) return undefined;
  const halves = text.split('::');
  if (halves.length > 2) return undefined;
  const groups = (part: string): number[] | undefined => {
    if (part === '') return [];
    const out: number[] = [];
    const pieces = part.split(':');
    for (let i = 0; i < pieces.length; i++) {
      const piece = pieces[i]!;
      if (i === pieces.length - 1 && piece.includes('.')) {
        const v4 = parseIPv4(piece);
        if (v4 === undefined) return undefined;
        out.push(Number(v4 >> 16n), Number(v4 & 0xffffn));
      } else {
        if (!/^[0-9a-fA-F]{1,4}$/.test(piece)) return undefined;
        out.push(parseInt(piece, 16));
      }
    }
    return out;
  };
  const head = groups(halves[0]!);
  const tail = halves.length === 2 ? groups(halves[1]!) : [];
  if (!head || !tail) return undefined;
  const missing = 8 - head.length - tail.length;
  if (missing < 0 || (halves.length === 1 && missing !== 0)) return undefined;
  const all = [...head, ...new Array<number>(missing).fill(0), ...tail];
  return all.reduce((acc, group) => (acc << 16n) | BigInt(group), 0n);
}

/** `192.168.1.0/24`, `10.0.0.1` (a host), `::/0`, `2001:db8::/32`; undefined for anything else (DNS names). */
export function parseNetwork(text: string): Network | undefined {
  const slash = text.indexOf('/');
  const addressText = slash < 0 ? text : text.slice(0, slash);
  const lengthText = slash < 0 ? undefined : text.slice(slash + 1);
  const v4 = parseIPv4(addressText);
  const family: 4 | 6 | undefined = v4 !== undefined ? 4 : parseIPv6(addressText) !== undefined ? 6 : undefined;
  if (family === undefined) return undefined;
  const address = family === 4 ? v4! : parseIPv6(addressText)!;
  const bits: 32 | 128 = family === 4 ? 32 : 128;
  if (lengthText !== undefined && !/^\d{1,3}$/.test(lengthText)) return undefined;
  const length = lengthText === undefined ? bits : Number(lengthText);
  if (length > bits) return undefined;
  return { family, base: address & mask(bits, length), length };
}

/** The address itself, without its prefix length: `/ip address add address=10.0.0.1/24` is the host 10.0.0.1. */
export function parseHost(text: string): Network | undefined {
  const slash = text.indexOf('/');
  return parseNetwork(slash < 0 ? text : text.slice(0, slash));
}

function maskOf(bits: number, length: number): bigint {
  const all = (1n << BigInt(bits)) - 1n;
  return length === 0 ? 0n : (all >> BigInt(bits - length)) << BigInt(bits - length);
}

/** The masks of every prefix length, made once: rules compare many networks (every own subnet against each tunnel). */
const MASKS: Readonly<Record<32 | 128, readonly bigint[]>> = {
  32: Array.from({ length: 33 }, (_, length) => maskOf(32, length)),
  128: Array.from({ length: 129 }, (_, length) => maskOf(128, length)),
};

function mask(bits: 32 | 128, length: number): bigint {
  return MASKS[bits][length]!;
}

/** The base of the network of `length` bits that holds `network` (its base with the further bits cleared). */
export function networkBase(network: Network, length: number): bigint {
  return network.base & mask(network.family === 4 ? 32 : 128, length);
}

export function contains(outer: Network, inner: Network): boolean {
  if (outer.family !== inner.family || outer.length > inner.length) return false;
  return (inner.base & mask(outer.family === 4 ? 32 : 128, outer.length)) === outer.base;
}

export function overlaps(a: Network, b: Network): boolean {
  return contains(a, b) || contains(b, a);
}

export function sameNetwork(a: Network, b: Network): boolean {
  return a.family === b.family && a.length === b.length && a.base === b.base;
}

/** Whether the prefix written as `outer` contains the address or prefix written as `inner` (texts). */
export function prefixContains(outer: string, inner: string): boolean {
  const a = parseNetwork(outer);
  const b = parseNetwork(inner);
  return a !== undefined && b !== undefined && contains(a, b);
}

export function formatNetwork(network: Network): string {
  if (network.family === 4) {
    const octets = [24n, 16n, 8n, 0n].map((shift) => Number((network.base >> shift) & 255n));
    return `${octets.join('.')}/${network.length}`;
  }
  const groups: string[] = [];
  for (let shift = 112n; shift >= 0n; shift -= 16n) groups.push(((network.base >> shift) & 0xffffn).toString(16));
  return `${groups.join(':').replace(/(^|:)0(:0)+(:|$)/, '::')}/${network.length}`;
}
