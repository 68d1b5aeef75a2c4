// Bracketed constructs: `{ … }` blocks, `[ … ]` command substitutions and `( … )` expressions.
import type { BlockValue, ExpressionValue, SubstitutionValue, Value } from './ast';
import * as chars from './chars';
import { strayCloser, tooDeep, unclosed } from './messages';
import type { BraceFrame, ContainerParsers, ParseState } from './state';
import { parseBody } from './statements';
import { parseValue } from './values';
import { BlockNode, ExpressionNode, NONE, SubstitutionNode } from './nodes';

// Module-local copies: see chars.ts on why the per-character loops avoid imported bindings.
const { CLASSES, closerFor } = chars;
const { BACKSLASH, CR, HASH, LBRACE, LBRACKET, LF, LPAREN, QUOTE, RBRACE, RBRACKET, RPAREN, SEMICOLON } = chars.Char;
const { BLANK, CLOSER } = chars.Flag;

/** Deeper nesting is skipped without analysis, so recursion stays bounded on any input. */
export const MAX_DEPTH = 100;

export const containers: ContainerParsers = {
  blockStatement: (s) => brace(s, false),
  blockValue: (s) => brace(s, true),
  substitution,
  expression,
};

function brace(s: ParseState, mayBeArray: boolean): BlockValue {
  const open = s.pos;
  if (s.depth >= MAX_DEPTH) {
    const skipped = skipTooDeep(s, open);
    return new BlockNode(open, skipped.end, NONE, skipped.closed);
  }
  const frame: BraceFrame = {
    open,
    indent: s.lineIndent,
    lineStart: s.lineStart,
    bodyIndent: -1,
    outdent: -1,
    cut: s.cuts.get(open) ?? -1,
  };
  enter(s, open, RBRACE);
  s.braceFrames.push(frame);
  // A string cannot span lines, so neither can a block inside one of its interpolations.
  const endsAtLineBreak = s.stringDepth > 0;
  const body = parseBody(s, { closer: RBRACE, endsAtLineBreak, mayBeArray, frame });
  s.braceFrames.pop();
  leave(s);
  if (!body.closed && frame.outdent >= 0) s.cutsFound.set(open, frame.outdent);
  const end = finish(s, open, body.closed, lastEnd(body.statements, open));
  return new BlockNode(open, end, body.statements, body.closed);
}

function substitution(s: ParseState, start: number): SubstitutionValue {
  const open = s.pos;
  if (s.depth >= MAX_DEPTH) {
    const skipped = skipTooDeep(s, open);
    return new SubstitutionNode(start, skipped.end, NONE, skipped.closed);
  }
  enter(s, open, RBRACKET);
  const body = parseBody(s, { closer: RBRACKET, endsAtLineBreak: true, mayBeArray: false, frame: null });
  leave(s);
  const end = finish(s, open, body.closed, lastEnd(body.statements, open));
  return new SubstitutionNode(start, end, body.statements, body.closed);
}

function expression(s: ParseState, start: number): ExpressionValue {
  const open = s.pos;
  if (s.depth >= MAX_DEPTH) {
    const skipped = skipTooDeep(s, open);
    return new ExpressionNode(start, skipped.end, NONE, skipped.closed);
  }
  enter(s, open, RPAREN);
  const items: Value[] = [];
  const closed = expressionItems(s, items);
  leave(s);
  const end = finish(s, open, closed, lastEnd(items, open));
  return new ExpressionNode(start, end, items, closed);
}

/** Operands and operators up to `)`; like `[ ]`, an expression ends with its line. */
function expressionItems(s: ParseState, items: Value[]): boolean {
  for (;;) {
    s.skipBlanks();
    const c = s.code(s.pos);
    if (c === RPAREN) return true;
    if (c < 0 || c === LF || c === CR) return false;
    if (c === HASH) {
      s.skipComment();
    } else if (c === SEMICOLON) {
      s.pos++;
    } else if (c < 128 && (CLASSES[c] & CLOSER) !== 0) {
      if (s.isOpen(c)) return false;
      s.report(s.pos, s.pos + 1, strayCloser(String.fromCharCode(c)));
      s.pos++;
    } else {
      items.push(parseValue(s));
    }
  }
}

function enter(s: ParseState, open: number, closer: number): void {
  s.pos = open + 1;
  s.depth++;
  s.openClosers.push(closer);
}

function leave(s: ParseState): void {
  s.depth--;
  s.openClosers.pop();
}

/** Where the last of `nodes` ends, or just after the opener when there are none. */
function lastEnd(nodes: readonly { readonly span: { readonly end: number } }[], open: number): number {
  return nodes.length > 0 ? nodes[nodes.length - 1]!.span.end : open + 1;
}

/**
 * Consumes the closer, or reports the opener as unclosed; an unclosed construct ends at the last
 * text it holds (trailing blank lines are not part of it, but the blanks of an unclosed string
 * inside it are: `contentEnd` is where its last child ends). Returns the end offset.
 */
function finish(s: ParseState, open: number, closed: boolean, contentEnd: number): number {
  if (closed) return ++s.pos;
  const opener = s.text.charAt(open);
  const atLineEnd = s.code(s.pos) === LF || s.code(s.pos) === CR;
  s.report(open, open + 1, unclosed(opener, String.fromCharCode(closerFor(s.text.charCodeAt(open))), atLineEnd && opener !== '{'));
  // Reading resumes at the end too: after a brace ended by indentation, the next line must not be
  // glued onto the value that held the brace.
  let end = s.pos;
  while (end > contentEnd && isWhitespace(s.text.charCodeAt(end - 1))) end--;
  s.pos = end;
  return end;
}

function isWhitespace(code: number): boolean {
  return code === LF || code === CR || (code < 128 && (CLASSES[code] & BLANK) !== 0);
}

/** Skips a too-deeply nested construct without recursion: brackets are only counted. */
function skipTooDeep(s: ParseState, open: number): { end: number; closed: boolean } {
  s.report(open, open + 1, tooDeep(MAX_DEPTH));
  const text = s.text;
  const expected: number[] = [closerFor(text.charCodeAt(open))];
  let p = open + 1;
  while (p < s.end) {
    const c = text.charCodeAt(p);
    if (c === QUOTE) {
      p = skipQuoted(s, p);
      continue;
    }
    if (c === BACKSLASH) p++;
    else if (c === LBRACE || c === LBRACKET || c === LPAREN) expected.push(closerFor(c));
    else if (c === expected[expected.length - 1]) expected.pop();
    p++;
    if (expected.length === 0) break;
  }
  s.pos = Math.min(p, s.end);
  return { end: s.pos, closed: expected.length === 0 };
}

function skipQuoted(s: ParseState, open: number): number {
  let p = open + 1;
  while (p < s.end) {
    const c = s.text.charCodeAt(p);
    if (c === QUOTE) return p + 1;
    if (c === LF || c === CR) return p;
    p += c === BACKSLASH ? 2 : 1;
  }
  return s.end;
}
