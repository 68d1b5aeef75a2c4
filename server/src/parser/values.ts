// Values: one atom (word, string, variable, bracketed construct) or several written together
// without blanks, which RouterOS concatenates (`10.0.0.$x`, `"a".$b`, `$prefix/24`).
import type { Value, VariableValue } from './ast';
import * as chars from './chars';
import type { ParseState } from './state';
import { scanString, scanVariableName } from './strings';
import { scanWord } from './words';
import { ConcatNode, VariableNode } from './nodes';

// Module-local copies: see chars.ts on why the per-character loops avoid imported bindings.
const { CLASSES } = chars;
const { BACKSLASH, DOLLAR, LBRACE, LBRACKET, LPAREN, QUOTE } = chars.Char;
const { DELIMITER } = chars.Flag;

/** Whether a value can start at this character (anything but blanks, line ends, `;` and closers). */
export function startsValue(code: number): boolean {
  if (code < 0) return false;
  if (code >= 128) return true;
  const flags = CLASSES[code];
  if ((flags & DELIMITER) === 0) return true;
  return code === QUOTE || code === DOLLAR || code === LBRACKET || code === LPAREN || code === LBRACE || code === BACKSLASH;
}

export function parseValue(s: ParseState): Value {
  const first = parseAtom(s);
  if (!gluedAtomFollows(s)) return first;
  const parts: Value[] = [first];
  do parts.push(parseAtom(s));
  while (gluedAtomFollows(s));
  return new ConcatNode(first.span.start, parts[parts.length - 1]!.span.end, parts);
}

/**
 * Whether another atom is written right after the previous one. A line continuation in between
 * joins them too (the unfolding rule drops the backslash, the line break and the indentation).
 */
function gluedAtomFollows(s: ParseState): boolean {
  const c = s.code(s.pos);
  if (c !== BACKSLASH) return startsValue(c);
  const resume = s.continuationEnd(s.pos);
  if (resume < 0) return true; // a stray backslash: the word scanner reports it
  if (!startsValue(s.code(resume))) return false;
  s.pos = resume;
  return true;
}

function parseAtom(s: ParseState): Value {
  switch (s.code(s.pos)) {
    case QUOTE:
      return scanString(s, true);
    case DOLLAR:
      return parseDollar(s);
    case LBRACKET:
      return s.containers.substitution(s, s.pos);
    case LPAREN:
      return s.containers.expression(s, s.pos);
    case LBRACE:
      return s.containers.blockValue(s);
    default:
      return scanWord(s);
  }
}

/** `$name`, `$"quoted-name"`, `$(…)`, `$[…]`, or a lone `$` (an empty variable name). */
function parseDollar(s: ParseState): Value {
  const start = s.pos;
  const next = s.code(start + 1);
  if (next === QUOTE) return quotedVariable(s, start);
  if (next === LPAREN || next === LBRACKET) {
    s.pos = start + 1;
    return next === LPAREN ? s.containers.expression(s, start) : s.containers.substitution(s, start);
  }
  return scanVariableName(s, start);
}

function quotedVariable(s: ParseState, start: number): VariableValue {
  s.pos = start + 1;
  const quoted = scanString(s, false);
  return new VariableNode(start, quoted.span.end, quoted.value);
}
