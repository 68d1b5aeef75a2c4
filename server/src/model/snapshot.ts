// One version of an editor document that never changes: each edit gives a new snapshot, so a
// RouterDocument (and anything read from it) stays true to the version it was built from.
//
// A keystroke in a 100,000-line export must not cost a pass over the whole text, so:
// - the table of line starts is carried from version to version, adjusted around the edit, instead of
//   being recomputed by scanning the whole text (model/line-starts.ts);
// - the text is kept as pieces (the previous text's parts around the edit, and the typed text) until
//   something asks for all of it: joining 6 MB into one string takes tens of milliseconds here, while
//   completion only reads the lines near the cursor (through `TextSource`).
import type { TextDocumentsConfiguration } from 'vscode-languageserver';
import type { Position, Range, TextDocument, TextDocumentContentChangeEvent } from 'vscode-languageserver-textdocument';
import { LineStarts, lastAtOrBelow } from './line-starts';

const CR = 13;
const LF = 10;

/** What reading text near an offset needs; a string is one, and so is a snapshot (without joining its pieces). */
export interface TextSource {
  readonly length: number;
  charCodeAt(offset: number): number;
  slice(start: number, end?: number): string;
  startsWith(text: string, at: number): boolean;
}

/** Typed text next to a piece shorter than this is merged into it, so typing does not pile up pieces. */
const SMALL_PIECE = 4096;
/** Past this many pieces the text is joined (rare: many edits far apart with nothing reading the whole text). */
const MAX_PIECES = 64;

export class TextSnapshot implements TextDocument, TextSource {
  private lineTable: LineStarts | undefined;
  private pieces: readonly string[];
  /** Where each piece starts. */
  private starts: readonly number[];
  readonly length: number;
  /** The piece the last character read came from: reads near each other hit it again. */
  private lastPiece = 0;

  constructor(
    readonly uri: string,
    readonly languageId: string,
    readonly version: number,
    content: string | readonly string[],
    lineStarts?: LineStarts,
  ) {
    this.lineTable = lineStarts;
    const pieces = typeof content === 'string' ? [content] : content.filter((piece) => piece.length > 0);
    this.pieces = pieces.length > 0 ? pieces : [''];
    const starts: number[] = [];
    let length = 0;
    for (const piece of this.pieces) {
      starts.push(length);
      length += piece.length;
    }
    this.starts = starts;
    this.length = length;
    if (this.pieces.length > MAX_PIECES) this.getText();
  }

  charCodeAt(offset: number): number {
    if (offset < 0 || offset >= this.length) return NaN;
    const piece = this.pieceAt(offset);
    return this.pieces[piece]!.charCodeAt(offset - this.starts[piece]!);
  }

  slice(start: number, end: number = this.length): string {
    const from = Math.max(0, Math.min(start < 0 ? this.length + start : start, this.length));
    const to = Math.max(from, Math.min(end < 0 ? this.length + end : end, this.length));
    if (this.pieces.length === 1) return this.pieces[0]!.slice(from, to);
    let result = '';
    for (let piece = this.pieceAt(from); piece < this.pieces.length && this.starts[piece]! < to; piece++) {
      const base = this.starts[piece]!;
      result += this.pieces[piece]!.slice(Math.max(0, from - base), to - base);
    }
    return result;
  }

  startsWith(text: string, at: number): boolean {
    if (at < 0 || at + text.length > this.length) return false;
    for (let i = 0; i < text.length; i++) if (this.charCodeAt(at + i) !== text.charCodeAt(i)) return false;
    return true;
  }

  private pieceAt(offset: number): number {
    const { starts } = this;
    const last = this.lastPiece;
    if (starts[last]! <= offset && (last + 1 >= starts.length || offset < starts[last + 1]!)) return last;
    this.lastPiece = lastAtOrBelow(starts.length, (index) => starts[index]!, offset);
    return this.lastPiece;
  }

  get lineCount(): number {
    return this.lines().length;
  }

  /** The whole text as one string (the pieces are joined once, then kept). */
  getText(range?: Range): string {
    if (range) return this.slice(this.offsetAt(range.start), this.offsetAt(range.end));
    if (this.pieces.length > 1) {
      this.pieces = [this.pieces.join('')];
      this.starts = [0];
      this.lastPiece = 0;
    }
    return this.pieces[0]!;
  }

  positionAt(offset: number): Position {
    const at = Math.max(0, Math.min(offset, this.length));
    const lines = this.lines();
    const line = lines.lineOf(at);
    const start = lines.at(line);
    return { line, character: this.beforeLineBreak(at, start) - start };
  }

