// RouterOS versions as `/system/resource` reports them (`7.18.2 (stable)`, `7.16rc3`, `6.49.10`)
// and the features that depend on them.

export interface RouterOsVersion {
  readonly major: number;
  readonly minor: number;
  readonly patch: number;
  /** As the router wrote it, without the channel: `7.18.2`. */
  readonly text: string;
}

export function parseRouterOsVersion(text: string): RouterOsVersion | undefined {
  const match = /^\s*(\d+)\.(\d+)(?:\.(\d+))?/.exec(text);
  if (!match) return undefined;
  return { major: Number(match[1]), minor: Number(match[2]), patch: Number(match[3] ?? 0), text: match[0].trim() };
}

/** True when `version` is `minimum` (`7.18`, `7.9`) or later. */
export function atLeast(version: RouterOsVersion, minimum: string): boolean {
  const wanted = parseRouterOsVersion(minimum);
  if (!wanted) return false;
  const mine = [version.major, version.minor, version.patch];
  const theirs = [wanted.major, wanted.minor, wanted.patch];
  for (let i = 0; i < 3; i++) if (mine[i] !== theirs[i]) return mine[i] > theirs[i];
  return true;
}

/** Where features begin (routeros-api.md §1.4, §3.2, §3.5). */
export const featureVersions = {
  /** `/file/add =contents=`: the only way to upload a script over the API. */
  fileAdd: '7.9',
  /** `/import =dry-run=`. */
  importDryRun: '7.16',
  /** `/safe-mode` (take, release, unroll) bound to the API session; also `!empty` replies. */
  safeMode: '7.18',
} as const;
