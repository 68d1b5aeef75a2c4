// Checks one written value against what the knowledge base says about its argument. Conservative:
// a value is only rejected when the knowledge is sure (see ArgumentInfo.strict and .closed).
import { didYouMean } from './suggest';
import type { ArgumentInfo } from './types';
import {
  isAddressOrPrefix, isAddressRange, isHostName, isIPAddress, isIPv4, isIPv4Prefix, isIPv6, isMac,
  parseNumber, parseTime, parseYesNo, splitList,
} from './values';

export interface ValueProblem {
  readonly message: string;
  /** The offending member when the value is a list. */
  readonly member?: string;
  /** A known value close to the offending one. */
  readonly suggestion?: string;
  /** Set when the value exists, but in other releases than the target. */
  readonly existsIn?: { readonly releases: readonly string[]; readonly summary: string };
}

type KindCheck = (text: string, arg: ArgumentInfo) => boolean;

const ADDRESS_LIKE = /^[0-9a-fA-F.:/,-]+$/;

const KIND_CHECKS: Partial<Record<ArgumentInfo['kind'], KindCheck>> = {
  bool: (text) => parseYesNo(text) !== undefined,
  time: (text, arg) => inBounds(parseTime(text), arg),
  number: (text, arg) => inBounds(parseNumber(text), arg),
  ipv4: (text) => isIPv4(text),
  ipv6: (text) => isIPv6(text),
  ip: (text) => isIPAddress(text),
  'ipv4-prefix': (text) => isIPv4Prefix(text) || isIPv4(text),
  prefix: (text) => isAddressOrPrefix(text),
  range: (text) => isAddressRange(text),
  'address-or-dns': (text) => isAddressOrPrefix(text) || isHostName(text),
  mac: (text) => isMac(text),
  'ipsec-policy': (text) => /^(in|out)\s*,\s*(ipsec|none)$/.test(text),
  hex: (text, arg) => /^(0x)?[0-9a-fA-F]*$/.test(text) && inBounds(text.length, arg),
  string: (text, arg) => inBounds(text.length, arg),
};

function inBounds(value: number | undefined, bounds: { min?: number; max?: number }): boolean {
  if (value === undefined) return false;
  return (bounds.min === undefined || value >= bounds.min) && (bounds.max === undefined || value <= bounds.max);
}

/** Values the script computes (`$x`, `[find …]`, `(…)`) cannot be checked here. */
function isComputed(text: string): boolean {
  return text.includes('$') || text.startsWith('[') || text.startsWith('(');
}

/** Loose kinds (console address hints) only reject values that try to be an address and are not
 *  any address form at all. */
function looseAddressProblem(text: string): boolean {
  return ADDRESS_LIKE.test(text) && /\d/.test(text) && !splitList(text).every(isAddressRange);
}

const KIND_WORDS: Partial<Record<ArgumentInfo['kind'], string>> = {
  bool: 'yes or no',
  time: 'a time interval',
  number: 'a number',
  ipv4: 'an IPv4 address',
  ipv6: 'an IPv6 address',
  ip: 'an IP address',
  'ipv4-prefix': 'an IPv4 prefix',
  prefix: 'an address or prefix',
  range: 'an address, range or prefix',
  'address-or-dns': 'an address, prefix or DNS name',
  mac: 'a MAC address',
  'ipsec-policy': 'in or out, then ipsec or none (in,ipsec)',
  hex: 'a hexadecimal string',
  string: 'a string',
};

/** "a time interval 0s..1h", "a number 0..65535", "a string of at most 31 characters". */
function describeKind(arg: ArgumentInfo): string {
  const words = KIND_WORDS[arg.kind] ?? arg.kind;
  const hintRange = arg.kind === 'time' ? /^(\S*\.\.\S*)\s/.exec(arg.hint ?? '')?.[1] : undefined;
  if (hintRange) return `${words} ${hintRange}`;
  if (arg.kind === 'string' || arg.kind === 'hex') return arg.max !== undefined ? `${words} of at most ${arg.max} characters` : words;
  if (arg.min === undefined && arg.max === undefined) return words;
  return `${words} ${arg.min ?? ''}..${arg.max ?? ''}`;
}

function unknownWord(arg: ArgumentInfo, text: string): ValueProblem {
  const elsewhere = arg.allValues.find((v) => v.name === text && !v.present);
  if (elsewhere) {
    return {
      message: `\`${text}\` is not available for ${arg.name} in this release; it exists in ${elsewhere.summary}`,
      existsIn: { releases: elsewhere.releases, summary: elsewhere.summary },
    };
  }
  const suggestion = didYouMean(text, [...arg.values.map((v) => v.name), ...arg.typedPrefixes]);
  const expected = arg.kind === 'enum' ? 'one of its values' : describeKind(arg);
  return {
    message: `\`${text}\` is not valid for ${arg.name}: expected ${expected}`,
    ...(suggestion ? { suggestion } : {}),
  };
}

function checkTyped(arg: ArgumentInfo, text: string): ValueProblem | undefined {
  const type = text.slice(0, text.indexOf(':'));
  if (arg.typedPrefixes.includes(type) || !arg.closed) return undefined;
  const suggestion = didYouMean(type, arg.typedPrefixes);
  return {
    message: `\`${type}\` is not a type ${arg.name} accepts: expected one of ${arg.typedPrefixes.join(', ')}`,
    ...(suggestion ? { suggestion: `${suggestion}${text.slice(type.length)}` } : {}),
  };
}

function checkMember(arg: ArgumentInfo, text: string): ValueProblem | undefined {
  if (arg.values.some((v) => v.name === text)) return undefined;
  if (arg.typedPrefixes.length > 0 && text.includes(':')) return checkTyped(arg, text);
  const check = KIND_CHECKS[arg.kind];
  if (check && !arg.strict) return looseAddressProblem(text) ? unknownWord(arg, text) : undefined;
  if (check) return check(text, arg) ? undefined : unknownWord(arg, text);
  if (arg.kind !== 'enum' || !arg.closed) return undefined;
  // Tab completion lists names only; such arguments often take a number too (protocol=47).
  if (arg.valuesFrom === 'completion' && parseNumber(text) !== undefined) return undefined;
  return unknownWord(arg, text);
}

/**
 * A problem with `text` (the value as written, quotes removed) for `arg`, or undefined when it is
 * fine or cannot be judged. Lists are checked member by member; `!` is stripped where allowed.
 * Arguments with neither a closed value set nor a strict kind (unknown knowledge) are never judged.
 */
export function checkArgumentValue(arg: ArgumentInfo, text: string): ValueProblem | undefined {
  if (isComputed(text) || (!arg.closed && !arg.strict)) return undefined;
  // Tab completion does not say whether a list or `!` is accepted, so such values are read leniently.
  const lenient = arg.valuesFrom === 'completion' && arg.doc === undefined;
  const negatable = arg.negatable || lenient;
  if (!arg.list && !lenient && arg.closed && (arg.kind === 'enum' || arg.kind === 'bool') && text.includes(',')) {
    return { message: `${arg.name} takes a single value, not a list` };
  }
  const members = arg.list || lenient ? splitList(text) : [text];
  for (const member of members) {
    const problem = checkMember(arg, negatable && member.startsWith('!') ? member.slice(1) : member);
    if (problem) return members.length > 1 ? { ...problem, member } : problem;
  }
  return undefined;
}
