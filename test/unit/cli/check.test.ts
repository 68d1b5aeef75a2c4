// `routeros-ipsec check` as a pipeline runs it: pairs the files it is given, prints file:line:column, exits 1
// on an error; JSON with 0-based LSP ranges and severities as words; SARIF for code scanning.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { repoRoot } from '../../helpers/shared';
import { runCheck, type JsonDiagnostic } from '../../../client/src/cli/check';

const pair = join(repoRoot, 'test', 'fixtures', 'rules', 'mirror-secret', 'differs');
const clean = join(repoRoot, 'test', 'fixtures', 'pairs');

function run(args: string[]): { code: number; out: string } {
  let out = '';
  const code = runCheck(args, (text) => { out += text + '\n'; });
  return { code, out };
}

test('text: the mismatch on both files with the other file under it, and exit code 1', () => {
  const { code, out } = run([join(pair, 'a.rsc'), join(pair, 'b.rsc')]);
  assert.equal(code, 1);
  assert.match(out, /a\.rsc:11:\d+: error mirror-secret: /);
  assert.match(out, /\n {4}\S*b\.rsc:11:\d+: /);
});

test('json: LSP ranges, severity words and the related location', () => {
  const { code, out } = run(['--format', 'json', pair]);
  assert.equal(code, 1);
  const diagnostics = JSON.parse(out) as JsonDiagnostic[];
  const secret = diagnostics.find((d) => d.code === 'mirror-secret' && d.file.endsWith('a.rsc'))!;
  assert.equal(secret.severity, 'error');
  assert.equal(secret.range.start.line, 10);
  assert.ok(secret.related[0]!.file.endsWith('b.rsc'));
});

test('sarif: one result per diagnostic, rules listed, levels mapped', () => {
  const { out } = run(['--format', 'sarif', pair]);
  const sarif = JSON.parse(out);
  assert.equal(sarif.version, '2.1.0');
  assert.ok(sarif.runs[0].tool.driver.rules.some((rule: { id: string }) => rule.id === 'mirror-secret'));
  assert.equal(sarif.runs[0].results[0].level, 'error');
  assert.equal(sarif.runs[0].results[0].locations[0].physicalLocation.region.startLine, 11);
});

test('a clean folder exits 0; usage problems exit 2', () => {
  assert.equal(run([join(clean, 's2s-v7-ikev2-psk')]).code, 0);
  assert.equal(run([]).code, 2);
  assert.equal(run(['--format', 'xml', pair]).code, 2);
});
