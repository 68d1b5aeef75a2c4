// The command line against simulated routers, as a pipeline runs it: exit codes, the failing line
// in compiler form, the password from ROUTEROS_PASSWORD only. The subcommands run in this process
// (fast); one case runs the real entry point to check the dispatcher's exit codes.
import { after, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runDeploy } from '../../../client/src/cli/deploy';
import { UsageError } from '../../../client/src/cli/router-options';
import { runTail } from '../../../client/src/cli/tail';
import { repoRoot } from '../../helpers/shared';
import { addItem } from '../../simulator/config/menu-commands';
import { SharedMapDirectory } from '../../simulator/directory';
import { boise, seattle, SECRET, siteAddresses, siteScript } from '../../simulator/fixtures/site-pair';
import type { SimulatedRouter } from '../../simulator/router';
import { runImport } from '../../simulator/script/import-file';
import { configurationOf, eventually, PASSWORD, startRouter } from '../../simulator/testing';

const routers: SimulatedRouter[] = [];
const folder = mkdtempSync(join(tmpdir(), 'routeros-cli-'));
after(async () => {
  rmSync(folder, { recursive: true, force: true });
  await Promise.all(routers.map((router) => router.shutdown()));
});

async function router(options: Parameters<typeof startRouter>[0] = {}): Promise<SimulatedRouter> {
  const started = await startRouter({ addresses: siteAddresses(seattle), ...options });
  routers.push(started);
  return started;
}

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs a subcommand in this process, as the dispatcher would (a usage problem is exit code 2). */
async function cli(args: string[], password: string | null = PASSWORD): Promise<Run> {
  const saved = process.env.ROUTEROS_PASSWORD;
  if (password === null) delete process.env.ROUTEROS_PASSWORD;
  else process.env.ROUTEROS_PASSWORD = password;
  const run: Run = { code: -1, stdout: '', stderr: '' };
  const io = { out: (line: string) => (run.stdout += `${line}\n`), err: (line: string) => (run.stderr += `${line}\n`) };
  try {
    const [name, ...rest] = args;
    run.code = name === 'tail' ? await runTail(rest, io, new Promise(() => undefined)) : await runDeploy(rest, io);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    run.code = 2;
    run.stderr += error.message;
  } finally {
    if (saved === undefined) delete process.env.ROUTEROS_PASSWORD;
    else process.env.ROUTEROS_PASSWORD = saved;
  }
  return run;
}

/** Runs the real entry point in a child process. */
function entryPoint(args: string[]): Promise<Run> {
  const env = { ...process.env, ROUTEROS_PASSWORD: PASSWORD };
  const child = spawn(process.execPath, ['--import', 'tsx', join(repoRoot, 'client/src/cli.ts'), ...args], { env, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk) => (stdout += chunk));
  child.stderr.on('data', (chunk) => (stderr += chunk));
  return new Promise((resolve) => child.on('close', (code) => resolve({ code: code ?? -1, stdout, stderr })));
}

function scriptFile(name: string, text: string): string {
  const path = join(folder, name);
  writeFileSync(path, text);
  return path;
}

const target = (router: SimulatedRouter) => ['--router', `127.0.0.1:${router.tlsPort}`, '--user', 'admin', '--fingerprint', router.certificate?.publicKeyFingerprint ?? ''];

describe('routeros-ipsec deploy', () => {
  it('applies a script and exits 0', async () => {
    const seattleRouter = await router();
    const result = await cli(['deploy', ...target(seattleRouter), scriptFile('seattle.rsc', siteScript(seattle, boise))]);
    assert.equal(result.code, 0, result.stderr);
    assert.match(result.stdout, /Applied seattle\.rsc to Seattle \(RouterOS 7\.18\.2\)/);
    assert.equal(seattleRouter.store.userItems('ip/ipsec/peer').length, 1);
    assert.ok(!`${result.stdout}${result.stderr}`.includes(SECRET));
  });

  it('prints the failing line in compiler form and exits 1, leaving a 7.18 router unchanged', async () => {
    const seattleRouter = await router();
    const before = configurationOf(seattleRouter);
    const file = scriptFile('broken.rsc', siteScript(seattle, boise).replace('profile=to-boise exchange-mode', 'profile=nowhere exchange-mode'));
    const result = await cli(['deploy', ...target(seattleRouter), file]);
    assert.equal(result.code, 1);
    assert.match(result.stdout, new RegExp(`^${file.replace(/[.\\]/g, '\\$&')}:7:1: error: input does not match any value of profile`, 'm'));
    assert.equal(configurationOf(seattleRouter), before);
  });

  it('runs only the dry run with --dry-run', async () => {
    const seattleRouter = await router();
    const before = configurationOf(seattleRouter);
    const result = await cli(['deploy', ...target(seattleRouter), '--dry-run', scriptFile('dry.rsc', siteScript(seattle, boise))]);
    assert.equal(result.code, 0, result.stderr);
    assert.equal(configurationOf(seattleRouter), before);
  });

  it('exits 3 on a wrong password, and 2 when no password can be had', async () => {
    const seattleRouter = await router();
    const file = scriptFile('any.rsc', '/system identity print\n');
    const wrong = await cli(['deploy', ...target(seattleRouter), file], 'wrong');
    assert.equal(wrong.code, 3);
    assert.match(wrong.stderr, /wrong user name or password/);
    const none = await cli(['deploy', ...target(seattleRouter), file], null);
    assert.equal(none.code, 2);
    assert.match(none.stderr, /ROUTEROS_PASSWORD/);
  });

  it('warns before sending anything in plaintext', async () => {
    const seattleRouter = await router();
    const result = await cli(['deploy', '--router', `127.0.0.1:${seattleRouter.port}`, '--user', 'admin', '--plaintext', scriptFile('p.rsc', '/ip pool add name=p ranges=10.0.0.1\n')]);
    assert.equal(result.code, 0, result.stderr);
    assert.match(result.stderr, /unencrypted/);
  });
});

describe('routeros-ipsec', () => {
  it('exits 0 on success and 2 on a usage problem', async () => {
    const seattleRouter = await router();
    const applied = await entryPoint(['deploy', ...target(seattleRouter), scriptFile('pool.rsc', '/ip pool add name=p ranges=10.0.0.1\n')]);
    assert.equal(applied.code, 0, applied.stderr);
    const usage = await entryPoint(['deploy', '--router', 'x']);
    assert.equal(usage.code, 2);
    assert.match(usage.stderr, /usage: routeros-ipsec deploy/);
    assert.equal((await entryPoint(['frobnicate'])).code, 2);
  });
});

describe('routeros-ipsec tail', () => {
  it('prints the installed SAs and stops after --count updates', async () => {
    const directory = new SharedMapDirectory();
    const west = await router({ directory });
    const east = await router({ name: 'Boise', version: '7.15.3', directory, addresses: siteAddresses(boise) });
    for (const [each, script] of [[west, siteScript(seattle, boise)], [east, siteScript(boise, seattle)]] as const) {
      addItem(each.store, 'file', { name: 'site.rsc', contents: script });
      runImport(each.store, 'site.rsc', false);
    }
    await eventually(() => west.ipsec().installedSas.length === 2 || undefined); // the simulated negotiation
    const result = await cli(['tail', ...target(west), '--count', '2', '--interval', '1']);
    assert.equal(result.code, 0, result.stderr);
    assert.match(result.stdout, /2 SA/);
    assert.match(result.stdout, new RegExp(`SA 0x[0-9A-F]+  ${seattle.wan} → ${boise.wan}  mature  aes-cbc 256 / sha256`));
  });
});
