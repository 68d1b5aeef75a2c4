// Quoted strings: escapes, line continuations inside the quotes, and `$` interpolations.
import type { ExpressionValue, StringValue, SubstitutionValue, VariableValue } from './ast';
import * as chars from './chars';
import { unknownEscape, unterminatedString } from './messages';
import type { ParseState } from './state';
import { NONE, StringNode, VariableNode } from './nodes';

// Module-local copies: see chars.ts on why the per-character loops avoid imported bindings.
const { CLASSES } = chars;
const { BACKSLASH, CR, DOLLAR, LBRACKET, LF, LPAREN, QUOTE } = chars.Char;
const { HEX, VARIABLE } = chars.Flag;

type Interpolation = VariableValue | SubstitutionValue | ExpressionValue;

/** What a one-letter escape stands for (ipsec.md §4.3); indexed by the letter's code. */
const SIMPLE_ESCAPES: readonly (string | undefined)[] = (() => {
  const table: (string | undefined)[] = [];
  const pairs: [string, string][] = [
    ['"', '"'], ['\\', '\\'], ['n', '\n'], ['r', '\r'], ['t', '\t'], ['$', '$'], ['?', '?'],
    ['_', ' '], ['a', '\x07'], ['b', '\b'], ['f', '\f'], ['v', '\v'],
  ];
  for (const [letter, meaning] of pairs) table[letter.charCodeAt(0)] = meaning;
  return table;
})();

/**
 * Scans `"…"` from the opening quote. An unterminated string ends at the end of its line (unless the
 * line is continued with `\`), so one missing quote does not swallow the rest of the file.
 * `value` holds the unescaped text; interpolations appear in it as written.
 */
export function scanString(s: ParseState, interpolate: boolean): StringValue {
  const text = s.text;
  const start = s.pos;
  let p = start + 1;
  let segment = p;
  let pieces: string[] | null = null;
  let interpolations: Interpolation[] | null = null;
  let closed = false;
  for (;;) {
    const c = s.code(p);
    if (c === QUOTE) {
      closed = true;
      break;
    }
    if (c < 0 || c === LF || c === CR) {
      s.report(start, p, unterminatedString(c < 0));
      break;
    }
    if (c === BACKSLASH) {
      (pieces ??= []).push(text.slice(segment, p));
      p = escape(s, p, pieces);
      segment = p;
    } else if (c === DOLLAR && interpolate) {
      (pieces ??= []).push(text.slice(segment, p));
      s.pos = p;
      const part = interpolation(s);
      (interpolations ??= []).push(part);
      pieces.push(unfolded(text.slice(p, s.pos)));
      p = s.pos;
      segment = p;
    } else {
      p++;
    }
  }
  const end = closed ? p + 1 : p;
  s.pos = end;
  const tail = text.slice(segment, p);
  const value = pieces === null ? tail : (pieces.push(tail), pieces.join(''));
  return new StringNode(start, end, value, interpolations ?? NONE, closed);
}

/** An odd run of backslashes ending a line continues it: drop one, the line break and the indentation. */
const CONTINUATION = /(?<!\\)((?:\\\\)*)\\[ \t]*(?:\r\n|\r|\n)[ \t]*/g;

/** An interpolation's source as it reads once its line continuations are joined (ipsec.md §4.5). */
function unfolded(source: string): string {
  if (source.indexOf('\n') < 0 && source.indexOf('\r') < 0) return source;
  // A break left over (a backslash the parser read otherwise, e.g. after a stray one) reads as LF.
  return source.replace(CONTINUATION, '$1').replace(/\r\n?/g, '\n');
}

/** Decodes the escape (or line continuation) whose backslash is at `at`; returns where to resume. */
function escape(s: ParseState, at: number, pieces: string[]): number {
  const resume = s.continuationEnd(at);
  if (resume >= 0) return resume;
  const letter = s.code(at + 1);
  if (isHexDigit(letter) && isHexDigit(s.code(at + 2))) {
    pieces.push(String.fromCharCode(parseInt(s.text.slice(at + 1, at + 3), 16)));
    return at + 3;
  }
  const simple = letter >= 0 ? SIMPLE_ESCAPES[letter] : undefined;
  if (simple !== undefined) {
    pieces.push(simple);
    return at + 2;
  }
  // Unknown escapes (`\.`, `\d`, lowercase hex) are rejected by RouterOS; keep the character.
  const pair = letter >= 0xd800 && letter <= 0xdbff && (s.code(at + 2) & 0xfc00) === 0xdc00;
  const width = pair ? 3 : 2;
  s.report(at, at + width, unknownEscape(s.text.slice(at, at + width)));
  pieces.push(s.text.slice(at + 1, at + width));
  return at + width;
}

function isHexDigit(code: number): boolean {
  return code >= 0 && code < 128 && (CLASSES[code] & HEX) !== 0;
}

/**
 * `$name`, `$(…)` or `$[…]` inside a string. A `$` followed by anything else (`"P@$$w0rd"`) is kept
 * as a variable with an empty name: not a syntax error, but the text is not what it looks like.
 */
function interpolation(s: ParseState): Interpolation {
  const start = s.pos;
  const next = s.code(start + 1);
  if (next !== LPAREN && next !== LBRACKET) return scanVariableName(s, start);
  s.pos = start + 1;
  s.stringDepth++;
  const nested = next === LPAREN ? s.containers.expression(s, start) : s.containers.substitution(s, start);
  s.stringDepth--;
  return nested;
}

/** `$` followed by a run of letters, digits and `_` (possibly empty). */
export function scanVariableName(s: ParseState, start: number): VariableValue {
  const text = s.text;
  let p = start + 1;
  while (p < s.end) {
    const c = text.charCodeAt(p);
    if (c >= 128 || (CLASSES[c] & VARIABLE) === 0) break;
    p++;
  }
  s.pos = p;
  return new VariableNode(start, p, text.slice(start + 1, p));
}
