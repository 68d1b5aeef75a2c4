// The mutable state of one parse: the text and position, the problems and comments found so far,
// the brackets currently open, and the bookkeeping behind the recovery of a missing `}`.
import type {
  BlockStatement,
  BlockValue,
  ExpressionValue,
  Item,
  Span,
  SubstitutionValue,
  SyntaxProblem,
} from './ast';
import * as chars from './chars';

// Module-local copies: see chars.ts on why the per-character loops avoid imported bindings.
const { CLASSES } = chars;
const { BACKSLASH, CR, LF } = chars.Char;
const { BLANK } = chars.Flag;

/**
 * The parsers of bracketed constructs. The grammar is mutually recursive (a value may hold a block
 * of statements); handing these through the state keeps the modules free of import cycles.
 */
export interface ContainerParsers {
  blockStatement(s: ParseState): BlockStatement;
  blockValue(s: ParseState): BlockValue;
  /** `start` is the `[`, or the `$` of `$[` inside a string. */
  substitution(s: ParseState, start: number): SubstitutionValue;
  /** `start` is the `(`, or the `$` of `$(` inside a string. */
  expression(s: ParseState, start: number): ExpressionValue;
}

/**
 * An open `{`. When a brace is never closed, the first later line indented no deeper than the line
 * of the brace (in a block whose body was indented) is where the author most likely meant it to end.
 */
export interface BraceFrame {
  readonly open: number;
  /** Indentation of the line holding the `{`. */
  readonly indent: number;
  /** Start of that line, to tell the body's first line apart. */
  readonly lineStart: number;
  /** Indentation of the first statement on a later line, or -1 until one is seen. */
  bodyIndent: number;
  /** Start of the first statement that dedents out of the body, or -1. */
  outdent: number;
  /** Where a second pass must end this block (from the first pass), or -1. */
  readonly cut: number;
}

const INTERN_MAX_LENGTH = 24;
const INTERN_MASK = 4095;

export class ParseState {
  readonly text: string;
  readonly end: number;
  pos: number;
  depth = 0;
  /** How many strings enclose the current position (through `$(…)` / `$[…]` interpolations). */
  stringDepth = 0;
  readonly problems: SyntaxProblem[] = [];
  readonly comments: Span[] = [];
  /** Closing characters expected by the open containers, innermost last. */
  readonly openClosers: number[] = [];
  readonly braceFrames: BraceFrame[] = [];
  /** The items of the command lines being read, innermost line last (statements.ts `parseItems`). */
  readonly itemStack: Item[] = [];
  lineStart: number;
  lineIndent = 0;
  atLineStart = true;
  private readonly interned: (string | undefined)[] = new Array<string | undefined>(INTERN_MASK + 1);
  /** Braces left unclosed in this pass that have a likely end: brace offset -> end offset. */
  readonly cutsFound = new Map<number, number>();

  constructor(
    text: string,
    start: number,
    readonly containers: ContainerParsers,
    readonly cuts: ReadonlyMap<number, number>,
  ) {
    this.text = text;
    this.end = text.length;
    this.pos = start;
    this.lineStart = start;
  }

  /**
   * The text from `start` to `end`. Short tokens repeat endlessly in exports (`add`, `interface`,
   * `yes`, `ether1`), so they are shared through a small hash table instead of allocated each time:
   * a large file's tree is mostly such strings.
   */
  slice(start: number, end: number): string {
    const length = end - start;
    if (length > INTERN_MAX_LENGTH) return this.text.slice(start, end);
    const text = this.text;
    let hash = length;
    for (let p = start; p < end; p++) hash = (Math.imul(hash, 31) + text.charCodeAt(p)) | 0;
    const slot = hash & INTERN_MASK;
    const cached = this.interned[slot];
    if (cached !== undefined && cached.length === length && sameText(cached, text, start)) return cached;
    const fresh = text.slice(start, end);
    this.interned[slot] = fresh;
    return fresh;
  }

  /** The character code at `at`, or -1 past the end. */
  code(at: number): number {
    return at < this.end ? this.text.charCodeAt(at) : -1;
  }

  report(start: number, end: number, message: string): void {
    this.problems.push({ span: { start, end }, message });
  }

  /**
   * When the backslash at `at` continues the line, the offset where the text resumes: after the line
   * break and the next line's indentation (export folding indents by four spaces). Otherwise -1.
   * Blanks between the backslash and the line break are tolerated, as the console does.
   */
  continuationEnd(at: number): number {
    const text = this.text;
    let p = at + 1;
    while (p < this.end && isBlank(text.charCodeAt(p))) p++;
    if (p >= this.end) return this.end;
    const c = text.charCodeAt(p);
    if (c === CR) p += text.charCodeAt(p + 1) === LF ? 2 : 1;
    else if (c === LF) p += 1;
    else return -1;
    while (p < this.end && isBlank(text.charCodeAt(p))) p++;
    return p;
  }

  /** Skips blanks and line continuations; stops at anything else, line breaks included. */
  skipBlanks(): void {
    const text = this.text;
    let p = this.pos;
    while (p < this.end) {
      const c = text.charCodeAt(p);
      if (isBlank(c)) {
        p++;
      } else if (c === BACKSLASH) {
        const next = this.continuationEnd(p);
        if (next < 0) break;
        p = next;
      } else {
        break;
      }
    }
    this.pos = p;
  }

  /** Consumes the line break at the current position and notes the start of the new line. */
  newLine(): void {
    const p = this.pos;
    this.pos = this.text.charCodeAt(p) === CR && this.text.charCodeAt(p + 1) === LF ? p + 2 : p + 1;
    this.lineStart = this.pos;
    this.atLineStart = true;
  }

  /** Records the indentation of the current line when its first token is reached. */
  noteLineIndent(): boolean {
    if (!this.atLineStart) return false;
    this.atLineStart = false;
    this.lineIndent = this.pos - this.lineStart;
    return true;
  }

  /** Consumes a `#` comment up to (not including) the end of the physical line. */
  skipComment(): void {
    const start = this.pos;
    const p = this.lineEndFrom(start);
    this.comments.push({ start, end: p });
    this.pos = p;
  }

  lineEndFrom(at: number): number {
    const text = this.text;
    let p = at;
    for (; p < this.end; p++) {
      const c = text.charCodeAt(p);
      if (c === LF || c === CR) break;
    }
    return p;
  }

  /** Whether some enclosing container (not only the innermost) waits for this closing character. */
  isOpen(closer: number): boolean {
    return this.openClosers.lastIndexOf(closer) >= 0;
  }
}

function isBlank(code: number): boolean {
  return code < 128 && (CLASSES[code] & BLANK) !== 0;
}

function sameText(candidate: string, text: string, start: number): boolean {
  for (let i = 0; i < candidate.length; i++) if (candidate.charCodeAt(i) !== text.charCodeAt(start + i)) return false;
  return true;
}
