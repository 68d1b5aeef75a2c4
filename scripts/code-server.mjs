// Starting and stopping code-server from the tool chain of ./e2e-setup.mjs: shared by the e2e harness
// and the demo. Each instance gets its own port, user-data, extensions and XDG folders, so nothing lands
// in the user's ~/.config or ~/.local, and a whole process group, so stopping it leaves no extension host
// behind.
import { execFile, spawn } from 'node:child_process';
import { closeSync, mkdirSync, openSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';

/** A quiet window: no welcome page, chat, tips, update checks or telemetry; a dark theme for pictures. */
export const QUIET_SETTINGS = {
  'workbench.startupEditor': 'none',
  'workbench.tips.enabled': false,
  'workbench.welcomePage.walkthroughs.openOnInstall': false,
  'workbench.secondarySideBar.defaultVisibility': 'hidden',
  'workbench.colorTheme': 'Default Dark Modern',
  'workbench.editor.enablePreview': false,
  'chat.disableAIFeatures': true,
  'extensions.autoCheckUpdates': false,
  'extensions.autoUpdate': false,
  'extensions.ignoreRecommendations': true,
  'telemetry.telemetryLevel': 'off',
  'update.mode': 'none',
  'git.enabled': false,
  'editor.minimap.enabled': false,
  'window.restoreWindows': 'none',
  'remote.autoForwardPorts': false,
};

/** A port nobody listens on now, chosen by the kernel. */
export function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/** The environment code-server runs in: no npm_* variables of an outer `npm start`, XDG folders of its own. */
function codeServerEnv(toolchain, home) {
  const env = Object.fromEntries(Object.entries(process.env).filter(([name]) => !/^npm_|^INIT_CWD$/i.test(name)));
  return {
    ...env,
    PATH: `${join(toolchain.node, '..')}:${process.env.PATH}`,
    XDG_CONFIG_HOME: join(home, 'config'),
    XDG_DATA_HOME: join(home, 'data'),
    EXTENSIONS_GALLERY: '{}', // no marketplace: nothing is fetched from the internet at run time
  };
}

/** Installs a .vsix into an extensions folder with code-server's own command line. */
export function installExtension(toolchain, vsix, { extensionsDir, userDataDir }) {
  return new Promise((resolve, reject) => {
    const args = [toolchain.codeServerEntry, '--user-data-dir', userDataDir, '--extensions-dir', extensionsDir, '--install-extension', vsix];
    execFile(toolchain.node, args, { env: codeServerEnv(toolchain, join(userDataDir, '..')) }, (error, stdout, stderr) => {
      if (error || !/successfully installed/.test(stdout)) reject(new Error(`installing ${vsix} failed:\n${stdout}${stderr}`));
      else resolve();
    });
  });
}

function writeUserSettings(userDataDir, settings) {
  mkdirSync(join(userDataDir, 'User'), { recursive: true });
  writeFileSync(join(userDataDir, 'User', 'settings.json'), `${JSON.stringify({ ...QUIET_SETTINGS, ...settings }, null, 2)}\n`);
}

/**
 * Starts code-server with `folder` open, on `port` or a free one, and resolves once it serves. `home` is a
 * folder of this instance's own; its output goes to `<home>/code-server.log`.
 */
export async function startCodeServer(toolchain, { home, folder, settings = {}, extensionsDir = join(home, 'extensions'), port }) {
  port ??= await freePort();
  const userDataDir = join(home, 'user-data');
  const logFile = join(home, 'code-server.log');
  const configFile = join(home, 'config.yaml');
  writeUserSettings(userDataDir, settings);
  mkdirSync(extensionsDir, { recursive: true });
  writeFileSync(configFile, 'auth: none\ncert: false\n');
  const log = openSync(logFile, 'a');
  const child = spawn(toolchain.node, [
    toolchain.codeServerEntry, '--config', configFile, '--auth', 'none', '--bind-addr', `127.0.0.1:${port}`,
    '--user-data-dir', userDataDir, '--extensions-dir', extensionsDir, '--disable-telemetry', '--disable-update-check',
    '--disable-workspace-trust', '--disable-getting-started-override', folder,
  ], { detached: true, stdio: ['ignore', log, log], env: codeServerEnv(toolchain, home) });
  closeSync(log);
  const stop = stopper(child);
  const exited = new Promise((resolve) => child.once('exit', resolve));
  try {
    await waitUntilServing(child, logFile);
  } catch (error) {
    await stop();
    throw error;
  }
  const url = `http://127.0.0.1:${port}/?folder=${encodeURIComponent(folder)}`;
  return { url, port, userDataDir, extensionsDir, logFile, pid: child.pid, stop, exited };
}

/** Resolves once the log says the HTTP server listens; rejects if code-server exits or 60 s pass. */
function waitUntilServing(child, logFile) {
  return new Promise((resolve, reject) => {
    const deadline = Date.now() + 60_000;
    const onExit = (code) => reject(new Error(`code-server exited with ${code}:\n${readFileSync(logFile, 'utf8')}`));
    child.once('exit', onExit);
    const poll = setInterval(() => {
      const text = readFileSync(logFile, 'utf8');
      if (!/HTTP server listening/.test(text) && Date.now() < deadline) return;
      clearInterval(poll);
      child.off('exit', onExit);
      if (/HTTP server listening/.test(text)) resolve();
      else reject(new Error(`code-server did not start within 60 s:\n${text}`));
    }, 100);
  });
}

/** Process groups still running: a test process that dies must not leave servers behind. */
const runningGroups = new Set();
process.on('exit', () => { for (const pid of runningGroups) killGroup(pid, 'SIGKILL'); });

function killGroup(pid, signal) {
  try { process.kill(-pid, signal); } catch { /* already gone */ }
}

/** Stops the whole process group (server, extension host, file watcher): TERM, then KILL after 5 s. */
function stopper(child) {
  runningGroups.add(child.pid);
  const exited = new Promise((resolve) => child.once('exit', resolve));
  let stopped = null;
  return () => {
    stopped ??= (async () => {
      killGroup(child.pid, 'SIGTERM');
      const timer = setTimeout(() => killGroup(child.pid, 'SIGKILL'), 5000);
      await exited;
      clearTimeout(timer);
      killGroup(child.pid, 'SIGKILL'); // children that outlived their parent
      runningGroups.delete(child.pid);
    })();
    return stopped;
  };
}
