// The demo a newcomer runs: the settings in test/demo-workspace reach the demo routers (ports,
// pinned keys), and deploying the two demo scripts — once their deliberate mistake, the differing
// secrets, is mended — brings the tunnel up on both.
import { after, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { connectToRouter } from '../../../client/src/router/connection';
import { deployScript } from '../../../client/src/router/deploy/deploy';
import { fetchRouterInfo } from '../../../client/src/router/router-info';
import { endpointOf, readRouterEntries, trustOf } from '../../../client/src/router/router-settings';
import { repoRoot } from '../../helpers/shared';
import { DEMO_PASSWORD, demoRouters, demoSettings, startDemoRouters } from '../../simulator/demo-routers';
import type { SimulatedRouter } from '../../simulator/router';
import { eventually } from '../../simulator/testing';

const workspace = join(repoRoot, 'test', 'demo-workspace');
const running: SimulatedRouter[] = [];
after(async () => Promise.all(running.map((router) => router.shutdown())));

function settings(): unknown {
  return JSON.parse(readFileSync(join(workspace, '.vscode', 'settings.json'), 'utf8'))['routeros.routers'];
}

describe('the demo', () => {
  it('has settings that name the demo routers, their ports and their pinned keys', async () => {
    const routers = await startDemoRouters('any');
    running.push(...routers);
    const fixedPorts = demoRouters.map((demo) => demo.tlsPort);
    const expected = demoSettings(routers).map((entry, index) => ({ ...entry, port: fixedPorts[index] }));
    assert.deepEqual(settings(), expected);
  });

  it('brings the tunnel up once both scripts are deployed with the same secret', async () => {
    const routers = await startDemoRouters('any');
    running.push(...routers);
    const { routers: entries } = readRouterEntries(demoSettings(routers));
    const seattleScript = readFileSync(join(workspace, 'seattle.rsc'), 'utf8');
    const secret = /secret="([^"]+)"/.exec(seattleScript)?.[1] ?? assert.fail('seattle.rsc has no secret');
    const boiseScript = readFileSync(join(workspace, 'boise.rsc'), 'utf8').replace(/secret="[^"]+"/, `secret="${secret}"`);
    for (const [entry, script] of [[entries[0], seattleScript], [entries[1], boiseScript]] as const) {
      const connection = await connectToRouter({ endpoint: endpointOf(entry), username: entry.username, password: DEMO_PASSWORD, trust: trustOf(entry, undefined), timeoutSeconds: 5 });
      const result = await deployScript(connection, await fetchRouterInfo(connection), { script, fileLabel: entry.name });
      await connection.close();
      assert.equal(result.outcome, 'applied', result.summary);
    }
    const [seattle] = routers;
    await eventually(() => seattle.ipsec().installedSas.length === 2 || undefined);
  });
});
