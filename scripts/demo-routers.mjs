// The demo's two simulated routers (test/simulator/demo-routers.ts) as a service of scripts/demo.mjs:
// Seattle (RouterOS 7.18.2) and Boise (7.15.3) on the loopback ports and pinned keys that
// test/demo-workspace/.vscode/settings.json names, user admin, password "demo".
import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';
import { repoRoot } from './package.mjs';

const ROUTERS = 2;

export const simulatedRouters = {
  name: 'the simulated routers Seattle and Boise',
  start() {
    const child = spawn(process.execPath, ['--import', 'tsx', 'test/simulator/demo-routers.ts'], {
      cwd: repoRoot,
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    const exited = new Promise((resolve) => child.once('exit', resolve));
    return new Promise((resolve, reject) => {
      let listening = 0;
      createInterface({ input: child.stdout }).on('line', (line) => {
        console.log(`  ${line}`);
        if (++listening === ROUTERS) resolve({ stop: () => (child.kill('SIGTERM'), exited) });
      });
      exited.then((code) => reject(new Error(`the simulated routers stopped (exit ${code}); are ports 18728-18739 free?`)));
    });
  },
};
