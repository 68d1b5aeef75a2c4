// Work done in slices: a loop over items that stops once a deadline has passed and resumes
// where it stopped, so a server can answer requests between slices of a large file.

/** Where a sliced loop resumes. */
export interface Cursor {
  next: number;
}

/** How many items are done between two looks at the clock. */
const ITEMS_PER_CLOCK_CHECK = 64;

/**
 * Calls `work(index)` for the indexes from `cursor.next` up to `count`, looking at the clock between runs of
 * items; returns true once every index is done, false when `deadline` (a `performance.now()` time) passed first.
 */
export function sliced(cursor: Cursor, count: number, deadline: number, work: (index: number) => void): boolean {
  while (cursor.next < count) {
    const stop = Math.min(count, cursor.next + ITEMS_PER_CLOCK_CHECK);
    for (; cursor.next < stop; cursor.next++) work(cursor.next);
    if (cursor.next < count && performance.now() >= deadline) return false;
  }
  return true;
}

/**
 * Work that a server does between requests: `step(deadline)` works until `deadline` (a `performance.now()`
 * time) and returns true once the result is made; `finish()` does whatever is left in one go and returns
 * it. The result is the same however the work was sliced. A job says how to work in `work`, which returns
 * the result once complete and undefined when the deadline passed first.
 */
export abstract class SlicedJob<T> {
  private made: { readonly result: T } | undefined;

  protected abstract work(deadline: number): T | undefined;

  /** The result is made (`finish` returns it without working). */
  get done(): boolean {
    return this.made !== undefined;
  }

  step(deadline: number): boolean {
    if (this.made) return true;
    const result = this.work(deadline);
    if (result === undefined) return false;
    this.made = { result };
    return true;
  }

  finish(): T {
    this.step(Infinity);
    return this.made!.result;
  }
}

/**
 * A job started only when first stepped (it is made from the results of earlier stages, which must be done
 * by then), whose result is passed through `then`; the job, with its working state, is let go once done.
 */
export class Stage<T, R = T> extends SlicedJob<R> {
  private job: SlicedJob<T> | undefined;

  constructor(
    private readonly start: () => SlicedJob<T>,
    private readonly then: (result: T) => R,
  ) {
    super();
  }

  protected work(deadline: number): R | undefined {
    this.job ??= this.start();
    if (!this.job.step(deadline)) return undefined;
    const result = this.job.finish();
    this.job = undefined;
    return this.then(result);
  }
}
