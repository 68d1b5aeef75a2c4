#!/usr/bin/env node
// The one test command: build, type-check, then every tier of tests, and a closing line
// "N passed, N failed" that counts all of them.
//
//   node test/run.mjs                 every tier
//   node test/run.mjs --tier unit     one tier (unit, protocol, grammar, e2e); repeatable
//   node test/run.mjs --skip e2e      every tier but one; repeatable
import { spawn } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const args = process.argv.slice(2);
const only = valuesOf('--tier');
const skipped = valuesOf('--skip');

function valuesOf(flag) {
  const values = [];
  for (let i = 0; i < args.length; i++) if (args[i] === flag && args[i + 1]) values.push(args[++i]);
  return values;
}

function filesUnder(dir, pattern) {
  const out = [];
  const walk = (d) => {
    let entries;
    try { entries = readdirSync(d); } catch { return; }
    for (const name of entries.sort()) {
      const path = join(d, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (pattern.test(name)) out.push(relative(root, path));
    }
  };
  walk(join(root, dir));
  return out;
}

/** Runs a command with inherited output; resolves with its exit code and what it printed. */
function run(command, commandArgs, { capture = false, env = {} } = {}) {
  return new Promise((resolve) => {
    const child = spawn(command, commandArgs, {
      cwd: root,
      env: { ...process.env, ...env },
      stdio: capture ? ['ignore', 'pipe', 'pipe'] : 'inherit',
    });
    let output = '';
    if (capture) {
      const forward = (stream, sink) => stream.on('data', (chunk) => { output += chunk; sink.write(chunk); });
      forward(child.stdout, process.stdout);
      forward(child.stderr, process.stderr);
    }
    child.on('close', (code) => resolve({ code: code ?? 1, output }));
  });
}

/** Node's spec reporter ends with "ℹ pass N" / "ℹ fail N"; read the counts from there. */
function countsFrom(output) {
  const count = (label) => {
    const matches = [...output.matchAll(new RegExp(`^\\S* ?${label} (\\d+)$`, 'gm'))];
    return matches.length ? Number(matches[matches.length - 1][1]) : 0;
  };
  return { passed: count('pass'), failed: count('fail'), skipped: count('skipped') };
}

const tiers = [
  { name: 'unit', files: () => filesUnder('test/unit', /\.test\.ts$/) },
  { name: 'grammar', files: () => filesUnder('test/grammar', /\.test\.ts$/) },
  { name: 'protocol', files: () => filesUnder('test/protocol', /\.test\.ts$/), needsBuild: true },
  { name: 'e2e', files: () => filesUnder('test/e2e', /\.test\.ts$/), needsBuild: true },
].filter((t) => (only.length === 0 || only.includes(t.name)) && !skipped.includes(t.name));

const totals = { passed: 0, failed: 0, skipped: 0 };
let broken = false;

const steps = [
  ['build', 'node', ['esbuild.mjs']],
  ['typecheck', 'node', [join('node_modules', 'typescript', 'bin', 'tsc'), '-p', '.']],
];
for (const [name, command, commandArgs] of steps) {
  console.log(`\n=== ${name}`);
  const { code } = await run(command, commandArgs);
  if (code !== 0) {
    console.log(`${name} failed (exit ${code})`);
    totals.failed += 1;
    broken = true;
  }
}

for (const tier of tiers) {
  const files = tier.files();
  console.log(`\n=== ${tier.name} tests (${files.length} files)`);
  if (files.length === 0) continue;
  if (tier.needsBuild && broken) {
    console.log(`skipped: the build failed`);
    continue;
  }
  const concurrency = tier.name === 'e2e' ? ['--test-concurrency=1'] : [];
  const { code, output } = await run(
    process.execPath,
    ['--import', 'tsx', '--test', '--test-reporter=spec', ...concurrency, ...files],
    { capture: true },
  );
  const counts = countsFrom(output);
  totals.passed += counts.passed;
  totals.failed += counts.failed;
  totals.skipped += counts.skipped;
  if (code !== 0 && counts.failed === 0) {
    console.log(`${tier.name} tier exited with ${code}`);
    totals.failed += 1;
  }
}

console.log(`\n${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped`);
process.exit(totals.failed > 0 ? 1 : 0);
