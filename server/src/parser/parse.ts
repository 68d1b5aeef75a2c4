// The entry point: text in, syntax tree and problems out. Never throws, and runs in linear time.
import type { ParseResult, Statement } from './ast';
import * as chars from './chars';
import { containers } from './containers';
import { ParseState } from './state';
import { TOP_LEVEL, parseBody } from './statements';
import { SlicedJob } from '../slices';

// Module-local copies: see chars.ts on why the per-character loops avoid imported bindings.
const { BOM } = chars.Char;

const NO_CUTS: ReadonlyMap<number, number> = new Map();

/**
 * Parses a RouterOS script. When a `{` is never closed but the indentation shows where its block
 * most likely ended, a second pass ends the block there, so the lines after it are read as the
 * author meant instead of all falling inside the unclosed block.
 */
export function parse(text: string): ParseResult {
  return new ParseJob(text).finish();
}

/**
 * A parse that can be done in slices: `step(deadline)` reads top-level statements until the deadline
 * passes, so a server can answer requests between slices of a large file. The result is the same as
 * reading the file in one go.
 */
export class ParseJob extends SlicedJob<ParseResult> {
  private state: ParseState;
  private statements: Statement[] = [];
  private secondPass = false;

  constructor(private readonly text: string) {
    super();
    this.state = stateFor(text, NO_CUTS);
  }

  protected work(deadline: number): ParseResult | undefined {
    for (;;) {
      const body = parseBody(this.state, TOP_LEVEL, this.statements, deadline);
      if (body.paused) return undefined;
      if (this.secondPass || this.state.cutsFound.size === 0) return resultOf(this.state, this.statements);
      this.secondPass = true;
      this.state = stateFor(this.text, this.state.cutsFound);
      this.statements = [];
    }
  }
}

function stateFor(text: string, cuts: ReadonlyMap<number, number>): ParseState {
  const start = text.charCodeAt(0) === BOM ? 1 : 0;
  return new ParseState(text, start, containers, cuts);
}

function resultOf(state: ParseState, statements: readonly Statement[]): ParseResult {
  return {
    script: { kind: 'script', span: { start: 0, end: state.end }, statements },
    // Inner constructs report before the outer ones that contain them; readers expect text order.
    problems: state.problems.sort((a, b) => a.span.start - b.span.start),
    comments: state.comments,
  };
}
