// The state a script runs with: the current menu (set by a line that is only a path), the
// variables, and where each statement starts, for RouterOS's "line N column C" in errors.
import type { ConfigStore } from '../config/store';

export class ScriptScope {
  menu: string[] = [];
  private readonly lineStarts: number[] = [0];

  constructor(
    readonly store: ConfigStore,
    readonly variables: Map<string, string>,
    text: string,
  ) {
    for (let i = 0; i < text.length; i++) if (text[i] === '\n') this.lineStarts.push(i + 1);
  }

  /** 1-based line and column of an offset. */
  position(offset: number): { line: number; column: number } {
    let low = 0;
    let high = this.lineStarts.length - 1;
    while (low < high) {
      const middle = Math.ceil((low + high) / 2);
      if (this.lineStarts[middle] <= offset) low = middle;
      else high = middle - 1;
    }
    return { line: low + 1, column: offset - this.lineStarts[low] + 1 };
  }
}

/** A script line RouterOS refuses. `shape` problems are found without running (by a dry run too). */
export class ScriptFailure extends Error {
  constructor(
    message: string,
    readonly stage: 'shape' | 'state',
  ) {
    super(message);
  }
}
