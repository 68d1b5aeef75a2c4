// Physical and logical lines of the raw text, found by scanning characters near an offset, so that
// completion never has to parse or even split the whole file.
import type { TextSource } from '../../model/snapshot';

const LF = 10;
const CR = 13;
const BACKSLASH = 92;

/** At most this many physical lines are joined into one logical line (a safety bound, not a limit users meet). */
const MAX_JOINED_LINES = 400;

export function isLineBreak(code: number): boolean {
  return code === LF || code === CR;
}

/** The offset where the physical line containing `offset` starts. */
function lineStartAt(text: TextSource, offset: number): number {
  let at = Math.min(offset, text.length);
  while (at > 0 && !isLineBreak(text.charCodeAt(at - 1))) at--;
  return at;
}

/** The offset of the line break ending the physical line containing `offset` (or the text's end). */
export function lineEndAt(text: TextSource, offset: number): number {
  let at = Math.max(0, offset);
  while (at < text.length && !isLineBreak(text.charCodeAt(at))) at++;
  return at;
}

/** Where the physical line before the one starting at `lineStart` starts, or -1 at the first line. */
export function previousLineStart(text: TextSource, lineStart: number): number {
  if (lineStart <= 0) return -1;
  let end = lineStart - 1;
  if (end > 0 && text.charCodeAt(end) === LF && text.charCodeAt(end - 1) === CR) end--;
  return lineStartAt(text, end);
}

/** The start of the next physical line after the line break at `lineEnd`, or -1 at the last line. */
function nextLineStart(text: TextSource, lineEnd: number): number {
  if (lineEnd >= text.length) return -1;
  const crlf = text.charCodeAt(lineEnd) === CR && text.charCodeAt(lineEnd + 1) === LF;
  return lineEnd + (crlf ? 2 : 1);
}

/** A line ending in an odd number of backslashes continues on the next line. */
export function continues(text: TextSource, lineEnd: number): boolean {
  let count = 0;
  for (let at = lineEnd - 1; at >= 0 && text.charCodeAt(at) === BACKSLASH; at--) count++;
  return count % 2 === 1;
}

/** The logical line (physical lines joined by `\` continuations) around `offset`: [start, end). */
export function logicalLineAt(text: TextSource, offset: number): { start: number; end: number } {
  let start = lineStartAt(text, offset);
  for (let joined = 0; joined < MAX_JOINED_LINES; joined++) {
    const previous = previousLineStart(text, start);
    if (previous < 0 || !continues(text, lineEndAt(text, previous))) break;
    start = previous;
  }
  let end = lineEndAt(text, offset);
  for (let joined = 0; joined < MAX_JOINED_LINES && continues(text, end); joined++) {
    const next = nextLineStart(text, end);
    if (next < 0) break;
    end = lineEndAt(text, next);
  }
  return { start, end };
}

/** The whitespace before the first character of the line starting at `lineStart`. */
export function indentationAt(text: TextSource, lineStart: number): number {
  let at = lineStart;
  while (at < text.length && (text.charCodeAt(at) === 32 || text.charCodeAt(at) === 9)) at++;
  return at - lineStart;
}
