// Bare (unquoted) tokens: words, and the `name=` / `name~` heads of named arguments.
import type { WordValue } from './ast';
import * as chars from './chars';
import { strayBackslash } from './messages';
import type { ParseState } from './state';
import { WordNode } from './nodes';

// Module-local copies: see chars.ts on why the per-character loops avoid imported bindings.
const { CLASSES } = chars;
const { BACKSLASH, BANG, EQUALS, GT, LT, QUOTE, TILDE } = chars.Char;
const { DELIMITER, NAME } = chars.Flag;

/**
 * Scans a bare word from the current position. Line continuations inside it are joined (exports
 * never fold unquoted tokens, but the unfolding rule joins whatever follows); a continuation right
 * after the word is left for the caller, who decides whether the next line's token is glued on.
 */
export function scanWord(s: ParseState): WordValue {
  const text = s.text;
  const start = s.pos;
  let p = start;
  let pieces: string[] | null = null;
  let pieceStart = start;
  let end = start;
  while (p < s.end) {
    const c = text.charCodeAt(p);
    if (c >= 128 || (CLASSES[c] & DELIMITER) === 0) {
      p++;
      end = p;
      continue;
    }
    if (c !== BACKSLASH) break;
    const resume = s.continuationEnd(p);
    if (resume < 0) {
      // RouterOS rejects the backslash; keep it in the word so the token stays whole.
      s.report(p, p + 1, strayBackslash(p > 0 && text.charCodeAt(p - 1) === QUOTE));
      p++;
      end = p;
      continue;
    }
    const next = s.code(resume);
    if (next < 0 || (next < 128 && (CLASSES[next] & DELIMITER) !== 0)) break;
    (pieces ??= []).push(text.slice(pieceStart, p));
    p = resume;
    pieceStart = resume;
  }
  s.pos = end;
  let word: string;
  if (pieces === null) {
    word = s.slice(start, end);
  } else {
    pieces.push(text.slice(pieceStart, end));
    word = pieces.join('');
  }
  return new WordNode(start, end, word);
}

/** The end of the run of parameter-name characters starting at `start`. */
export function nameRunEnd(s: ParseState, start: number): number {
  const text = s.text;
  let p = start;
  while (p < s.end) {
    const c = text.charCodeAt(p);
    if (c >= 128 || (CLASSES[c] & NAME) === 0) break;
    p++;
  }
  return p;
}

/**
 * The operator of a named argument at `at` (`=`, `~`, `!=`, and in `where` expressions `<`, `<=`,
 * `>`, `>=`), or '' when there is none.
 */
export function operatorAt(s: ParseState, at: number, inWhere: boolean): string {
  const c = s.code(at);
  if (c === EQUALS) return '=';
  if (c === TILDE) return '~';
  if (c === BANG) return s.code(at + 1) === EQUALS ? '!=' : '';
  if (!inWhere || (c !== LT && c !== GT)) return '';
  const orEqual = s.code(at + 1) === EQUALS;
  if (c === LT) return orEqual ? '<=' : '<';
  return orEqual ? '>=' : '>';
}
