// Command lines: statement bodies, one command's items, named arguments and menu-path words.
import type { Item, NamedArg, Span, Statement, Value, WordValue } from './ast';
import * as chars from './chars';
import { missingCommand, spaceBeforeEquals, strayCloser } from './messages';
import type { BraceFrame, ParseState } from './state';
import { parseValue, startsValue } from './values';
import { nameRunEnd, operatorAt } from './words';
import { ArgNode, CommandNode, PathWordNode, WordNode } from './nodes';

// Module-local copies: see chars.ts on why the per-character loops avoid imported bindings.
const { CLASSES } = chars;
const { BACKSLASH, BANG, COLON, CR, EQUALS, HASH, LBRACE, LF, SEMICOLON, SLASH } = chars.Char;
const { BLANK, CLOSER, NAME } = chars.Flag;

export interface BodyContext {
  /** The character that closes this body, or -1 at the top level. */
  readonly closer: number;
  /** `[ ]` holds a single command line, so a line break ends it. */
  readonly endsAtLineBreak: boolean;
  /** `{ }` used as a value may be an array literal (`{a=1;b=2}`): no command name is expected. */
  readonly mayBeArray: boolean;
  /** The brace this body belongs to, for the recovery of a missing `}`. */
  readonly frame: BraceFrame | null;
}

export interface Body {
  readonly statements: Statement[];
  /** Whether the body ended at its own closer (left for the caller to consume). */
  readonly closed: boolean;
  /** The deadline passed before the body ended: calling again with the same statements resumes it. */
  readonly paused: boolean;
}

/** How many top-level statements are read between two looks at the clock. */
const STATEMENTS_PER_CLOCK_CHECK = 32;

export const TOP_LEVEL: BodyContext = { closer: -1, endsAtLineBreak: false, mayBeArray: false, frame: null };

/**
 * Statements up to the body's closer, the end of the text, or a closer that belongs further out. With a
 * `deadline` (a `performance.now()` time), reading pauses between statements once it has passed; the
 * caller resumes by calling again with the statements read so far (used at the top level only).
 */
export function parseBody(s: ParseState, ctx: BodyContext, statements: Statement[] = [], deadline = Infinity): Body {
  let sinceClockCheck = 0;
  for (;;) {
    if (deadline !== Infinity && ++sinceClockCheck >= STATEMENTS_PER_CLOCK_CHECK) {
      sinceClockCheck = 0;
      if (performance.now() >= deadline) return { statements, closed: false, paused: true };
    }
    s.skipBlanks();
    const c = s.code(s.pos);
    if (c < 0) return { statements, closed: false, paused: false };
    if (c === LF || c === CR) {
      if (ctx.endsAtLineBreak) return { statements, closed: false, paused: false };
      s.newLine();
      continue;
    }
    const firstOnLine = s.noteLineIndent();
    if (c === SEMICOLON) {
      s.pos++;
    } else if (c === HASH) {
      s.skipComment();
    } else if (c < 128 && (CLASSES[c] & CLOSER) !== 0) {
      if (c === ctx.closer) return { statements, closed: true, paused: false };
      if (s.isOpen(c)) return { statements, closed: false, paused: false };
      s.report(s.pos, s.pos + 1, strayCloser(String.fromCharCode(c)));
      s.pos++;
    } else {
      if (ctx.frame !== null && ctx.frame.cut >= 0 && s.pos >= ctx.frame.cut) return { statements, closed: false, paused: false };
      if (firstOnLine) trackIndentation(s);
      statements.push(parseStatement(s, ctx));
    }
  }
}

/** Feeds the first statement of a line to the open braces' missing-`}` heuristics. */
function trackIndentation(s: ParseState): void {
  for (const frame of s.braceFrames) {
    if (s.lineStart <= frame.lineStart) continue;
    if (frame.bodyIndent < 0) frame.bodyIndent = s.lineIndent;
    else if (frame.outdent < 0 && frame.bodyIndent > frame.indent && s.lineIndent <= frame.indent) {
      frame.outdent = s.pos;
    }
  }
}

function parseStatement(s: ParseState, ctx: BodyContext): Statement {
  const start = s.pos;
  const c = s.code(start);
  if (c === LBRACE) return s.containers.blockStatement(s);
  const prefix = c === SLASH ? '/' : c === COLON ? ':' : '';
  if (prefix !== '') s.pos++;
  const items = parseItems(s, prefix);
  if (!ctx.mayBeArray) checkCommandName(s, items);
  const end = items.length > 0 ? items[items.length - 1].span.end : start + prefix.length;
  return new CommandNode(start, end, prefix, items);
}

/**
 * The items of one command line. They are gathered on a stack shared by the whole parse and copied out
 * at the end: the copy is exactly as long as the line's items, where an array grown by `push` keeps room
 * for 16 (a large export has as many item lists as lines).
 */