  offsetAt(position: Position): number {
    const lines = this.lines();
    if (position.line >= lines.length) return this.length;
    if (position.line < 0) return 0;
    const start = lines.at(position.line);
    if (position.character <= 0) return start;
    const next = position.line + 1 < lines.length ? lines.at(position.line + 1) : this.length;
    return this.beforeLineBreak(Math.min(start + position.character, next), start);
  }

  /** The line's text without its line break (a line past the end gives the last line, a negative one an empty range at 0). */
  getLineRange(line: number): Range {
    const lines = this.lines();
    if (line < 0) return { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
    const at = Math.min(line, lines.length - 1);
    const start = lines.at(at);
    const next = at + 1 < lines.length ? lines.at(at + 1) : this.length;
    return { start: { line: at, character: 0 }, end: { line: at, character: this.beforeLineBreak(next, start) - start } };
  }

  /** The line break that ends the line (`\r\n`, `\n`, `\r`, or '' for the last line and lines out of range). */
  getEOLCharacters(line: number): string {
    const lines = this.lines();
    if (line < 0 || line >= lines.length) return '';
    const start = lines.at(line);
    const next = line + 1 < lines.length ? lines.at(line + 1) : this.length;
    return this.slice(this.beforeLineBreak(next, start), next);
  }

  /** The next version: these changes applied in order (as `textDocument/didChange` sends them). */
  withChanges(changes: readonly TextDocumentContentChangeEvent[], version: number): TextSnapshot {
    let current: TextSnapshot = this;
    for (const change of changes) {
      if (!('range' in change)) {
        current = new TextSnapshot(this.uri, this.languageId, version, change.text);
        continue;
      }
      const [from, to] = ordered(current.offsetAt(change.range.start), current.offsetAt(change.range.end));
      const lines = current.lineTable && !current.joinsLineBreak(from, to, change.text) ? current.lineTable.replaced(from, to, change.text) : undefined;
      current = new TextSnapshot(this.uri, this.languageId, version, current.replaced(from, to, change.text), lines);
    }
    return current === this ? new TextSnapshot(this.uri, this.languageId, version, this.pieces, this.lineTable) : current;
  }

  /** The pieces after replacing `from`…`to` with `text`: the untouched pieces shared, typed text merged into a small neighbour. */
  private replaced(from: number, to: number, text: string): string[] {
    const before: string[] = [];
    const after: string[] = [];
    for (let piece = 0; piece < this.pieces.length; piece++) {
      const content = this.pieces[piece]!;
      const start = this.starts[piece]!;
      const end = start + content.length;
      if (end <= from) before.push(content);
      else if (start >= to) after.push(content);
      else {
        if (start < from) before.push(content.slice(0, from - start));
        if (end > to) after.push(content.slice(to - start));
      }
    }
    let middle = text;
    const left = before[before.length - 1];
    if (left !== undefined && left.length + middle.length < SMALL_PIECE) middle = before.pop()! + middle;
    const right = after[0];
    if (right !== undefined && right.length + middle.length < SMALL_PIECE) middle += after.shift()!;
    return [...before, middle, ...after];
  }

  /**
   * A `\r` and `\n` brought together at either edge of the inserted text change how many lines there are in
   * a way the inserted text alone does not show: the line table is then rebuilt when needed.
   */
  private joinsLineBreak(from: number, to: number, text: string): boolean {
    const before = from > 0 ? this.charCodeAt(from - 1) : NaN;
    const after = to < this.length ? this.charCodeAt(to) : NaN;
    const first = text.length > 0 ? text.charCodeAt(0) : after;
    const last = text.length > 0 ? text.charCodeAt(text.length - 1) : before;
    return (before === CR && first === LF) || (last === CR && after === LF);
  }

  private lines(): LineStarts {
    return (this.lineTable ??= LineStarts.of(this.getText()));
  }

  private beforeLineBreak(offset: number, lineStart: number): number {
    let at = offset;
    while (at > lineStart && isLineBreak(this.charCodeAt(at - 1))) at--;
    return at;
  }
}

/** For `new TextDocuments(snapshots)`: the server's documents are snapshots. */
export const snapshots: TextDocumentsConfiguration<TextSnapshot> = {
  create: (uri, languageId, version, content) => new TextSnapshot(uri, languageId, version, content),
  update: (document, changes, version) => document.withChanges(changes, version),
};

function ordered(a: number, b: number): [number, number] {
  return a <= b ? [a, b] : [b, a];
}

function isLineBreak(code: number): boolean {
  return code === CR || code === LF;
}
