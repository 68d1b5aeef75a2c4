// Phase 2 over an established peer pair: each local encrypt policy needs its mirror image on the
// other router (selectors swapped, same mode and protocol) and proposals that share a cipher, an
// integrity algorithm and the PFS group (IPsec reference §3.4).
import type { Item } from '../config/store';
import { networkOf } from './addresses';
import type { PeerPairing } from './phase1';
import { enabled, list, named, table } from './tables';

export interface Phase2Agreement {
  readonly localPolicy: Item;
  readonly remotePolicy: Item;
  /** Proposal values both ends use: cipher, integrity, lifetime (from the initiator's proposal). */
  readonly cipher: string;
  readonly integrity: string;
  readonly lifetime: string;
}

const aead = (cipher: string) => cipher.endsWith('-gcm') || cipher === 'chacha20poly1305';

const encryptsFor = (policy: Item, peerName: string | undefined) =>
  enabled(policy) && policy.props.template !== 'true' && (policy.props.action ?? 'encrypt') === 'encrypt' && policy.props.peer === peerName;

function mirrors(mine: Item, theirs: Item): boolean {
  const a = mine.props;
  const b = theirs.props;
  return (
    networkOf(a['src-address'] ?? '') === networkOf(b['dst-address'] ?? '') &&
    networkOf(a['dst-address'] ?? '') === networkOf(b['src-address'] ?? '') &&
    (a['src-port'] ?? 'any') === (b['dst-port'] ?? 'any') &&
    (a['dst-port'] ?? 'any') === (b['src-port'] ?? 'any') &&
    (a.protocol ?? 'all') === (b.protocol ?? 'all') &&
    (a.tunnel ?? 'false') === (b.tunnel ?? 'false') &&
    (a['ipsec-protocols'] ?? 'esp') === (b['ipsec-protocols'] ?? 'esp')
  );
}

/** The cipher and integrity both proposals allow, in the initiator's order of preference; undefined when none. */
function chosenTransforms(initiator: Item, responder: Item): { cipher: string; integrity: string } | undefined {
  if (initiator.props['pfs-group'] !== responder.props['pfs-group']) return undefined;
  const cipher = list(initiator.props['enc-algorithms']).find((value) => list(responder.props['enc-algorithms']).includes(value));
  if (!cipher) return undefined;
  if (aead(cipher)) return { cipher, integrity: 'null' };
  const integrity = list(initiator.props['auth-algorithms']).find(
    (value) => value !== 'null' && list(responder.props['auth-algorithms']).includes(value),
  );
  return integrity ? { cipher, integrity } : undefined;
}

export function agreePhase2(pairing: PeerPairing): Phase2Agreement[] {
  const agreements: Phase2Agreement[] = [];
  const remotePolicies = table(pairing.remote, 'policy').filter((policy) => encryptsFor(policy, pairing.remotePeer.props.name));
  for (const localPolicy of table(pairing.local, 'policy').filter((policy) => encryptsFor(policy, pairing.localPeer.props.name))) {
    const remotePolicy = remotePolicies.find((candidate) => mirrors(localPolicy, candidate));
    if (!remotePolicy) continue;
    const mine = named(pairing.local, 'proposal', localPolicy.props.proposal ?? 'default');
    const theirs = named(pairing.remote, 'proposal', remotePolicy.props.proposal ?? 'default');
    if (!mine || !theirs || !enabled(mine) || !enabled(theirs)) continue;
    const [initiator, responder] = pairing.initiator ? [mine, theirs] : [theirs, mine];
    const transforms = chosenTransforms(initiator, responder);
    if (!transforms) continue;
    agreements.push({ localPolicy, remotePolicy, ...transforms, lifetime: initiator.props.lifetime ?? '30m' });
  }
  return agreements;
}
