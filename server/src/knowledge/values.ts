// Value validators for RouterOS argument values as they are written in scripts. Pure functions over
// the literal text (quotes already removed); they never throw.

const IPV4_OCTET = '(?:25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)';
const IPV4 = new RegExp(`^${IPV4_OCTET}(?:\\.${IPV4_OCTET}){3}$`);

export function isIPv4(text: string): boolean {
  return IPV4.test(text);
}

export function isIPv6(text: string): boolean {
  if (!/^[0-9a-fA-F:.]+$/.test(text) || text.includes(':::')) return false;
  const halves = text.split('::');
  if (halves.length > 2) return false;
  const groupsOf = (part: string) => (part === '' ? [] : part.split(':'));
  const head = groupsOf(halves[0]);
  const tail = halves.length === 2 ? groupsOf(halves[1]) : [];
  const all = [...head, ...tail];
  const last = all[all.length - 1];
  const embedsIPv4 = last !== undefined && last.includes('.');
  if (embedsIPv4 && !isIPv4(last)) return false;
  const hexGroups = embedsIPv4 ? all.slice(0, -1) : all;
  if (!hexGroups.every((g) => /^[0-9a-fA-F]{1,4}$/.test(g))) return false;
  const width = hexGroups.length + (embedsIPv4 ? 2 : 0);
  return halves.length === 2 ? width <= 7 : width === 8;
}

export function isIPAddress(text: string): boolean {
  return isIPv4(text) || isIPv6(text);
}

function prefixParts(text: string): { address: string; length: number } | undefined {
  const match = /^([^/]+)\/(\d{1,3})$/.exec(text);
  return match ? { address: match[1], length: Number(match[2]) } : undefined;
}

/** `A.B.C.D/M` with M in 0..32 (`0.0.0.0/0` included). */
export function isIPv4Prefix(text: string): boolean {
  const parts = prefixParts(text);
  return parts !== undefined && isIPv4(parts.address) && parts.length <= 32;
}

/** `X:…/M` with M in 0..128 (`::/0` included). */
export function isIPv6Prefix(text: string): boolean {
  const parts = prefixParts(text);
  return parts !== undefined && isIPv6(parts.address) && parts.length <= 128;
}

/** An IPv4 or IPv6 prefix (with `/length`). */
export function isPrefix(text: string): boolean {
  return isIPv4Prefix(text) || isIPv6Prefix(text);
}

/** An IPv4 or IPv6 address, with or without `/length`: what policy and peer addresses accept. */
export function isAddressOrPrefix(text: string): boolean {
  return isIPAddress(text) || isPrefix(text);
}

function ipv4ToNumber(text: string): number {
  return text.split('.').reduce((sum, octet) => sum * 256 + Number(octet), 0);
}

/** `A.B.C.D-A.B.C.D` with the first address not above the last. */
export function isIPv4Range(text: string): boolean {
  const ends = text.split('-');
  if (ends.length !== 2 || !isIPv4(ends[0]) || !isIPv4(ends[1])) return false;
  return ipv4ToNumber(ends[0]) <= ipv4ToNumber(ends[1]);
}

/** One element of an address range argument: an address, a range or a prefix (IPv4 or IPv6). */
export function isAddressRange(text: string): boolean {
  return isAddressOrPrefix(text) || isIPv4Range(text);
}

/** `/ip pool ranges=`: a comma list of ranges, prefixes or single addresses. */
export function isPoolRanges(text: string): boolean {
  return text !== '' && splitList(text).every(isAddressRange);
}

/** A DNS name such as `vpn.example.com` (peer `address=` accepts one). */
export function isHostName(text: string): boolean {
  return /^(?=.{1,253}$)[A-Za-z0-9_](?:[A-Za-z0-9_-]{0,62})(?:\.[A-Za-z0-9_](?:[A-Za-z0-9_-]{0,62}))*\.?$/.test(text)
    && /[A-Za-z]/.test(text);
}

const TIME_UNITS_MS: Readonly<Record<string, number>> = {
  w: 604_800_000, d: 86_400_000, h: 3_600_000, m: 60_000, s: 1000, ms: 1, us: 0.001, ns: 0.000001,
};

function clockToMs(text: string): number | undefined {
  const match = /^(\d+):(\d{1,2})(?::(\d{1,2})(?:\.(\d{1,9}))?)?$/.exec(text);
  if (!match) return undefined;
  const [, hours, minutes, seconds = '0', fraction = ''] = match;
  if (Number(minutes) > 59 || Number(seconds) > 59) return undefined;
  const fractionMs = fraction === '' ? 0 : Number(`0.${fraction}`) * 1000;
  return Number(hours) * 3_600_000 + Number(minutes) * 60_000 + Number(seconds) * 1000 + fractionMs;
}

/**
 * Milliseconds of a RouterOS time value, or undefined: `30m`, `1d2h3m`, `1w`, `500ms`, `1.5s`,
 * `00:30:00`, `1d00:00:00`, `00:00:00.200`, and a bare number of seconds (`3600`).
 */
export function parseTime(text: string): number | undefined {
  if (/^\d+$/.test(text)) return Number(text) * 1000;
  const unit = /(\d+(?:\.\d+)?)(ms|us|ns|w|d|h|m|s)/y;
  let total = 0;
  let position = 0;
  let units = 0;
  for (let match = unit.exec(text); match; match = unit.exec(text)) {
    total += Number(match[1]) * TIME_UNITS_MS[match[2]];
    position = unit.lastIndex;
    units++;
  }
  if (position === text.length) return units > 0 ? total : undefined;
  const clock = clockToMs(text.slice(position));
  return clock === undefined ? undefined : total + clock;
}

export function isTime(text: string): boolean {
  return parseTime(text) !== undefined;
}

/** A decimal or `0x` hexadecimal integer, optionally signed. */
export function parseNumber(text: string): number | undefined {
  if (/^[+-]?\d+$/.test(text)) return Number(text);
  if (/^0x[0-9a-fA-F]+$/.test(text)) return parseInt(text.slice(2), 16);
  return undefined;
}

export function isNumberInBounds(text: string, min?: number, max?: number): boolean {
  const value = parseNumber(text);
  if (value === undefined) return false;
  return (min === undefined || value >= min) && (max === undefined || value <= max);
}

/** `AA:BB:CC:DD:EE:FF`, `AA-BB-…`, `AABB.CCDD.EEFF` or 12 hex digits. */
export function isMac(text: string): boolean {
  return /^[0-9a-fA-F]{2}([:-])(?:[0-9a-fA-F]{2}\1){4}[0-9a-fA-F]{2}$/.test(text)
    || /^(?:[0-9a-fA-F]{4}\.){2}[0-9a-fA-F]{4}$/.test(text)
    || /^[0-9a-fA-F]{12}$/.test(text);
}

/** `yes`/`no`, and `true`/`false` which v6 exports use; undefined for anything else. */
export function parseYesNo(text: string): boolean | undefined {
  if (text === 'yes' || text === 'true') return true;
  if (text === 'no' || text === 'false') return false;
  return undefined;
}

/** The members of a comma list (`aes-256,aes-128`), trimmed. */
export function splitList(text: string): string[] {
  return text.split(',').map((part) => part.trim());
}

/** The members of `text` that are not in `allowed` (every member of a list when `list` is set). */
export function invalidEnumMembers(text: string, allowed: readonly string[], list: boolean): string[] {
  const members = list ? splitList(text) : [text];
  return members.filter((member) => !allowed.includes(member));
}
