// Runs inside VS Code's extension host, loaded by @vscode/test-electron as extensionTestsPath (bundled by
// ./run.ts together with the scenario files). Installing the registry here, before the scenario files are
// evaluated, makes their scenario() calls register instead of creating node:test tests.
import type { SessionOptions } from '../driver';
import type { ScenarioBody } from '../scenario';
import { ExtensionHostDriver } from './api-driver';

const scenarios: { name: string; options: SessionOptions; body: ScenarioBody }[] = [];
globalThis.routerosE2ERegistry = { add: (name, options, body) => scenarios.push({ name, options, body }) };

/** Called by VS Code once the window is up: runs the one scenario the runner asked for. */
export async function run(): Promise<void> {
  const name = process.env.E2E_SCENARIO;
  const scenario = scenarios.find((candidate) => candidate.name === name);
  if (!scenario) throw new Error(`no scenario named "${name}" among ${scenarios.length}`);
  await scenario.body(new ExtensionHostDriver(process.env.E2E_WORKSPACE ?? '', process.env.E2E_LOGS_DIR ?? ''));
}
