// Runs the assertion files of test/grammar/cases with vscode-tmgrammar-test (the CLI grammar authors
// use), so the project's test runner counts them.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { before, describe, it } from 'node:test';
import { repoRoot } from '../helpers/shared';
import { grammarFile } from './tokenize';

const cli = join(repoRoot, 'node_modules', 'vscode-tmgrammar-test', 'dist', 'unit.js');
const casesDir = join(__dirname, 'cases');

/** The compact reporter: the default one never returns on some failures in 0.1.3. */
function runCases(files: string[]): { status: number | null; output: string } {
  const result = spawnSync(process.execPath, [cli, '--compact', '--grammar', grammarFile, ...files], {
    cwd: repoRoot,
    encoding: 'utf8',
    timeout: 120_000,
  });
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
}

describe('grammar assertion files', () => {
  const cases = readdirSync(casesDir).filter((name) => name.endsWith('.rsc')).sort();
  let run: { status: number | null; output: string };
  before(() => {
    run = runCases(cases.map((name) => join(casesDir, name)));
  });

  for (const name of cases) {
    it(name, () => {
      const failures = run.output.split('\n').filter((line) => line.includes(`${name}:`));
      assert.deepEqual(failures, []);
      assert.match(run.output, new RegExp(`✓ \\S*${name.replace('.', '\\.')} run successfuly`));
    });
  }

  it('all pass in one run of the CLI', () => {
    assert.equal(run.status, 0, run.output);
  });

  it('fails on a wrong assertion, so the cases above can fail', () => {
    const dir = mkdtempSync(join(tmpdir(), 'routeros-grammar-'));
    try {
      const wrong = join(dir, 'wrong.rsc');
      writeFileSync(wrong, '# SYNTAX TEST "source.routeros"\nadd name=x\n# <--- comment.line.number-sign.routeros\n');
      const { status, output } = runCases([wrong]);
      assert.notEqual(status, 0);
      assert.match(output, /comment\.line\.number-sign\.routeros/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
