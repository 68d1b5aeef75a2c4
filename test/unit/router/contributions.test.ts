// package.json and the code agree: every router command the manifest lists is registered, and
// every `routeros.*` setting the router commands read is declared.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot } from '../../helpers/shared';

const manifest = JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8'));
const sources = ['commands', 'views']
  .flatMap((folder) => readdirSync(join(repoRoot, 'client/src', folder)).map((file) => join(repoRoot, 'client/src', folder, file)))
  .concat(join(repoRoot, 'client/src/extension.ts'))
  .map((file) => readFileSync(file, 'utf8'))
  .join('\n');

describe('the manifest and the router commands', () => {
  it('registers every contributed command', () => {
    for (const { command } of manifest.contributes.commands as { command: string }[]) {
      assert.ok(sources.includes(`registerCommand('${command}'`), `${command} is contributed but never registered`);
    }
  });

  it('declares every setting the commands read', () => {
    const read = [...sources.matchAll(/getConfiguration\('routeros'\)\s*\.get(?:<[^>]+>)?\('([\w.]+)'/g)].map((match) => match[1]);
    assert.ok(read.length >= 3);
    for (const key of read) assert.ok(manifest.contributes.configuration.properties[`routeros.${key}`], `routeros.${key} is read but not declared`);
  });

  it('shows Deploy in the palette, the editor title and the explorer for .rsc files', () => {
    const menus = manifest.contributes.menus;
    for (const place of ['commandPalette', 'editor/title', 'explorer/context']) {
      assert.ok(menus[place].some((entry: { command: string }) => entry.command === 'routeros.deploy'), place);
    }
  });
});
