// npm run test:electron: the e2e scenarios in VS Code desktop, downloaded by @vscode/test-electron, with the
// VS Code API inside the extension host standing in for the screen (./api-driver.ts). It needs a machine
// that can download VS Code (this project's CI cannot: it runs the same scenarios through code-server with
// `npm test`). Each scenario gets its own VS Code, workspace copy, user data and logs, like under code-server.
//   npm run test:electron                       every scenario of the files that use scenario()
//   VSCODE_VERSION=1.91.0 npm run test:electron  a given VS Code (default: stable)
import { downloadAndUnzipVSCode, runTests } from '@vscode/test-electron';
import { build } from 'esbuild';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { QUIET_SETTINGS } from '../../../scripts/code-server.mjs';
import { repoRoot } from '../../../scripts/package.mjs';
import type { SessionOptions } from '../driver';
import { HARNESS_SETTINGS } from '../harness';
import type { ScenarioBody } from '../scenario';

const e2eDir = join(repoRoot, 'test', 'e2e');
/** Checks of the code-server harness itself: they read the window, which the extension host cannot. */
const CODE_SERVER_ONLY = new Set(['harness.test.ts']);

function scenarioFiles(): string[] {
  return readdirSync(e2eDir).filter((name) => name.endsWith('.test.ts') && !CODE_SERVER_ONLY.has(name)
    && readFileSync(join(e2eDir, name), 'utf8').includes("from './scenario'"));
}

/** Loads the scenario files with a registry that only lists them. */
async function listScenarios(files: string[]): Promise<{ name: string; options: SessionOptions }[]> {
  const listed: { name: string; options: SessionOptions }[] = [];
  globalThis.routerosE2ERegistry = { add: (name: string, options: SessionOptions, _body: ScenarioBody) => listed.push({ name, options }) };
  for (const file of files) await import(join(e2eDir, file));
  return listed;
}

/** One CommonJS file for the extension host: the suite first (it installs the registry), then the scenarios. */
async function bundleSuite(files: string[], outfile: string): Promise<void> {
  const contents = [`export { run } from './electron/suite';`, ...files.map((file) => `import './${file.replace(/\.ts$/, '')}';`)].join('\n');
  await build({
    stdin: { contents, resolveDir: e2eDir, loader: 'ts' },
    bundle: true, platform: 'node', format: 'cjs', target: 'node18', outfile, external: ['vscode'], logLevel: 'error',
    // scripts/*.mjs locate the repository from import.meta.url, which a CommonJS bundle lacks.
    define: { 'import.meta.url': JSON.stringify(pathToFileURL(join(repoRoot, 'scripts', 'package.mjs')).href) },
  });
}

function prepareScenario(home: string, options: SessionOptions): { workspace: string; userData: string; logs: string } {
  const workspace = join(home, 'workspace');
  cpSync(options.workspace ?? join(repoRoot, 'test', 'demo-workspace'), workspace, { recursive: true });
  for (const [relativePath, text] of Object.entries(options.files ?? {})) {
    mkdirSync(dirname(join(workspace, relativePath)), { recursive: true });
    writeFileSync(join(workspace, relativePath), text);
  }
  const userData = join(home, 'user-data');
  mkdirSync(join(userData, 'User'), { recursive: true });
  writeFileSync(join(userData, 'User', 'settings.json'), JSON.stringify({ ...QUIET_SETTINGS, ...HARNESS_SETTINGS, ...options.settings }, null, 2));
  return { workspace, userData, logs: join(home, 'logs') };
}

/** Keeps the scenario's folder (workspace, user data, logs) only when it failed. */
async function runScenario(name: string, options: SessionOptions, suite: string, vscodeExecutablePath: string): Promise<boolean> {
  const home = mkdtempSync(join(tmpdir(), 'routeros-electron-'));
  const { workspace, userData, logs } = prepareScenario(home, options);
  try {
    await runTests({
      vscodeExecutablePath,
      extensionDevelopmentPath: repoRoot,
      extensionTestsPath: suite,
      launchArgs: [workspace, '--user-data-dir', userData, '--extensions-dir', join(home, 'extensions'), '--logsPath', logs, '--disable-extensions'],
      extensionTestsEnv: { E2E_SCENARIO: name, E2E_WORKSPACE: workspace, E2E_LOGS_DIR: logs },
    });
    console.log(`✔ ${name}`);
    rmSync(home, { recursive: true, force: true });
    return true;
  } catch (error) {
    console.log(`✖ ${name}: ${(error as Error).message} (logs: ${logs})`);
    return false;
  }
}

async function main(): Promise<void> {
  if (spawnSync(process.execPath, ['esbuild.mjs'], { cwd: repoRoot, stdio: 'inherit' }).status !== 0) process.exit(1);
  const files = scenarioFiles();
  const suite = join(repoRoot, '.vscode-test', 'e2e-suite.js');
  await bundleSuite(files, suite);
  const vscodeExecutablePath = await downloadAndUnzipVSCode(process.env.VSCODE_VERSION ?? 'stable');
  let passed = 0;
  let failed = 0;
  for (const { name, options } of await listScenarios(files)) {
    if (await runScenario(name, options, suite, vscodeExecutablePath)) passed++;
    else failed++;
  }
  console.log(`\n${passed} passed, ${failed} failed`);
  process.exit(failed > 0 ? 1 : 0);
}

main().catch((error: Error) => {
  console.error(`test:electron: ${error.message}`);
  process.exit(1);
});
