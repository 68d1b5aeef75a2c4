// scenario(): how an e2e test file declares what a user does. Under `node --test` (npm test) each scenario is
// a node:test test with a code-server session of its own; under `npm run test:electron` the runner installs a
// registry first and runs the same bodies with the VS Code API inside the extension host.
import { test } from 'node:test';
import type { SessionOptions, VSCodeDriver } from './driver';

export type ScenarioBody = (vscode: VSCodeDriver) => Promise<void>;

export interface ScenarioRegistry {
  add(name: string, options: SessionOptions, body: ScenarioBody): void;
}

declare global {
  // Installed by test/e2e/electron before the scenario files load.
  var routerosE2ERegistry: ScenarioRegistry | undefined;
}

/**
 * A backstop only (every wait has its own limit): the first scenario of a fresh machine also installs the
 * tool chain, which takes 5 to 10 minutes on two busy cores.
 */
const SCENARIO_TIMEOUT_MS = 20 * 60_000;

export function scenario(name: string, options: SessionOptions, body: ScenarioBody): void {
  const registry = globalThis.routerosE2ERegistry;
  if (registry) {
    registry.add(name, options, body);
    return;
  }
  test(name, { timeout: SCENARIO_TIMEOUT_MS }, () => runInCodeServer(name, options, body));
}

async function runInCodeServer(name: string, options: SessionOptions, body: ScenarioBody): Promise<void> {
  const { startVSCode } = await import('./harness');
  const session = await startVSCode(options);
  try {
    await body(session);
  } catch (error) {
    const artifacts = await session.saveArtifacts(name);
    console.error(`e2e artifacts for "${name}": ${artifacts} (screenshot.png, code-server.log, logs/, browser-console.log)`);
    if (error instanceof Error) error.message += `\nartifacts: ${artifacts}`;
    throw error;
  } finally {
    await session.close();
  }
}
