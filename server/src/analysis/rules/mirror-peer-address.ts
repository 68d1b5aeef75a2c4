import type { PairRule } from '../rule';
import { contains } from '../../model/addresses';
import { relatedTo, routerLabel, setPropertyFix, spanOf } from '../describe';
import { ownAddresses, peerNetwork, type OwnAddress } from '../pairing';
import { parseNetwork } from '../../model/addresses';
import type { IpsecView } from '../../model/ipsec';
import { tunnelPolicies } from '../tunnel-policies';

/** The router's addresses outside the networks its policies protect (its LANs): where IKE comes from. */
function publicAddresses(view: IpsecView): OwnAddress[] {
  const lans = tunnelPolicies(view).flatMap(({ src }) => { const network = parseNetwork(src); return network ? [network] : []; });
  const all = ownAddresses(view);
  const outside = all.filter((address) => !lans.some((lan) => contains(lan, address.host)));
  return outside.length > 0 ? outside : all;
}

export const mirrorPeerAddress: PairRule = {
  code: 'mirror-peer-address',
  scope: 'pair',
  severity: 'error',
  fact: "ipsec.md §3.5 and §3.6 P2: A's peer address must contain the address B's IKE packets come from (B's local-address or public address)",
  summary: "Each peer's address must be the other router's address.",
  check({ local, remote }) {
    const network = peerNetwork(local.view, local.peer);
    const written = local.view.text(local.peer, 'address');
    if (!network || written === undefined) return [];
    const theirs = publicAddresses(remote.view);
    const preferred = remote.view.text(remote.peer, 'local-address');
    const candidates = preferred ? theirs.filter((address) => address.text === preferred) : theirs;
    if (candidates.length === 0 || candidates.some((address) => contains(network, address.host))) return [];
    const other = routerLabel(remote.view);
    const target = candidates[0]!;
    const fix = setPropertyFix(local.view, local.peer, 'address', `${target.text}/${target.host.family === 4 ? 32 : 128}`, `Point this peer at ${other} (${target.text})`);
    return [{
      span: spanOf(local.view, local.peer, 'address'),
      message: `This peer points at ${written}, but ${other} is at ${candidates.map((address) => address.text).join(', ')}: its IKE packets will not match this peer.`,
      related: target.span ? [{ uri: remote.view.uri, span: target.span, message: `${other}'s address ${target.text}` }] : [relatedTo(remote, remote.peer, undefined, `${other}'s peer`)],
      fixes: fix ? [fix] : [],
    }];
  },
};
