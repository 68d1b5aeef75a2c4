// Deploying against simulated routers of each version class: 7.9–7.15 (import; a failure keeps
// the lines before it), 7.16–7.17 (dry run first), 7.18+ (dry run, then safe mode: a failure
// leaves the router as it was). The simulator's /import reply wording is modelled on the console's
// (routeros-api.md §3.2): unverified against a real router over the API.
import { after, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { connectToRouter } from '../../../client/src/router/connection';
import { deployScript, type DeployOptions, type DeployResult } from '../../../client/src/router/deploy/deploy';
import { FILE_CONTENTS_LIMIT } from '../../../client/src/router/deploy/parts';
import { RouterError } from '../../../client/src/router/errors';
import { fetchRouterInfo } from '../../../client/src/router/router-info';
import { boise, seattle, SECRET, siteAddresses, siteScript } from '../../simulator/fixtures/site-pair';
import type { SimulatedRouter } from '../../simulator/router';
import { configurationOf, requestFor, startRouter } from '../../simulator/testing';

const routers: SimulatedRouter[] = [];
after(async () => Promise.all(routers.map((router) => router.shutdown())));

async function routerOn(version: string): Promise<SimulatedRouter> {
  const router = await startRouter({ name: 'Seattle', version, addresses: siteAddresses(seattle) });
  routers.push(router);
  return router;
}

async function deploy(router: SimulatedRouter, script: string, options: Partial<DeployOptions> = {}): Promise<DeployResult> {
  const connection = await connectToRouter(requestFor(router));
  try {
    const info = await fetchRouterInfo(connection);
    return await deployScript(connection, info, { script, fileLabel: 'seattle.rsc', ...options });
  } finally {
    await connection.close();
  }
}

const good = siteScript(seattle, boise);
/** Line 7 names a profile that does not exist: only the live configuration can tell. */
const missingProfile = good.replace('profile=to-boise exchange-mode', 'profile=nowhere exchange-mode');
/** Line 7 has an exchange mode RouterOS does not know: visible without running anything. */
const badValue = good.replace('exchange-mode=ike2', 'exchange-mode=ikev3');

const peers = (router: SimulatedRouter) => router.store.userItems('ip/ipsec/peer').map((peer) => peer.name);
const profiles = (router: SimulatedRouter) => router.store.userItems('ip/ipsec/profile').map((profile) => profile.name);

describe('deploy to RouterOS 7.9–7.15', () => {
  it('uploads, imports and cleans up', async () => {
    const router = await routerOn('7.15.3');
    const result = await deploy(router, good);
    assert.equal(result.outcome, 'applied');
    assert.equal(result.plan.dryRun, false);
    assert.match(result.plan.caution ?? '', /lines before it stay applied/);
    assert.deepEqual(peers(router), ['boise']);
    assert.deepEqual(router.store.userItems('file'), []);
    assert.match(result.summary, /Applied seattle\.rsc to Seattle \(RouterOS 7\.15\.3\)/);
  });

  it('stops at the failing line and keeps the lines before it', async () => {
    const router = await routerOn('7.15.3');
    const result = await deploy(router, missingProfile);
    assert.equal(result.outcome, 'partly-applied');
    assert.equal(result.failure?.line, 7);
    assert.equal(result.failure?.message, 'input does not match any value of profile (/ip/ipsec/peer/add; line 7)');
    assert.deepEqual(profiles(router), ['to-boise']);
    assert.deepEqual(peers(router), []);
  });

  it('has no dry run to offer', async () => {
    const router = await routerOn('7.12.1');
    await assert.rejects(deploy(router, good, { dryRunOnly: true }), (error: RouterError) => error.kind === 'too-old' && /7\.16/.test(error.message));
  });
});

describe('deploy to RouterOS 7.16–7.17', () => {
  it('catches a bad value in the dry run, before anything changes', async () => {
    const router = await routerOn('7.16.2');
    const before = configurationOf(router);
    const result = await deploy(router, badValue);
    assert.equal(result.outcome, 'dry-run-failed');
    assert.equal(result.failure?.line, 7);
    assert.match(result.failure?.message ?? '', /input does not match any value of exchange-mode/);
    assert.equal(configurationOf(router), before);
  });

  it('keeps the lines before a failure the dry run could not foresee', async () => {
    const router = await routerOn('7.17.1');
    const result = await deploy(router, missingProfile);
    assert.equal(result.outcome, 'partly-applied');
    assert.deepEqual(profiles(router), ['to-boise']);
  });
});

describe('deploy to RouterOS 7.18 and later', () => {
  it('imports inside safe mode and releases it', async () => {
    const router = await routerOn('7.18.2');
    const result = await deploy(router, good);
    assert.equal(result.outcome, 'applied');
    assert.deepEqual(result.plan, { dryRun: true, safeMode: true, caution: undefined, method: result.plan.method });
    assert.deepEqual(peers(router), ['boise']);
    assert.equal(router.safeMode.heldBy, undefined);
  });

  it('rolls everything back when a line fails, leaving the router as it was', async () => {
    const router = await routerOn('7.24');
    const before = configurationOf(router);
    const result = await deploy(router, missingProfile);
    assert.equal(result.outcome, 'rolled-back');
    assert.equal(result.failure?.line, 7);
    assert.equal(configurationOf(router), before);
    assert.match(result.summary, /rolled every change back/);
  });

  it('runs only the dry run when asked', async () => {
    const router = await routerOn('7.18.2');
    const before = configurationOf(router);
    const result = await deploy(router, good, { dryRunOnly: true });
    assert.equal(result.outcome, 'dry-run-passed');
    assert.equal(configurationOf(router), before);
  });

  it('stops cleanly when cancelled', async () => {
    const router = await routerOn('7.18.2');
    const before = configurationOf(router);
    const result = await deploy(router, good, { signal: AbortSignal.abort() });
    assert.equal(result.outcome, 'cancelled');
    assert.equal(configurationOf(router), before);
  });
});

describe('deploy, whatever the version', () => {
  it('refuses RouterOS older than 7.9 before uploading anything', async () => {
    const router = await routerOn('7.8');
    await assert.rejects(deploy(router, good), (error: RouterError) => error.kind === 'too-old' && /7\.9/.test(error.message));
    assert.deepEqual(router.store.userItems('file'), []);
  });

  it('sends a script longer than /file/add accepts in parts, and finds a failing line in a later part', async () => {
    const router = await routerOn('7.15.3');
    const filler = Array.from({ length: 900 }, (_, i) => `/ip firewall address-list add list=blocked address=10.0.${Math.floor(i / 250)}.${i % 250} comment="${'x'.repeat(60)}"`);
    const script = [...filler, good, '/ip ipsec peer add name=late address=192.0.2.9/32 profile=nowhere', ''].join('\n');
    assert.ok(script.length > FILE_CONTENTS_LIMIT);
    const result = await deploy(router, script);
    assert.equal(result.outcome, 'partly-applied', result.summary);
    const failingLine = script.split('\n').findIndex((line) => line.includes('profile=nowhere')) + 1;
    assert.equal(result.failure?.line, failingLine);
    assert.equal(router.store.userItems('ip/firewall/address-list').length, 900);
    assert.deepEqual(router.store.userItems('file'), []);
  });

  it('never lets a secret of the script into its messages', async () => {
    const router = await routerOn('7.18.2');
    const result = await deploy(router, `${good}/ip ipsec identity add peer=nobody secret="${SECRET}"\n`);
    assert.equal(result.outcome, 'rolled-back');
    assert.ok(!result.summary.includes(SECRET) && !result.failure?.message.includes(SECRET));
  });
});
