#!/usr/bin/env node
// `npm start`: a real VS Code in the browser with the extension installed and a sample workspace.
// Builds and packages the extension, installs the tool chain if needed (scripts/e2e-setup.mjs), copies
// test/demo-workspace to a temporary folder (your edits don't touch the repository), starts the background
// services and code-server, and prints the address. Ctrl-C stops everything and removes the folder.
//   npm start                 on a free port
//   npm start -- --port 8080  on a port of your choice
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { installExtension, startCodeServer } from './code-server.mjs';
import { ensureToolchain } from './e2e-setup.mjs';
import { packageExtension, repoRoot } from './package.mjs';
import { simulatedRouters } from './demo-routers.mjs';

/**
 * What runs beside VS Code for the demo. Each service starts in the background, may add workspace settings
 * (e.g. the address of a simulated router) and is stopped with everything else on Ctrl-C:
 *   { name, start: async ({ home, workspace }) => ({ settings?, stop: async () => {} }) }
 */
const services = [simulatedRouters];

function requestedPort() {
  const index = process.argv.indexOf('--port');
  return index > 0 ? Number(process.argv[index + 1]) : undefined;
}

function copyWorkspace(home) {
  const workspace = join(home, 'workspace');
  cpSync(join(repoRoot, 'test', 'demo-workspace'), workspace, { recursive: true });
  return workspace;
}

/** Adds what the services contributed to the workspace copy's `.vscode/settings.json`. */
function writeWorkspaceSettings(workspace, settings) {
  if (Object.keys(settings).length === 0) return;
  const file = join(workspace, '.vscode', 'settings.json');
  const current = existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : {};
  mkdirSync(join(workspace, '.vscode'), { recursive: true });
  writeFileSync(file, `${JSON.stringify({ ...current, ...settings }, null, 2)}\n`);
}

async function startServices(context, running) {
  const settings = {};
  for (const service of services) {
    console.log(`starting ${service.name}…`);
    const started = await service.start(context);
    running.push({ name: service.name, stop: started.stop });
    Object.assign(settings, started.settings);
  }
  return settings;
}

/** Stops what was started, newest first; safe to call twice. */
function shutdown(home, running) {
  let done = null;
  return () => {
    done ??= (async () => {
      for (const { stop } of running.reverse()) await stop().catch((error) => console.error(error.message));
      rmSync(home, { recursive: true, force: true });
    })();
    return done;
  };
}

async function main() {
  console.log('packaging the extension…');
  const vsix = await packageExtension({ log: () => undefined });
  const toolchain = await ensureToolchain();
  const home = mkdtempSync(join(tmpdir(), 'routeros-demo-'));
  const running = [];
  const stopAll = shutdown(home, running);
  let interrupted = false;
  for (const signal of ['SIGINT', 'SIGTERM']) {
    process.once(signal, () => {
      interrupted = true;
      stopAll().then(() => process.exit(0));
    });
  }
  try {
    const workspace = copyWorkspace(home);
    await installExtension(toolchain, vsix, { extensionsDir: join(home, 'extensions'), userDataDir: join(home, 'user-data') });
    writeWorkspaceSettings(workspace, await startServices({ home, workspace }, running));
    const server = await startCodeServer(toolchain, { home, folder: workspace, port: requestedPort() });
    running.push({ name: 'code-server', stop: server.stop });
    console.log(`\nRouterOS IPsec demo: open ${server.url}\n(workspace ${workspace}; Ctrl-C stops everything)\n`);
    const code = await server.exited;
    if (interrupted) return;
    console.error(`code-server stopped on its own (exit ${code}):\n${readFileSync(server.logFile, 'utf8').slice(-4000)}`);
    await stopAll();
    process.exit(1);
  } catch (error) {
    await stopAll();
    throw error;
  }
}

main().catch((error) => {
  console.error(error.message);
  process.exit(1);
});
