// The committed grammar is the generator's output, its scope names follow TextMate conventions, and
// its word lists agree with RouterOS's own command trees (read from ../shared at test time).
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { grammarJson, grammarPath } from '../../syntaxes/build';
import {
  BUILTIN_COMMANDS,
  COMMANDS,
  CONTROL_COMMANDS,
  DECLARATION_COMMANDS,
  ENUM_VALUES,
  SCRIPT_ARGUMENTS,
} from '../../syntaxes/src/words';
import { schemaDir, sharedMissing } from '../helpers/shared';
import { childrenOf, enumerationOf, inspectFiles, loadInspect, walk } from './schema';

const skip = sharedMissing(schemaDir);
const CONVENTIONAL_ROOTS = new Set([
  'comment', 'constant', 'entity', 'invalid', 'keyword', 'markup', 'meta', 'punctuation', 'storage', 'string', 'support', 'variable',
]);

function scopeNames(node: unknown, found = new Set<string>()): Set<string> {
  if (Array.isArray(node)) node.forEach((item) => scopeNames(item, found));
  else if (node && typeof node === 'object') {
    for (const [key, value] of Object.entries(node)) {
      if ((key === 'name' || key === 'contentName') && typeof value === 'string') value.split(' ').forEach((s) => found.add(s));
      else scopeNames(value, found);
    }
  }
  return found;
}

const sorted = (words: Iterable<string>): string[] => [...new Set(words)].sort();

describe('generated grammar', () => {
  it('is committed exactly as syntaxes/src generates it (npm run build:grammar)', () => {
    assert.equal(readFileSync(grammarPath, 'utf8'), grammarJson());
  });

  it('uses conventional TextMate scope names, each ending in .routeros', () => {
    const { repository, patterns } = JSON.parse(grammarJson());
    const odd = [...scopeNames([repository, patterns])].filter(
      (scope) => !CONVENTIONAL_ROOTS.has(scope.split('.')[0]) || !scope.endsWith('.routeros'),
    );
    assert.deepEqual(odd, []);
  });
});

describe('grammar words against the RouterOS command trees', { skip }, () => {
  const commandNames = new Set<string>();
  const menuNames = new Set<string>();
  const rootNames = new Set<string>();
  const argumentNames = new Set<string>();
  if (!skip) {
    for (const file of inspectFiles()) {
      const tree = loadInspect(file);
      for (const [name] of childrenOf(tree)) rootNames.add(name);
      for (const [name, node] of walk(tree)) {
        if (node._type === 'cmd') commandNames.add(name);
        else if (node._type === 'arg') argumentNames.add(name);
        else menuNames.add(name);
      }
    }
  }

  it('lists every command name that is never a menu name, and nothing else', () => {
    const expected = sorted([...commandNames].filter((name) => !menuNames.has(name)));
    assert.deepEqual(sorted(COMMANDS), expected);
  });

  it('knows every `:` command as a root command or root menu', () => {
    const colonWords = [...CONTROL_COMMANDS, ...DECLARATION_COMMANDS, ...BUILTIN_COMMANDS];
    assert.deepEqual(colonWords.filter((word) => !rootNames.has(word)), []);
  });

  it('takes script arguments from real argument names', () => {
    assert.deepEqual(SCRIPT_ARGUMENTS.filter((name) => !argumentNames.has(name)), []);
  });

  it('takes enumeration words from values RouterOS offers', () => {
    const offered = new Set<string>(['ipsec']);
    for (const [, node] of walk(loadInspect('inspect-7.24.json.gz'))) enumerationOf(node).forEach((v) => offered.add(v));
    for (const [, node] of walk(loadInspect('deep-inspect-7.22.3.json.gz'))) {
      for (const [value, { style }] of Object.entries(node._completion ?? {})) if (style === 'none' || style === 'arg') offered.add(value);
    }
    assert.deepEqual(ENUM_VALUES.filter((word) => !offered.has(word)), []);
  });
});
