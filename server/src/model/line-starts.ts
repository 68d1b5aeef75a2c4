// The offsets where a text's lines start, kept across edits without copying the whole table: the table is
// cut into chunks, and an edit rebuilds only the chunks it touches. Chunks after the edit are shared with
// the previous version and moved by a per-chunk shift. A 100,000-line table copied on every keystroke
// would be a 400 KB allocation each time; here a keystroke copies one chunk.

const CR = 13;
const LF = 10;

/** Lines per chunk (a rebuilt chunk may hold up to twice as many before it is cut again). */
export const CHUNK_LINES = 4096;

export class LineStarts {
  private constructor(
    private readonly chunks: readonly Int32Array[],
    /** Added to every entry of the chunk. */
    private readonly shifts: readonly number[],
    /** How many lines come before each chunk. */
    private readonly before: Int32Array,
    readonly length: number,
    private readonly chunkLines: number,
  ) {}

  /** The line starts of `text` (the first line starts at 0). */
  static of(text: string, chunkLines = CHUNK_LINES): LineStarts {
    return LineStarts.fromStarts(startsIn(text, 0, true), chunkLines);
  }

  static fromStarts(starts: Int32Array, chunkLines = CHUNK_LINES): LineStarts {
    const chunks: Int32Array[] = [];
    for (let at = 0; at < starts.length; at += chunkLines) chunks.push(starts.slice(at, at + chunkLines));
    return LineStarts.build(chunks, chunks.map(() => 0), chunkLines);
  }

  private static build(chunks: Int32Array[], shifts: number[], chunkLines: number): LineStarts {
    const before = new Int32Array(chunks.length);
    let length = 0;
    for (let k = 0; k < chunks.length; k++) {
      before[k] = length;
      length += chunks[k]!.length;
    }
    return new LineStarts(chunks, shifts, before, length, chunkLines);
  }

  /** Where line `line` starts (0 ≤ line < length). */
  at(line: number): number {
    const k = this.chunkOfLine(line);
    return this.chunks[k]![line - this.before[k]!]! + this.shifts[k]!;
  }

  /** The line holding `offset`: the last line start at or before it. */
  lineOf(offset: number): number {
    const { chunks, shifts } = this;
    const k = lastAtOrBelow(chunks.length, (index) => chunks[index]![0]! + shifts[index]!, offset);
    const chunk = chunks[k]!;
    return this.before[k]! + lastAtOrBelow(chunk.length, (index) => chunk[index]!, offset - shifts[k]!);
  }

  /** The table after replacing the text `from`…`to` with `text` (line breaks within `text` add lines). */
  replaced(from: number, to: number, text: string): LineStarts {
    const firstLine = this.lineOf(from);
    const lastLine = this.lineOf(to);
    const shift = text.length - (to - from);
    const first = this.chunkOfLine(firstLine);
    const last = this.chunkOfLine(lastLine);
    const added = startsIn(text, from, false);
    // The touched chunks' lines up to the edit, the lines the text adds, then the touched chunks' lines after it.
    const headEnd = firstLine - this.before[first]! + 1;
    const tailStart = lastLine - this.before[last]! + 1;
    const lastChunk = this.chunks[last]!;
    const merged = new Int32Array(headEnd + added.length + (lastChunk.length - tailStart));
    const firstChunk = this.chunks[first]!;
    for (let i = 0; i < headEnd; i++) merged[i] = firstChunk[i]! + this.shifts[first]!;
    merged.set(added, headEnd);
    let at = headEnd + added.length;
    for (let i = tailStart; i < lastChunk.length; i++) merged[at++] = lastChunk[i]! + this.shifts[last]! + shift;
    const chunks = this.chunks.slice(0, first);
    const shifts = this.shifts.slice(0, first);
    if (merged.length <= this.chunkLines * 2) {
      chunks.push(merged);
      shifts.push(0);
    } else {
      for (let start = 0; start < merged.length; start += this.chunkLines) {
        chunks.push(merged.subarray(start, start + this.chunkLines));
        shifts.push(0);
      }
    }
    for (let k = last + 1; k < this.chunks.length; k++) {
      chunks.push(this.chunks[k]!);
      shifts.push(this.shifts[k]! + shift);
    }
    return LineStarts.build(chunks, shifts, this.chunkLines);
  }

  private chunkOfLine(line: number): number {
    const { before } = this;
    return lastAtOrBelow(before.length, (index) => before[index]!, line);
  }
}

/**
 * In ascending values `valueAt(0…count-1)`, the last index whose value is at most `target` (0 when none is:
 * callers search tables whose first value is 0).
 */
export function lastAtOrBelow(count: number, valueAt: (index: number) => number, target: number): number {
  let low = 0;
  let high = count - 1;
  while (low < high) {
    const mid = (low + high + 1) >>> 1;
    if (valueAt(mid) <= target) low = mid;
    else high = mid - 1;
  }
  return low;
}

/** The offsets where lines start in `text`, shifted by `base`; with `first`, the start of the first line too. */
function startsIn(text: string, base: number, first: boolean): Int32Array {
  const starts: number[] = first ? [base] : [];
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === CR) {
      if (text.charCodeAt(i + 1) === LF) i++;
      starts.push(base + i + 1);
    } else if (code === LF) {
      starts.push(base + i + 1);
    }
  }
  return Int32Array.from(starts);
}
