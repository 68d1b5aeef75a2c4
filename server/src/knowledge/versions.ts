// RouterOS releases the knowledge base knows, the compact "which releases" masks the generated data
// uses, and the target a file is checked against (from the `routeros.version` setting or an export
// header such as `# 2024-01-02 10:00:00 by RouterOS 7.16.2`).

/** The last release of each minor line with a console tree; bit i of a mask stands for RELEASES[i]. */
export const RELEASES = [
  '7.9.2', '7.10.2', '7.11.3', '7.12.2', '7.13.5', '7.14.3', '7.15.3', '7.16.2',
  '7.17.1', '7.18.2', '7.19.6', '7.20.8', '7.21.5', '7.22.3', '7.23.3', '7.24',
] as const;

/** A set of releases: bit i set = exists in RELEASES[i]. */
export type ReleaseMask = number;

export const ALL_RELEASES: ReleaseMask = (1 << RELEASES.length) - 1;
export const NEWEST_INDEX = RELEASES.length - 1;

export type Target = V7Target | V6Target;

export interface V7Target {
  readonly line: 7;
  /** The known release the file is checked against, e.g. `7.16.2`. */
  readonly release: string;
  /** Index into RELEASES. */
  readonly index: number;
  /** The text the target came from (setting or header), trimmed. */
  readonly requested: string;
  /** The request was a 7.x older than 7.9: checked against 7.9.2, which may know more than it. */
  readonly olderThanKnown: boolean;
  /** The request was newer than 7.24: checked against the newest known release. */
  readonly newerThanKnown: boolean;
  /** The text held no version at all; the default (newest) is used. */
  readonly unrecognised: boolean;
}

export interface V6Target {
  readonly line: 6;
  /** The requested v6 version as written (`6.43.8`, `6.49`), or `6` when only the major is known. */
  readonly release: string;
  /** The minor number when known (43 for 6.43.8): IPsec syntax changed at 6.43. */
  readonly minor: number | undefined;
  readonly requested: string;
}

/** The newest known 7.x release: the default target. */
export const DEFAULT_TARGET: V7Target = v7Target(NEWEST_INDEX, '', {});

function v7Target(
  index: number,
  requested: string,
  flags: { olderThanKnown?: boolean; newerThanKnown?: boolean; unrecognised?: boolean },
): V7Target {
  return {
    line: 7,
    release: RELEASES[index],
    index,
    requested,
    olderThanKnown: flags.olderThanKnown ?? false,
    newerThanKnown: flags.newerThanKnown ?? false,
    unrecognised: flags.unrecognised ?? false,
  };
}

/** Major, minor and patch of a version text; rc/beta suffixes are ignored (`7.10rc6` → 7.10). */
function parseVersion(text: string): { major: number; minor?: number; patch?: number } | undefined {
  const header = /RouterOS\s+v?(\d+)(?:\.(\d+))?(?:\.(\d+))?/i.exec(text);
  const bare = header ?? /(?:^|[^\d.])v?(\d+)(?:\.(\d+))?(?:\.(\d+))?/.exec(text);
  if (!bare) return undefined;
  const [, major, minor, patch] = bare;
  return {
    major: Number(major),
    minor: minor === undefined ? undefined : Number(minor),
    patch: patch === undefined ? undefined : Number(patch),
  };
}

function minorOf(release: string): number {
  return Number(release.split('.')[1]);
}

/**
 * Turns a setting or header text into the target to check against: a 7.x line maps to the known
 * release of that line (or the nearest older one), newer lines to 7.24, older 7.x lines to 7.9.2
 * (flagged), 6.x to the v6 target. Text without a version gives the default. Never throws.
 */
export function resolveTarget(text: string | null | undefined): Target {
  const requested = (text ?? '').trim();
  const version = parseVersion(requested);
  if (!version) return v7Target(NEWEST_INDEX, requested, { unrecognised: requested !== '' });
  if (version.major <= 6) {
    const minor = version.minor;
    const release = [version.major, minor, version.patch].filter((n) => n !== undefined).join('.');
    return { line: 6, release, minor, requested };
  }
  if (version.major > 7) return v7Target(NEWEST_INDEX, requested, { newerThanKnown: true });
  if (version.minor === undefined) return v7Target(NEWEST_INDEX, requested, {});
  return v7TargetForMinor(version.minor, requested);
}

function v7TargetForMinor(minor: number, requested: string): V7Target {
  if (minor < minorOf(RELEASES[0])) return v7Target(0, requested, { olderThanKnown: true });
  if (minor > minorOf(RELEASES[NEWEST_INDEX])) return v7Target(NEWEST_INDEX, requested, { newerThanKnown: true });
  let index = 0;
  RELEASES.forEach((release, i) => {
    if (minorOf(release) <= minor) index = i;
  });
  return v7Target(index, requested, {});
}

export function inMask(mask: ReleaseMask, index: number): boolean {
  return (mask & (1 << index)) !== 0;
}

export function releasesIn(mask: ReleaseMask): string[] {
  return RELEASES.filter((_, i) => inMask(mask, i));
}

/** The minor line of a release as people say it: `7.21.5` → `7.21`. */
function lineName(index: number): string {
  return RELEASES[index].split('.').slice(0, 2).join('.');
}

/** Runs of consecutive releases in a mask, as [first, last] index pairs. */
function runsOf(mask: ReleaseMask): Array<[number, number]> {
  const runs: Array<[number, number]> = [];
  for (let i = 0; i < RELEASES.length; i++) {
    if (!inMask(mask, i)) continue;
    const last = runs[runs.length - 1];
    if (last && last[1] === i - 1) last[1] = i;
    else runs.push([i, i]);
  }
  return runs;
}

function describeRun([first, last]: [number, number]): string {
  if (first === 0 && last === NEWEST_INDEX) return 'every known release';
  if (first === last) return `only ${lineName(first)}`;
  if (last === NEWEST_INDEX) return `${lineName(first)} and later`;
  if (first === 0) return `up to ${lineName(last)} (removed in ${lineName(last + 1)})`;
  return `${lineName(first)} to ${lineName(last)}`;
}

/**
 * Words for where something exists, by minor line: "7.21 and later", "up to 7.9 (removed in 7.10)",
 * "7.21 to 7.23", "only 7.9", "7.12, 7.14 to 7.16", "no known 7.x release".
 */
export function describeReleases(mask: ReleaseMask): string {
  const runs = runsOf(mask);
  if (runs.length === 0) return 'no known 7.x release';
  if (runs.length === 1) return describeRun(runs[0]);
  return runs.map(([a, b]) => (a === b ? lineName(a) : `${lineName(a)} to ${lineName(b)}`)).join(', ');
}
