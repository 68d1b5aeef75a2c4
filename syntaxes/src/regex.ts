// Oniguruma regex fragments shared by the grammar rules. Every repetition is possessive or bounded, so
// no pattern can backtrack catastrophically on a long line.

interface TrieNode {
  terminal: boolean;
  children: Map<string, TrieNode>;
}

function buildTrie(words: readonly string[]): TrieNode {
  const root: TrieNode = { terminal: false, children: new Map() };
  for (const word of words) {
    let node = root;
    for (const char of word) {
      let next = node.children.get(char);
      if (!next) {
        next = { terminal: false, children: new Map() };
        node.children.set(char, next);
      }
      node = next;
    }
    node.terminal = true;
  }
  return root;
}

const escapeChar = (char: string): string => (/[\w]/.test(char) ? char : `\\${char}`);

function trieToPattern(node: TrieNode): string {
  const branches = [...node.children.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([char, child]) => escapeChar(char) + trieToPattern(child));
  if (branches.length === 0) return '';
  const body = branches.length === 1 ? branches[0] : `(?:${branches.join('|')})`;
  // A word that is also the prefix of longer words: try the longer ones first, then stop here.
  return node.terminal ? `(?:${body})?` : body;
}

/**
 * One alternation of `words` factored by common prefixes (`re(?:move|set)`), which Oniguruma matches
 * far faster than a flat list of hundreds of words. The caller adds the word boundary.
 */
export function wordsPattern(words: readonly string[]): string {
  const pattern = trieToPattern(buildTrie(words));
  return `(?:${pattern})`;
}

/** A menu path segment: `ip`, `dhcp-server`, `6to4`; never a number or an IP address. */
export const SEGMENT = String.raw`(?:[A-Za-z]|\d++[A-Za-z])[\w-]*+(?![.=:])`;

/** What may follow a value item: the end of the line, a separator, a closing bracket, a quote or escape. */
export const VALUE_END = String.raw`(?=$|[\s,;/)\]}"\\])`;

const octet = String.raw`\d{1,3}`;
export const IPV4 = String.raw`${octet}(?:\.${octet}){3}`;
export const IPV6 = String.raw`(?:[0-9A-Fa-f]{0,4}:){2,7}[0-9A-Fa-f]{0,4}`;
export const HEX_PAIR = '[0-9A-Fa-f]{2}';

/** A backslash as the last character of a line (trailing blanks allowed, as the console does). */
export const LINE_END_BACKSLASH = String.raw`\\[ \t]*+$`;
