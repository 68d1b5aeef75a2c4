// Phase 1 as a responder decides it (IPsec reference §3.1–3.3): which of its peers answers the
// initiator's address, whether the profiles share an offer, whether the identities authenticate
// each other. The simulator's own reading of its tables, independent of the extension's checker.
import type { Item } from '../config/store';
import type { PublishedRouter } from '../directory';
import { prefixContains, prefixLength } from './addresses';
import { enabled, intersects, named, table } from './tables';

export interface PeerPairing {
  readonly local: PublishedRouter;
  readonly remote: PublishedRouter;
  readonly localPeer: Item;
  readonly remotePeer: Item;
  /** The addresses the two ends talk from. */
  readonly localAddress: string;
  readonly remoteAddress: string;
  /** Whether this end starts the exchange. */
  readonly initiator: boolean;
}


/** The responder's choice: among its enabled peers for this exchange mode, the most specific match. */
function answeringPeer(router: PublishedRouter, from: string, exchangeMode: string): Item | undefined {
  const candidates = table(router, 'peer').filter(
    (peer) => enabled(peer) && peer.props['exchange-mode'] === exchangeMode && prefixContains(peer.props.address ?? '0.0.0.0/0', from),
  );
  return candidates.sort((a, b) => prefixLength(b.props.address ?? '0.0.0.0/0') - prefixLength(a.props.address ?? '0.0.0.0/0'))[0];
}

function sourceAddress(router: PublishedRouter, peer: Item): string | undefined {
  return peer.props['local-address'] || router.addresses[0];
}

/** Every peer of `local` that finds a partner on another router, with who would start. */
export function pairPeers(local: PublishedRouter, others: readonly PublishedRouter[]): PeerPairing[] {
  const pairings: PeerPairing[] = [];
  for (const localPeer of table(local, 'peer').filter(enabled)) {
    const localAddress = sourceAddress(local, localPeer);
    if (!localAddress) continue;
    for (const remote of others) {
      const remoteAddress = remote.addresses.find((address) => prefixContains(localPeer.props.address ?? '0.0.0.0/0', address));
      if (!remoteAddress) continue;
      const remotePeer = answeringPeer(remote, localAddress, localPeer.props['exchange-mode'] ?? 'main');
      const answered = answeringPeer(local, remoteAddress, localPeer.props['exchange-mode'] ?? 'main');
      if (!remotePeer || answered?.id !== localPeer.id) continue;
      const localStarts = localPeer.props.passive !== 'true';
      const remoteStarts = remotePeer.props.passive !== 'true';
      if (!localStarts && !remoteStarts) continue;
      const initiator = localStarts && (!remoteStarts || local.name < remote.name);
      pairings.push({ local, remote, localPeer, remotePeer, localAddress, remoteAddress, initiator });
    }
  }
  return pairings;
}

function profilesAgree(pairing: PeerPairing): boolean {
  const mine = named(pairing.local, 'profile', pairing.localPeer.props.profile);
  const theirs = named(pairing.remote, 'profile', pairing.remotePeer.props.profile);
  if (!mine || !theirs) return false;
  const prf = (profile: Item) =>
    profile.props['prf-algorithm'] === 'auto' || !profile.props['prf-algorithm'] ? profile.props['hash-algorithm'] : profile.props['prf-algorithm'];
  return (
    intersects(mine.props['enc-algorithm'], theirs.props['enc-algorithm']) &&
    intersects(mine.props['dh-group'], theirs.props['dh-group']) &&
    mine.props['hash-algorithm'] === theirs.props['hash-algorithm'] &&
    (pairing.localPeer.props['exchange-mode'] !== 'ike2' || prf(mine) === prf(theirs))
  );
}

/** What this end sends as its ID: `auto` is its address for a pre-shared key. */
function effectiveId(identity: Item, address: string): string {
  const id = identity.props['my-id'] ?? 'auto';
  return id === 'auto' ? `address:${address}` : id;
}

function acceptsId(identity: Item, presented: string): boolean {
  const expected = identity.props['remote-id'] ?? 'auto';
  return expected === 'auto' || expected === 'ignore' || expected.toLowerCase() === presented.toLowerCase();
}

function credentialsAgree(mine: Item, theirs: Item): boolean {
  const method = mine.props['auth-method'] ?? 'pre-shared-key';
  if (method !== (theirs.props['auth-method'] ?? 'pre-shared-key')) return false;
  if (method.startsWith('pre-shared-key')) return !!mine.props.secret && mine.props.secret === theirs.props.secret;
  if (method === 'digital-signature') return !!mine.props.certificate && !!theirs.props.certificate;
  return true;
}

function identitiesAgree(pairing: PeerPairing): boolean {
  const identityOf = (router: PublishedRouter, peer: Item) =>
    table(router, 'identity').find((identity) => enabled(identity) && identity.props.peer === peer.props.name);
  const mine = identityOf(pairing.local, pairing.localPeer);
  const theirs = identityOf(pairing.remote, pairing.remotePeer);
  if (!mine || !theirs) return false;
  return (
    credentialsAgree(mine, theirs) &&
    acceptsId(mine, effectiveId(theirs, pairing.remoteAddress)) &&
    acceptsId(theirs, effectiveId(mine, pairing.localAddress))
  );
}

export function phase1Succeeds(pairing: PeerPairing): boolean {
  return profilesAgree(pairing) && identitiesAgree(pairing);
}
