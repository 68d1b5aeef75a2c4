// Two simulated routers that find each other by their WAN addresses: compatible configurations
// bring up active peers, a pair of SAs per policy with the same SPIs on both ends and counters
// that rise; a mismatch at phase 1 or phase 2 shows as RouterOS shows it.
import { after, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { addItem } from '../../simulator/config/menu-commands';
import { SharedMapDirectory } from '../../simulator/directory';
import { boise, seattle, siteAddresses, siteScript, type SiteOptions } from '../../simulator/fixtures/site-pair';
import { SimulatedRouter } from '../../simulator/router';
import { runImport } from '../../simulator/script/import-file';

/** A minute on: long past the negotiation, so the tunnels are as they will stay. */
const later = () => Date.now() + 60_000;

const routers: SimulatedRouter[] = [];
after(async () => Promise.all(routers.map((router) => router.shutdown())));

function configured(site: typeof seattle, other: typeof seattle, directory: SharedMapDirectory, options: SiteOptions = {}): SimulatedRouter {
  const router = new SimulatedRouter({ name: site.name, version: '7.18.2', directory, addresses: siteAddresses(site), tlsPort: null });
  routers.push(router);
  addItem(router.store, 'file', { name: 'site.rsc', contents: siteScript(site, other, options) });
  assert.equal(runImport(router.store, 'site.rsc', false).kind, 'done');
  return router;
}

function pair(seattleOptions: SiteOptions = {}, boiseOptions: SiteOptions = {}): [SimulatedRouter, SimulatedRouter] {
  const directory = new SharedMapDirectory();
  return [configured(seattle, boise, directory, seattleOptions), configured(boise, seattle, directory, boiseOptions)];
}

describe('simulated IPsec between two routers', () => {
  it('brings up the tunnel: one established peer and two SAs each, mirrored SPIs, counters rising', () => {
    const [west, east] = pair();
    const at = later();
    const sas = west.ipsec(at).installedSas;
    assert.equal(sas.length, 2);
    const [peer] = west.ipsec(at).activePeers;
    assert.deepEqual([peer['local-address'], peer['remote-address'], peer.state], [seattle.wan, boise.wan, 'established']);
    const outbound = sas.find((sa) => sa['src-address'] === seattle.wan);
    const inboundOnBoise = east.ipsec(at).installedSas.find((sa) => sa['dst-address'] === boise.wan);
    assert.equal(outbound?.spi, inboundOnBoise?.spi);
    assert.deepEqual([outbound?.['enc-algorithm'], outbound?.['enc-key-size'], outbound?.['auth-algorithm']], ['aes-cbc', '256', 'sha256']);
    const [policy] = [...west.ipsec(at).policyStatus.entries()].filter(([id]) => west.store.byId('ip/ipsec/policy', id)?.props.default !== 'true');
    assert.equal(policy[1]['ph2-state'], 'established');
    const tenSecondsOn = west.ipsec(at + 10_000).installedSas.find((sa) => sa.spi === outbound?.spi);
    assert.ok(Number(tenSecondsOn?.['current-bytes']) > Number(outbound?.['current-bytes']));
  });

  it('shows nothing until the negotiation has had its time', () => {
    const [west] = pair();
    assert.deepEqual(west.ipsec(Date.now() - 1000).installedSas, []);
  });

  it('has no tunnel when the pre-shared keys differ', () => {
    const [west] = pair({ secret: 'one-secret-value' }, { secret: 'another-secret' });
    assert.deepEqual(west.ipsec(later()).activePeers, []);
    assert.deepEqual(west.ipsec(later()).installedSas, []);
  });

  it('establishes phase 1 but no SAs when the proposals share no cipher', () => {
    const [west] = pair({ proposalCiphers: 'aes-256-cbc' }, { proposalCiphers: 'aes-128-gcm' });
    const at = later();
    assert.equal(west.ipsec(at).activePeers.length, 1);
    assert.deepEqual(west.ipsec(at).installedSas, []);
    const states = [...west.ipsec(at).policyStatus.values()].map((status) => status['ph2-state']).filter(Boolean);
    assert.deepEqual(states, ['no-phase2']);
  });
});
