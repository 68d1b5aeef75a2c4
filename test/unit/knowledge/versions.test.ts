import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { DEFAULT_TARGET, RELEASES, describeReleases, resolveTarget } from '../../../server/src/knowledge/index';

const maskOf = (...releases: string[]) =>
  releases.reduce((mask, release) => mask | (1 << RELEASES.indexOf(release as (typeof RELEASES)[number])), 0);

describe('resolveTarget', () => {
  it('maps a minor line to the known release of that line', () => {
    for (const text of ['7.16', '7.16.2', '7.16.5', '7.16rc3']) {
      const target = resolveTarget(text);
      assert.equal(target.line, 7);
      assert.equal(target.line === 7 && target.release, '7.16.2', text);
    }
  });

  it('reads the version from an export header, not the date', () => {
    const target = resolveTarget('# 2026-09-24 16:41:42 by RouterOS 7.10.1');
    assert.equal(target.line === 7 && target.release, '7.10.2');
    const old = resolveTarget('# jan/02/1970 06:11:28 by RouterOS 6.43.8');
    assert.deepEqual(old.line === 6 && [old.release, old.minor], ['6.43.8', 43]);
  });

  it('clamps newer releases to the newest and flags them', () => {
    const target = resolveTarget('7.31.1');
    assert.equal(target.line === 7 && target.release, '7.24');
    assert.equal(target.line === 7 && target.newerThanKnown, true);
  });

  it('maps older 7.x releases to 7.9.2 with the older-than-known flag', () => {
    const target = resolveTarget('7.6');
    assert.equal(target.line === 7 && target.release, '7.9.2');
    assert.equal(target.line === 7 && target.olderThanKnown, true);
    assert.equal(resolveTarget('7.9.1').line === 7 && (resolveTarget('7.9.1') as { olderThanKnown: boolean }).olderThanKnown, false);
  });

  it('gives the v6 target for 6.x', () => {
    assert.equal(resolveTarget('6.49.10').line, 6);
    assert.equal(resolveTarget('6').line, 6);
  });

  it('defaults to the newest 7.x for empty or unreadable text', () => {
    assert.equal(DEFAULT_TARGET.release, '7.24');
    assert.equal(resolveTarget(undefined).line === 7 && resolveTarget(undefined).release, '7.24');
    const garbage = resolveTarget('latest');
    assert.equal(garbage.line === 7 && garbage.release, '7.24');
    assert.equal(garbage.line === 7 && garbage.unrecognised, true);
  });
});

describe('describeReleases', () => {
  it('words a range that starts later', () => {
    assert.equal(describeReleases(maskOf('7.21.5', '7.22.3', '7.23.3', '7.24')), '7.21 and later');
  });

  it('words a removal and a single release', () => {
    assert.equal(describeReleases(maskOf('7.21.5', '7.22.3', '7.23.3')), '7.21 to 7.23');
    assert.equal(describeReleases(maskOf('7.9.2')), 'only 7.9');
    assert.equal(describeReleases(maskOf('7.9.2', '7.10.2')), 'up to 7.10 (removed in 7.11)');
    assert.equal(describeReleases(0), 'no known 7.x release');
  });
});
