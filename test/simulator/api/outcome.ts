// What a command handler gives back; the session turns it into reply sentences.

export type Row = Record<string, string>;

export interface Trap {
  readonly message: string;
  readonly category?: number;
}

export type Outcome =
  /** `!re` per row, then `!done` (with `=ret=` when given). `query` marks a print: 7.18+ says `!empty`. */
  | { readonly kind: 'done'; readonly rows: readonly Row[]; readonly ret?: string; readonly query?: boolean }
  | { readonly kind: 'trap'; readonly traps: readonly Trap[] }
  /** A command that keeps replying until cancelled (`print =interval=`). `open` returns its stop. */
  | { readonly kind: 'stream'; open(emit: (rows: readonly Row[]) => void): () => void };

export const done = (rows: readonly Row[] = [], ret?: string): Outcome => ({ kind: 'done', rows, ret });
export const trap = (message: string, category?: number): Outcome => ({ kind: 'trap', traps: [{ message, category }] });

/** A handler's refusal, thrown from deep inside a command and turned into `!trap` by the session. */
export class Refusal extends Error {
  constructor(
    message: string,
    readonly category?: number,
  ) {
    super(message);
  }
}
