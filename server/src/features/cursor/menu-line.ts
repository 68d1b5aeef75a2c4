// The menu a line runs in, found by scanning back to the nearest menu line (`/ip ipsec peer` alone on
// its line) instead of reading the whole file: exports put those lines at column 0, and a script
// indented inside a block puts them at the block's indentation.
import type { KnowledgeView } from '../../knowledge/index';
import type { RouterDocument } from '../../model/document';
import type { TextSource } from '../../model/snapshot';
import { continues, indentationAt, lineEndAt, previousLineStart } from './lines';

export interface MenuLine {
  /** Offset of the line in the document it was found in. */
  readonly start: number;
  readonly text: string;
  readonly menu: readonly string[];
}

/**
 * How far back (in characters) to scan before relying on the menu line found by an earlier request:
 * a section of 100k address-list lines would otherwise cost milliseconds per keystroke.
 */
const SCAN_BUDGET = 150_000;
const SLASH = 47;

/**
 * Per document URI: the last menu line found, and the offset up to which no other menu line
 * followed it. Edits are made near the cursor, so a later request in the same section can trust it
 * when its own bounded scan reaches that verified stretch.
 */
const remembered = new Map<string, { line: MenuLine; verifiedTo: number }>();

/** The menu line above the line starting at `lineStart`, or undefined when the lines above run at the root. */
export function menuLineAbove(doc: RouterDocument, lineStart: number): MenuLine | undefined {
  const scan = scanBack(doc.source, lineStart, doc.kb, SCAN_BUDGET);
  if (scan !== 'budget-exhausted') return remember(doc.uri, scan, lineStart);
  const earlier = remembered.get(doc.uri);
  const stillValid = earlier !== undefined && earlier.line.start < lineStart
    && earlier.verifiedTo >= lineStart - SCAN_BUDGET && doc.source.startsWith(earlier.line.text, earlier.line.start);
  if (stillValid) return remember(doc.uri, earlier.line, lineStart);
  return remember(doc.uri, scanBack(doc.source, lineStart, doc.kb, Infinity) as MenuLine | undefined, lineStart);
}

function remember(uri: string, found: MenuLine | undefined, lineStart: number): MenuLine | undefined {
  if (found) remembered.set(uri, { line: found, verifiedTo: lineStart });
  else remembered.delete(uri);
  return found;
}

function scanBack(text: TextSource, lineStart: number, kb: KnowledgeView, budget: number): MenuLine | undefined | 'budget-exhausted' {
  const indent = indentationAt(text, lineStart);
  for (let at = previousLineStart(text, lineStart); at >= 0; at = previousLineStart(text, at)) {
    if (lineStart - at > budget) return 'budget-exhausted';
    if (!startsMenuCandidate(text, at, indent)) continue;
    const found = menuLineAt(text, at, kb);
    if (found) return found;
  }
  return undefined;
}

function startsMenuCandidate(text: TextSource, lineStart: number, indent: number): boolean {
  if (text.charCodeAt(lineStart) === SLASH) return true;
  return indent > 0 && text.charCodeAt(lineStart + indent) === SLASH && indentationAt(text, lineStart) === indent;
}

/** The line at `lineStart` when it is a path alone, with the menu it leads to. */
function menuLineAt(text: TextSource, lineStart: number, kb: KnowledgeView): MenuLine | undefined {
  const end = lineEndAt(text, lineStart);
  const line = text.slice(lineStart, end);
  if (line.includes('=') || continues(text, end)) return undefined;
  const menu = menuOfPathLine(line, kb);
  return menu ? { start: lineStart, text: line, menu } : undefined;
}

/** Characters that cannot appear on a line of path words alone. */
const NOT_A_PATH = /["$[\](){};=\\!]/;

/**
 * The menu a line such as `/ip ipsec peer` or `/ip/ipsec/peer` (a comment may follow) selects;
 * undefined for any other line. Split by hand rather than parsed: this runs on every keystroke.
 */
function menuOfPathLine(line: string, kb: KnowledgeView): readonly string[] | undefined {
  const code = line.replace(/(^|\s)#.*$/, '').trim();
  if (!code.startsWith('/') || NOT_A_PATH.test(code)) return undefined;
  const words = code.split(/[\s/]+/).filter((word) => word !== '');
  const resolved = kb.resolveWords(words, []);
  return resolved.command === undefined && resolved.consumed === words.length ? resolved.menu : undefined;
}
