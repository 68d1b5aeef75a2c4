// Reads the console's one-line argument hints (`desc` in the inspect trees) into a value kind.
// The distinct hints were listed from all trees first; every shape that occurs is handled here.
import type { ValueKind } from '../data';
import { parseTime } from '../values';

export interface HintKind {
  readonly kind: ValueKind;
  readonly list?: boolean;
  readonly values?: readonly string[];
  readonly keywords?: readonly string[];
  readonly min?: number;
  readonly max?: number;
}

/** `aes-256|aes-192|3des[,EncAlgorithm*]`: a comma list of enumeration values. */
export function enumListOf(hint: string): string[] | undefined {
  const match = /^([^\s[\]]+)\[,[\w.]+\*\]$/.exec(hint);
  return match ? match[1].split('|') : undefined;
}

function lengthBounds(hint: string): { min?: number; max?: number } {
  const min = /min length (\d+)/.exec(hint);
  const max = /max length (\d+)/.exec(hint);
  return { ...(min ? { min: Number(min[1]) } : {}), ...(max ? { max: Number(max[1]) } : {}) };
}

/** `0s..1h    (time interval)`, `..1h`, `00:00:00.200..`, or just `time interval`. */
function timeBounds(hint: string): { min?: number; max?: number } {
  const match = /^(\S*)\.\.(\S*)\s+\(time interval\)$/.exec(hint);
  if (!match) return {};
  const min = match[1] === '' ? undefined : parseTime(match[1]);
  const max = match[2] === '' ? undefined : parseTime(match[2]);
  return { ...(min !== undefined ? { min } : {}), ...(max !== undefined ? { max } : {}) };
}

/** `none | A.B.C.D    (IP address)`: keywords written before the address form. */
function keywordsBefore(hint: string): string[] {
  const parts = hint.split(' | ');
  return parts.slice(0, -1).filter((part) => /^[\w-]+$/.test(part));
}

const ADDRESS_HINTS: ReadonlyArray<[RegExp, ValueKind]> = [
  [/\(IP address range\)$/, 'range'],
  [/\(IPv6 prefix\)$/, 'prefix'],
  [/\(IP prefix\)$/, 'ipv4-prefix'],
  [/\(IPv6 address\)$/, 'ipv6'],
  [/\(IP address\)$/, 'ipv4'],
  [/\(MAC address\)$/, 'mac'],
];

function addressKind(hint: string): HintKind | undefined {
  for (const [pattern, kind] of ADDRESS_HINTS) {
    if (!pattern.test(hint)) continue;
    const keywords = keywordsBefore(hint);
    return keywords.length > 0 ? { kind, keywords } : { kind };
  }
  return undefined;
}

/** The kind a hint describes; `unknown` for hints that say nothing usable ("see documentation"). */
export function kindOfHint(hint: string): HintKind {
  const values = enumListOf(hint);
  if (values) return { kind: 'enum', list: true, values };
  if (/^hexadecimal string value/.test(hint)) return { kind: 'hex', ...lengthBounds(hint) };
  if (/^string value/.test(hint)) return { kind: 'string', ...lengthBounds(hint) };
  if (/time interval\)?$/.test(hint)) return { kind: 'time', ...timeBounds(hint) };
  const range = /^(-?\d+)\.\.(-?\d+)(?:\s+\(integer number\))?$/.exec(hint);
  if (range) return { kind: 'number', min: Number(range[1]), max: Number(range[2]) };
  if (hint === 'script') return { kind: 'script' };
  return addressKind(hint) ?? { kind: 'unknown' };
}
