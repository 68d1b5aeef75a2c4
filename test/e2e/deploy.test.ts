// Deploying the demo pair from the command palette to two simulated routers (the demo's own, on the
// ports and pinned keys of test/demo-workspace/.vscode/settings.json), then watching the tunnel come
// up: the Installed SAs view fills in and the status bar counts the bytes going through.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DEMO_PASSWORD, startDemoRouters } from '../simulator/demo-routers';
import type { VSCodeDriver } from './driver';
import { demoWorkspace } from './harness';
import { scenario } from './scenario';

/** The demo's deliberate mistake is Boise's secret; the scenario deploys the mended pair. */
const seattleSecret = /secret="([^"]+)"/.exec(readFileSync(join(demoWorkspace, 'seattle.rsc'), 'utf8'))?.[1] ?? '';
const mendedBoise = readFileSync(join(demoWorkspace, 'boise.rsc'), 'utf8').replace(/secret="[^"]+"/, `secret="${seattleSecret}"`);

const DEADLINE_MS = 90_000;

async function waitForOutput(vscode: VSCodeDriver, pattern: RegExp): Promise<string> {
  const deadline = Date.now() + DEADLINE_MS;
  for (;;) {
    const text = await vscode.outputChannelText('RouterOS');
    const match = pattern.exec(text);
    if (match) return match[0];
    if (Date.now() > deadline) assert.fail(`the RouterOS output channel never showed ${pattern}:\n${text.slice(-2000)}`);
    await new Promise((resolve) => setTimeout(resolve, 1000));
  }
}

async function deploy(vscode: VSCodeDriver, file: string, router: string): Promise<void> {
  await vscode.openFile(file);
  await vscode.runCommand('RouterOS: Deploy to Router…');
  await vscode.selectQuickPick(router);
  await vscode.answerQuickInput(DEMO_PASSWORD);
  await vscode.selectQuickPick('Only this session');
  const confirmation = (await vscode.quickPickItems()).find((label) => label.startsWith('Deploy'));
  assert.ok(confirmation, 'the confirmation offers to deploy');
  await vscode.selectQuickPick(confirmation);
  await waitForOutput(vscode, new RegExp(`Applied ${file.replace('.', '\\.')} to ${router} \\(RouterOS`));
}

/** Bytes of `Seattle: 2 SA · 1.2 kB` as a number, for comparing two readings. */
function bytesOf(summary: string): number {
  const match = /· ([\d.]+) (B|kB|MB|GB)/.exec(summary);
  if (!match) return -1;
  return Number(match[1]) * { B: 1, kB: 1e3, MB: 1e6, GB: 1e9 }[match[2] as 'B'];
}

scenario('deploying the demo pair from the command palette brings the tunnel up', { files: { 'boise.rsc': mendedBoise } }, async (vscode) => {
  const routers = await startDemoRouters('fixed');
  try {
    await deploy(vscode, 'seattle.rsc', 'Seattle');
    await deploy(vscode, 'boise.rsc', 'Boise');
    const first = await waitForOutput(vscode, /Seattle: 2 SA · [\d.]+ \w+/);
    await waitForOutput(vscode, /Boise: 2 SA/);
    // The status bar keeps counting: a later reading shows more bytes than the first.
    const id = 'routeros-ipsec.routeros-ipsec.routeros.liveStatus';
    let later = '';
    const deadline = Date.now() + DEADLINE_MS;
    while (bytesOf((later = await vscode.statusBarText(id))) <= bytesOf(first) && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 1000));
    }
    assert.ok(bytesOf(later) > bytesOf(first), `the status bar still shows "${later}" after "${first}"`);
    await vscode.screenshot('deploy-installed-sas');
  } finally {
    await Promise.all(routers.map((router) => router.shutdown()));
  }
});
