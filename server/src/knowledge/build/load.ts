// Reads the console trees the generator works from: one `inspect-<release>.json.gz` per release and
// one `deep-inspect-<release>.json.gz` with tab-completion values. Used by the generator script and
// the test that regenerates into memory; never by the language server.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';

/** A node of a console tree: `_type` is dir, path, cmd or arg; other keys are children. */
export interface ConsoleNode {
  readonly _type?: string;
  readonly desc?: string;
  readonly _completion?: Readonly<Record<string, ConsoleCompletion>>;
  readonly [child: string]: unknown;
}

export interface ConsoleCompletion {
  readonly style: string;
  readonly preference?: number;
  readonly desc?: string;
}

export interface SchemaSet {
  /** Releases in ascending order, matching `trees`. */
  readonly releases: readonly string[];
  readonly trees: readonly ConsoleNode[];
  /** The tree with completion values, and the release it was crawled from. */
  readonly completions: { readonly release: string; readonly tree: ConsoleNode };
}

function readGzipJson(path: string): ConsoleNode {
  return JSON.parse(gunzipSync(readFileSync(path)).toString('utf8')) as ConsoleNode;
}

function compareReleases(a: string, b: string): number {
  const pa = a.split('.').map(Number);
  const pb = b.split('.').map(Number);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const diff = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (diff !== 0) return diff;
  }
  return 0;
}

export function loadSchemaSet(dir: string): SchemaSet {
  const files = readdirSync(dir);
  const releaseOf = (prefix: string) => (file: string) =>
    file.startsWith(prefix) && file.endsWith('.json.gz') ? file.slice(prefix.length, -'.json.gz'.length) : undefined;
  const releases = files.map(releaseOf('inspect-')).filter((r): r is string => r !== undefined).sort(compareReleases);
  const deep = files.map(releaseOf('deep-inspect-')).filter((r): r is string => r !== undefined).sort(compareReleases);
  if (releases.length === 0 || deep.length === 0) throw new Error(`${dir}: no inspect-*.json.gz or deep-inspect-*.json.gz`);
  const deepRelease = deep[deep.length - 1];
  return {
    releases,
    trees: releases.map((r) => readGzipJson(join(dir, `inspect-${r}.json.gz`))),
    completions: { release: deepRelease, tree: readGzipJson(join(dir, `deep-inspect-${deepRelease}.json.gz`)) },
  };
}
