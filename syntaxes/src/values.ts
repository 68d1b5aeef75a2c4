// Rules for values of arguments (and unnamed arguments): numbers, times, addresses, prefixes, ranges,
// MAC addresses, booleans, enumeration words and bare words. A kind matches one whole item of a
// comma-separated list (it ends at VALUE_END), so a value is never split into two kinds.
import { ENUM_VALUES } from './words';
import { HEX_PAIR, IPV4, IPV6, VALUE_END, wordsPattern } from './regex';

export interface Rule {
  [key: string]: unknown;
}

interface Atom {
  name: string;
  pattern: string;
}

/**
 * Value kinds in priority order: where two match at the same place, the first one listed wins. The
 * ones that must fill a whole item end at VALUE_END.
 */
const WHOLE_ITEMS: Atom[] = [
  { name: 'constant.numeric.range.ipv4.routeros', pattern: `${IPV4}-${IPV4}` },
  { name: 'constant.numeric.prefix.ipv4.routeros', pattern: `${IPV4}/(?:${IPV4}|\\d{1,2})` },
  { name: 'constant.numeric.address.ipv4.routeros', pattern: IPV4 },
  { name: 'constant.numeric.mac-address.routeros', pattern: `${HEX_PAIR}(?:[:-]${HEX_PAIR}){5}` },
  { name: 'constant.numeric.time.routeros', pattern: String.raw`\d++(?::\d{2}){1,2}(?:\.\d++)?` },
  { name: 'constant.numeric.prefix.ipv6.routeros', pattern: `${IPV6}/\\d{1,3}` },
  { name: 'constant.numeric.address.ipv6.routeros', pattern: IPV6 },
  { name: 'constant.numeric.time.routeros', pattern: String.raw`(?:\d++(?:\.\d++)?(?:ms|us|ns|[wdhms]))++` },
  { name: 'constant.numeric.range.routeros', pattern: String.raw`\d++-\d++` },
  { name: 'constant.numeric.hex.routeros', pattern: '0x[0-9A-Fa-f]++' },
  { name: 'constant.numeric.id.routeros', pattern: String.raw`\*[0-9A-Fa-f]++` },
  { name: 'constant.numeric.integer.routeros', pattern: String.raw`-?\d++(?:\.\d++)?[kKMGT]?` },
  { name: 'constant.language.boolean.routeros', pattern: '(?:yes|no|true|false)' },
  { name: 'string.unquoted.routeros constant.other.enum.routeros', pattern: wordsPattern(ENUM_VALUES) },
];

/** Characters that end a bare word; in code (`where name~"x"`) also the comparison operators. */
const VALUE_WORD_END = String.raw`\s,;/()\[\]{}"$\\`;
const CODE_WORD_END = `${VALUE_WORD_END}!=<>~`;

const parts = (wordEnd: string): Atom[] => [
  { name: 'keyword.operator.negation.routeros', pattern: '!' },
  { name: 'string.unquoted.routeros', pattern: `[^${wordEnd}]++` },
  { name: 'punctuation.separator.list.routeros', pattern: ',' },
  { name: 'punctuation.separator.slash.routeros', pattern: '/' },
];

/**
 * One rule for every kind of value item: a single regex with one capture per kind is searched once per
 * item, where a rule per kind would cost a search each (values are most of an export's text).
 */
export function valueAtomRule(context: 'value' | 'code'): Rule {
  const tail = parts(context === 'value' ? VALUE_WORD_END : CODE_WORD_END);
  const capture = (atom: Atom): string => `(${atom.pattern})`;
  const whole = `(?:${WHOLE_ITEMS.map(capture).join('|')})${VALUE_END}`;
  const captures = Object.fromEntries([...WHOLE_ITEMS, ...tail].map((atom, i) => [i + 1, { name: atom.name }]));
  if (context === 'value') return { match: [whole, ...tail.map(capture)].join('|'), captures };
  // In code, a word starts after a delimiter and is not an argument name: the search for the next one
  // then skips the arguments (matched by their own rules) instead of stopping at each of them.
  const [negation, word, ...separators] = tail.map(capture);
  const start = String.raw`(?<![^\s,/;()\[\]{}"$\\!<>~])`;
  return { match: [`${start}(?:${whole}|${negation}|${word})(?!=)`, ...separators].join('|'), captures };
}

/**
 * The common case `name=item` (one item, unquoted, then a blank or the end of the line) as one match
 * instead of a value region (begin, item, end): the same scopes with fewer regex searches. Anything
 * else (lists, quotes, brackets, folds) fails this rule and falls to the region rule after it.
 */
export function simpleArgumentRule(argumentName: string): { rule: Rule; unless: string } {
  const items = [...WHOLE_ITEMS, { name: 'string.unquoted.routeros', pattern: `[^${VALUE_WORD_END}!]++` }];
  const captures = Object.fromEntries(items.map((atom, i) => [i + 4, { name: atom.name }]));
  const value = (group: string): string => `(?:${items.map((atom) => `(${group}${atom.pattern})`).join('|')})(?=[\\s;)\\]}]|$)`;
  const rule = {
    name: 'meta.argument.routeros',
    match: `${argumentName}(=)(${value('')})`,
    captures: {
      1: { name: 'entity.other.attribute-name.routeros' },
      2: { name: 'keyword.operator.assignment.routeros' },
      3: { name: 'meta.value.routeros' },
      ...captures,
    },
  };
  // The region rule for other values skips simple ones, so its search is not restarted at each argument.
  return { rule, unless: `(?!${value('?:')})` };
}
