// When the server checks again: at once for an opened document, after a pause that grows with the file
// for typing (bounded), after a short coalescing delay for everything else.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { checkDelay, COALESCE_MS, LONGEST_PAUSE_MS } from '../../../server/src/lsp/check-delay';

describe('checkDelay', () => {
  it('checks an opened document at once, whatever its size', () => {
    assert.equal(checkDelay('opened'), 0);
    assert.equal(checkDelay('opened', 6_400_000), 0);
  });

  it('waits for a pause in typing that grows with the document', () => {
    assert.equal(checkDelay('typed', 1_000), COALESCE_MS);
    assert.equal(checkDelay('typed', 600_000), COALESCE_MS + 30);
    assert.ok(checkDelay('typed', 600_000) > checkDelay('typed', 60_000));
  });

  it('never waits longer than the longest pause', () => {
    assert.equal(checkDelay('typed', 6_400_000), COALESCE_MS + 320);
    assert.equal(checkDelay('typed', 10_000_000), LONGEST_PAUSE_MS);
    assert.equal(checkDelay('typed', 500_000_000), LONGEST_PAUSE_MS);
  });

  it('coalesces other events (files on disk, a closed document, settings)', () => {
    assert.equal(checkDelay('other'), COALESCE_MS);
  });
});
