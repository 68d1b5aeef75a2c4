// The entry point: text in, syntax tree and problems out. Never throws, and runs in linear time.
import type { ParseResult } from './ast';
import * as chars from './chars';
import { containers } from './containers';
import { ParseState } from './state';
import { TOP_LEVEL, parseBody } from './statements';

// Module-local copies: see chars.ts on why the per-character loops avoid imported bindings.
const { BOM } = chars.Char;

const NO_CUTS: ReadonlyMap<number, number> = new Map();

/**
 * Parses a RouterOS script. When a `{` is never closed but the indentation shows where its block
 * most likely ended, a second pass ends the block there, so the lines after it are read as the
 * author meant instead of all falling inside the unclosed block.
 */
export function parse(text: string): ParseResult {
  const first = runPass(text, NO_CUTS);
  if (first.cutsFound.size === 0) return resultOf(first);
  return resultOf(runPass(text, first.cutsFound));
}

interface Pass {
  readonly state: ParseState;
  readonly statements: ParseResult['script']['statements'];
  readonly cutsFound: ReadonlyMap<number, number>;
}

function runPass(text: string, cuts: ReadonlyMap<number, number>): Pass {
  const start = text.charCodeAt(0) === BOM ? 1 : 0;
  const state = new ParseState(text, start, containers, cuts);
  const body = parseBody(state, TOP_LEVEL);
  return { state, statements: body.statements, cutsFound: state.cutsFound };
}

function resultOf(pass: Pass): ParseResult {
  const { state } = pass;
  return {
    script: { kind: 'script', span: { start: 0, end: state.end }, statements: pass.statements },
    // Inner constructs report before the outer ones that contain them; readers expect text order.
    problems: state.problems.sort((a, b) => a.span.start - b.span.start),
    comments: state.comments,
  };
}