function parseItems(s: ParseState, prefix: string): Item[] {
  const items = s.itemStack;
  const base = items.length;
  let leading = prefix !== ':';
  let inWhere = false;
  for (;;) {
    s.skipBlanks();
    const c = s.code(s.pos);
    if (c === HASH) {
      s.skipComment();
      continue;
    }
    if (!startsValue(c)) break;
    const item = parseItem(s, items, base, inWhere);
    if (item.kind !== 'word') leading = false;
    else if (item.text === 'where') inWhere = true;
    if (leading && item.kind === 'word' && item.text.charCodeAt(0) !== BANG) pushPathWords(items, item);
    else items.push(item);
  }
  const line = items.slice(base);
  items.length = base;
  return line;
}

/** `items` above `base` are the line's items so far. */
function parseItem(s: ParseState, items: Item[], base: number, inWhere: boolean): Item {
  const start = s.pos;
  const c = s.code(start);
  if (c === EQUALS && !inWhere) {
    const merged = mergeSpacedEquals(s, items, base);
    if (merged !== null) return merged;
  }
  if (c < 128 && (CLASSES[c] & NAME) !== 0) {
    const nameEnd = nameRunEnd(s, start);
    const operator = operatorAt(s, nameEnd, inWhere);
    if (operator !== '') {
      s.pos = nameEnd + operator.length;
      return namedArg(s, start, nameEnd, operator, argumentValue(s));
    }
  }
  return parseValue(s);
}

function namedArg(s: ParseState, start: number, nameEnd: number, operator: string, value: Value): NamedArg {
  return new ArgNode(start, nameEnd, s.slice(start, nameEnd), operator, value);
}

/**
 * The value right after an operator; exports may fold the line just after `=` (`name=\` and the
 * value on the next line). `name=` followed by a blank gives an empty word at the end of the `=`.
 */
function argumentValue(s: ParseState): Value {
  const afterOperator = s.pos;
  if (s.code(afterOperator) === BACKSLASH) {
    const resume = s.continuationEnd(afterOperator);
    if (resume >= 0) {
      if (!startsValue(s.code(resume))) return emptyWord(afterOperator);
      s.pos = resume;
    }
  }
  return startsValue(s.code(s.pos)) ? parseValue(s) : emptyWord(afterOperator);
}

function emptyWord(at: number): WordValue {
  return new WordNode(at, at, '');
}

/**
 * `gateway = 3.3.3.3`: RouterOS rejects the space, but the intent is plain, so the problem is
 * reported and the tree gets the named argument the author meant.
 */
function mergeSpacedEquals(s: ParseState, items: Item[], base: number): NamedArg | null {
  const previous = items.length > base ? items[items.length - 1] : undefined;
  if (previous === undefined || previous.kind !== 'word') return null;
  const { start, end } = previous.span;
  if (end === start || nameRunEnd(s, start) !== end || !onlyBlanksBetween(s, end, s.pos)) return null;
  items.pop();
  const equals = s.pos;
  s.report(start, equals + 1, spaceBeforeEquals(previous.text));
  s.pos = equals + 1;
  s.skipBlanks();
  const next = s.code(s.pos);
  if (!startsValue(next) || next === HASH || startsNamedArg(s)) {
    s.pos = equals + 1;
    return namedArg(s, start, end, '=', emptyWord(equals + 1));
  }
  return namedArg(s, start, end, '=', parseValue(s));
}

function onlyBlanksBetween(s: ParseState, from: number, to: number): boolean {
  for (let p = from; p < to; p++) {
    const c = s.text.charCodeAt(p);
    if (c >= 128 || (CLASSES[c] & BLANK) === 0) return false;
  }
  return true;
}

function startsNamedArg(s: ParseState): boolean {
  const nameEnd = nameRunEnd(s, s.pos);
  return nameEnd > s.pos && operatorAt(s, nameEnd, false) !== '';
}

/** A command line made only of arguments usually lost the `\` at the end of the previous line. */
function checkCommandName(s: ParseState, items: readonly Item[]): void {
  const first = items[0];
  if (first === undefined || first.kind !== 'arg') return;
  s.report(first.span.start, first.span.end, missingCommand(`${first.name}${first.operator}…`));
}

/**
 * Splits a leading bare word on `/` (`ip/ipsec/peer` gives `ip`, `ipsec`, `peer`); a leading slash
 * inside the line (`/option/get`) becomes a `/` word. Each piece remembers the whole word's span,
 * so a resolver can rejoin a value such as `flash/backup.rsc`.
 */
function pushPathWords(items: Item[], word: WordValue): void {
  const { text } = word;
  const start = word.span.start;
  if (text.indexOf('/') < 0 || text.length !== word.span.end - start) {
    items.push(word);
    return;
  }
  const whole: Span = { start, end: word.span.end };
  let segment = 0;
  for (let i = 0; i <= text.length; i++) {
    if (i < text.length && text.charCodeAt(i) !== SLASH) continue;
    if (i > segment) items.push(new PathWordNode(start + segment, start + i, text.slice(segment, i), whole));
    else if (i === 0) items.push(new PathWordNode(start, start + 1, '/', whole));
    segment = i + 1;
  }
}
