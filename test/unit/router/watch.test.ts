// The live view's data against two simulated routers: snapshots fill in once the tunnel is up,
// counters rise, the watch survives the router going away and coming back, and stops cleanly.
import { after, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { connectToRouter } from '../../../client/src/router/connection';
import type { IpsecSnapshot } from '../../../client/src/router/tail/feed';
import { watchRouter, type WatchState } from '../../../client/src/router/tail/watch';
import { addItem } from '../../simulator/config/menu-commands';
import { SharedMapDirectory } from '../../simulator/directory';
import { boise, seattle, siteAddresses, siteScript } from '../../simulator/fixtures/site-pair';
import type { SimulatedRouter } from '../../simulator/router';
import { runImport } from '../../simulator/script/import-file';
import { eventually, requestFor, startRouter } from '../../simulator/testing';

const routers: SimulatedRouter[] = [];
after(async () => Promise.all(routers.map((router) => router.shutdown())));

async function tunnel(): Promise<SimulatedRouter> {
  const directory = new SharedMapDirectory();
  const west = await startRouter({ name: 'Seattle', version: '7.18.2', directory, addresses: siteAddresses(seattle) });
  const east = await startRouter({ name: 'Boise', version: '7.15.3', directory, addresses: siteAddresses(boise) });
  routers.push(west, east);
  for (const [router, script] of [[west, siteScript(seattle, boise)], [east, siteScript(boise, seattle)]] as const) {
    addItem(router.store, 'file', { name: 'site.rsc', contents: script });
    runImport(router.store, 'site.rsc', false);
  }
  return west;
}

describe('watching a router', () => {
  it('fills in SAs, peers and policies, with rising counters, across the router going away and back', async () => {
    const west = await tunnel();
    const snapshots: IpsecSnapshot[] = [];
    const states: WatchState['kind'][] = [];
    const watch = watchRouter({
      connect: () => connectToRouter(requestFor(west, { timeoutSeconds: 2 })),
      intervalSeconds: 1,
      firstRetryMs: 100,
      onSnapshot: (snapshot) => snapshots.push(snapshot),
      onState: (state) => states.push(state.kind),
    });

    const up = await eventually(() => snapshots.find((snapshot) => snapshot.installedSas.length === 2));
    assert.equal(up.activePeers[0].state, 'established');
    assert.deepEqual(up.policies.map((policy) => [policy.source, policy.destination, policy.phase2]), [[seattle.lan, boise.lan, 'established']]);
    const spi = up.installedSas[0].spi;
    const risen = await eventually(() => snapshots.find((snapshot) => (snapshot.installedSas.find((sa) => sa.spi === spi)?.bytes ?? 0) > up.installedSas[0].bytes));
    assert.ok((risen.installedSas.find((sa) => sa.spi === spi)?.bytesPerSecond ?? 0) > 0);

    await west.stop();
    await eventually(() => states.includes('waiting') || undefined);
    const seen = snapshots.length;
    await west.start();
    await eventually(() => (states.lastIndexOf('live') > states.indexOf('waiting') && snapshots.length > seen) || undefined);

    await watch.stop();
    assert.equal(states[states.length - 1], 'stopped');
    const after = snapshots.length;
    await new Promise((resolve) => setTimeout(resolve, 1500));
    assert.equal(snapshots.length, after, 'no snapshot after stop');
  });

  it('gives up at once on a wrong password instead of retrying', async () => {
    const west = await tunnel();
    const states: WatchState[] = [];
    const watch = watchRouter({
      connect: () => connectToRouter(requestFor(west, { password: 'wrong' })),
      intervalSeconds: 1,
      onSnapshot: () => undefined,
      onState: (state) => states.push(state),
    });
    const failed = await eventually(() => states.find((state) => state.kind === 'failed'));
    assert.equal(failed.kind === 'failed' && failed.error.kind, 'auth');
    await watch.stop();
  });
});
