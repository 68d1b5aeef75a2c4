// One source of truth: the manifest's settings and commands, the code that reads and registers them, and
// the rule codes the README documents are checked against each other here, not kept in sync by memory.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot } from '../helpers/shared';
import { rules } from '../../server/src/analysis/rules/index';

const manifest = JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8'));
const read = (path: string) => readFileSync(join(repoRoot, path), 'utf8');

function sourcesUnder(dir: string): string {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const entry of readdirSync(join(repoRoot, d), { withFileTypes: true })) {
      const path = join(d, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.name.endsWith('.ts')) out.push(read(path));
    }
  };
  walk(dir);
  return out.join('\n');
}

test('every contributed command is registered by the client, and every registered command is contributed', () => {
  const client = sourcesUnder('client/src');
  const contributed: string[] = (manifest.contributes.commands ?? []).map((command: { command: string }) => command.command);
  for (const command of contributed) assert.match(client, new RegExp(`['"\`]${command.replace(/\./g, '\\.')}['"\`]`), `${command} is contributed but never registered`);
  const registered = [...client.matchAll(/registerCommand\(\s*['"]([^'"]+)['"]/g)].map((match) => match[1]!);
  const internal = new Set(['routeros.openLocation']);
  for (const command of registered) if (!internal.has(command)) assert.ok(contributed.includes(command), `${command} is registered but not in package.json`);
});

test('every setting the server reads is contributed with a default', () => {
  const server = read('server/src/server.ts');
  const properties = manifest.contributes.configuration.properties as Record<string, { default?: unknown }>;
  const interfaceBody = /interface RouterOsSettings \{([^}]*)\}/.exec(server)?.[1] ?? '';
  const read_ = [...interfaceBody.matchAll(/^\s*(\w+)\??:/gm)].map((match) => `routeros.${match[1]}`);
  assert.ok(read_.length >= 4, 'the server declares the settings it reads');
  for (const key of read_) {
    assert.ok(properties[key], `${key} is read by the server but not contributed`);
    assert.notEqual(properties[key]!.default, undefined, `${key} has no default`);
  }
});

test('rule codes are unique, and every rule cites the reference and is documented', () => {
  const codes = rules.map((rule) => rule.code);
  assert.equal(new Set(codes).size, codes.length);
  const docs = read('docs/rules.md');
  for (const rule of rules) {
    assert.match(rule.fact, /(ipsec|setups)\.md §/, `${rule.code} cites no fact`);
    assert.ok(docs.includes(rule.code), `${rule.code} is not in docs/rules.md`);
  }
});

test('the routeros.rules setting offers exactly the severities the analysis understands', () => {
  const schema = manifest.contributes.configuration.properties['routeros.rules'];
  assert.deepEqual([...schema.additionalProperties.enum].sort(), ['error', 'hint', 'information', 'off', 'warning']);
});

test('the README documents every command, setting and rule code', () => {
  const readme = read('README.md');
  for (const command of manifest.contributes.commands as { command: string }[]) assert.ok(readme.includes(`\`${command.command}\``), `${command.command} is missing from the README`);
  for (const key of Object.keys(manifest.contributes.configuration.properties)) assert.ok(readme.includes(`\`${key}\``), `${key} is missing from the README`);
  for (const rule of rules) assert.ok(readme.includes(`\`${rule.code}\``), `${rule.code} is missing from the README`);
});
