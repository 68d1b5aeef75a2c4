// docs/rules.md (the rules reference the README links to) against the rules themselves: one section per
// rule, in order, with its default severity, summary and fact; every example line taken from a fixture.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { rules } from '../../../server/src/analysis/rules/index';
import { repoRoot } from '../../helpers/shared';
import { fixturesDir } from './fixture-cases';

const doc = readFileSync(join(repoRoot, 'docs', 'rules.md'), 'utf8');

/** The text of each `## \`code\`` section. */
function sections(): Map<string, string> {
  const found = new Map<string, string>();
  for (const part of doc.split(/^## /m).slice(1)) {
    const code = /^`([^`]+)`/.exec(part)?.[1];
    if (code) found.set(code, part);
  }
  return found;
}

function fixtureLines(dir: string = fixturesDir): Set<string> {
  const lines = new Set<string>();
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) for (const line of fixtureLines(path)) lines.add(line);
    else if (name.endsWith('.rsc')) for (const line of readFileSync(path, 'utf8').split('\n')) lines.add(line.trim());
  }
  return lines;
}

describe('docs/rules.md', () => {
  test('documents every rule, in the order of the rules list, and nothing else', () => {
    assert.deepEqual([...sections().keys()], rules.map((rule) => rule.code));
  });

  test("each section states the rule's default severity, its summary and the fact it relies on", () => {
    const bySection = sections();
    for (const rule of rules) {
      const text = bySection.get(rule.code) ?? '';
      assert.ok(text.includes(`**Default severity:** ${rule.severity}`), `${rule.code}: severity`);
      assert.ok(text.includes(rule.summary), `${rule.code}: summary`);
      assert.ok(text.includes(`**Relies on:** ${rule.fact}`), `${rule.code}: fact`);
      assert.match(text, /^Fails \(/m, `${rule.code}: a failing example`);
      assert.match(text, /^Passes \(/m, `${rule.code}: a passing example`);
    }
  });

  test('the index table gives each rule its default severity', () => {
    for (const rule of rules) assert.match(doc, new RegExp(`^\\| \\[\`${rule.code}\`\\]\\(#${rule.code}\\) \\| ${rule.severity} \\|`, 'm'), rule.code);
  });

  test('every example line is a line of a fixture, and every fixture named exists', () => {
    const known = fixtureLines();
    const blocks = [...doc.matchAll(/```routeros\n([\s\S]*?)```/g)].map((match) => match[1]!);
    assert.ok(blocks.length >= rules.length);
    const foreign = blocks.flatMap((block) => block.split('\n')).map((line) => line.trim()).filter((line) => line !== '' && !line.startsWith('#') && !known.has(line));
    assert.deepEqual(foreign, []);
    for (const [, path] of doc.matchAll(/`((?:rules|pairs)\/[a-z0-9-]+(?:\/[a-z0-9-]+)?)`/g)) {
      assert.ok(existsSync(join(fixturesDir, path!, 'expected.json')), `${path} is not a fixture`);
    }
  });
});
