// RouterOS `/console/inspect` command trees from ../shared/reference/routeros-schema, read at test time.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { schemaDir } from '../helpers/shared';

export interface InspectNode {
  _type?: 'dir' | 'path' | 'cmd' | 'arg';
  desc?: string;
  _completion?: Record<string, { style?: string }>;
  [child: string]: unknown;
}

const cache = new Map<string, InspectNode>();

export function loadInspect(file: string): InspectNode {
  let tree = cache.get(file);
  if (!tree) {
    tree = JSON.parse(gunzipSync(readFileSync(join(schemaDir, file))).toString('utf8')) as InspectNode;
    cache.set(file, tree);
  }
  return tree;
}

/** inspect-7.9.2.json.gz … inspect-7.24.json.gz (not the deep-inspect file). */
export function inspectFiles(): string[] {
  return readdirSync(schemaDir).filter((name) => /^inspect-.*\.json\.gz$/.test(name));
}

export function childrenOf(node: InspectNode): Array<[string, InspectNode]> {
  return Object.entries(node).filter(
    (entry): entry is [string, InspectNode] => !entry[0].startsWith('_') && typeof entry[1] === 'object' && entry[1] !== null,
  );
}

/** Every node of the tree with its name, depth first. */
export function* walk(node: InspectNode): Generator<[string, InspectNode]> {
  for (const [name, child] of childrenOf(node)) {
    yield [name, child];
    if (child._type !== 'arg') yield* walk(child);
  }
}

/** The values an argument's syntax hint lists: `aes-256|aes-128[,EncAlgorithm*]` → aes-256, aes-128. */
export function enumerationOf(arg: InspectNode): string[] {
  const match = /^([\w.-]+(?:\|[\w.-]+)+)(?:\[|$)/.exec(arg.desc ?? '');
  return match ? match[1].split('|') : [];
}
