// How long the server waits before it checks the workspace again, by what happened. A pure function, so
// the decision is tested without timing anything.

/** What made a check due. */
export type CheckReason =
  /** A document was opened: nothing is being typed, so nothing is worth waiting for. */
  | 'opened'
  /** A document was changed in the editor (typing, a paste, a quick fix). */
  | 'typed'
  /** Files changed on disk, a document was closed, settings changed. */
  | 'other';

/** Coalesces a burst of events (keys typed together, files saved together) into one check. */
export const COALESCE_MS = 25;
/** The longest pause typing waits for, however large the file. */
export const LONGEST_PAUSE_MS = 400;

/**
 * Milliseconds until the check starts. An opened document is checked at once: a check already under way
 * is abandoned by the next event anyway, and the documents it finished reading are kept. Typing waits for
 * a pause that grows with the file: a check of a small file takes less than the pause between two keys,
 * one of a 100,000-line export most of a second, so a large file waits for a longer pause instead of
 * starting (and abandoning) a check on every key.
 */
export function checkDelay(reason: CheckReason, documentLength = 0): number {
  switch (reason) {
    case 'opened':
      return 0;
    case 'typed':
      return Math.min(COALESCE_MS + Math.round(documentLength / 20_000), LONGEST_PAUSE_MS);
    default:
      return COALESCE_MS;
  }
}
