// The committed generated tree: its shape, its size, and that every index in it points somewhere.
import assert from 'node:assert/strict';
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { GENERATED_PATH } from '../../../server/src/knowledge/build/generate';
import { KNOWLEDGE_FORMAT, type GeneratedKnowledge, type MenuNode } from '../../../server/src/knowledge/data';
import { ALL_RELEASES, RELEASES } from '../../../server/src/knowledge/versions';
import { repoRoot } from '../../helpers/shared';

const path = join(repoRoot, GENERATED_PATH);
const data = JSON.parse(readFileSync(path, 'utf8')) as GeneratedKnowledge;
const maskOf = (entry: number | readonly [number, number]) => (typeof entry === 'number' ? undefined : entry[1]);

function* menusOf(node: MenuNode, path: string[] = []): Generator<[string[], MenuNode]> {
  yield [path, node];
  for (const [name, child] of Object.entries(node.m ?? {})) yield* menusOf(child, [...path, name]);
}

describe('generated/commands.json', () => {
  it('has the current format and the releases versions.ts indexes masks by', () => {
    assert.equal(data.format, KNOWLEDGE_FORMAT);
    assert.deepEqual(data.releases, [...RELEASES]);
  });

  it('stays small enough for the packaged extension (under 3 MB raw)', () => {
    assert.ok(statSync(path).size < 3_000_000, `${statSync(path).size} bytes`);
  });

  it('points only at existing kinds and argument sets, with masks inside the known releases', () => {
    for (const [menuPath, menu] of menusOf(data.root)) {
      if (menu.v !== undefined) assert.ok(menu.v > 0 && (menu.v & ~ALL_RELEASES) === 0, menuPath.join(' '));
      for (const [name, entry] of Object.entries(menu.c ?? {})) {
        const set = data.argumentSets[typeof entry === 'number' ? entry : entry[0]];
        assert.ok(set, `${menuPath.join(' ')} ${name}`);
        const commandMask = maskOf(entry) ?? ALL_RELEASES;
        for (const argument of Object.values(set)) {
          assert.ok(data.kinds[typeof argument === 'number' ? argument : argument[0]]);
          const mask = maskOf(argument);
          if (mask !== undefined) assert.equal(mask & ~commandMask, 0, `${menuPath.join(' ')} ${name}`);
        }
      }
    }
  });

  it('stores each kind and argument set once', () => {
    assert.equal(new Set(data.kinds.map((kind) => JSON.stringify(kind))).size, data.kinds.length);
    assert.equal(new Set(data.argumentSets.map((set) => JSON.stringify(set))).size, data.argumentSets.length);
  });

  it('keeps names in code-unit order so regeneration is byte-stable', () => {
    for (const [menuPath, menu] of menusOf(data.root)) {
      for (const names of [Object.keys(menu.m ?? {}), Object.keys(menu.c ?? {})]) {
        assert.deepEqual(names, [...names].sort(), menuPath.join(' '));
      }
    }
  });

  it('knows the IPsec menus and the scripting commands', () => {
    const ipsec = data.root.m?.ip?.m?.ipsec?.m ?? {};
    for (const menu of ['profile', 'proposal', 'peer', 'identity', 'policy', 'mode-config', 'settings', 'key']) {
      assert.ok(ipsec[menu], menu);
    }
    for (const command of ['if', 'local', 'global', 'foreach', 'for', 'do', 'while', 'put', 'import']) {
      assert.ok(data.root.c?.[command] !== undefined, command);
    }
  });
});
