import type { PairRule } from '../rule';
import { contains, type Network } from '../../model/addresses';
import { relatedTo, routerLabel, setPropertyFix, spanOf } from '../describe';
import { ownAddresses, peerNetwork, type OwnAddress } from '../pairing';
import { parseNetwork } from '../../model/addresses';
import { IPSEC, type IpsecView } from '../../model/ipsec';
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
    const declared = remote.view.text(remote.peer, 'local-address');
    const theirs = publicAddresses(remote.view);
    // The other router's source address is certain when its peer declares local-address; otherwise (WAN by
    // DHCP/PPPoE, NAT in between) only a peer address inside one of its subnets but on another host is surely wrong.
    const candidates = declared ? theirs.filter((address) => address.text === declared) : theirs.filter((address) => inSubnetOf(remote.view, address, network));
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

/** Whether the peer's network falls inside the subnet the router's address `address` is configured with. */
function inSubnetOf(view: IpsecView, address: OwnAddress, network: Network): boolean {
  for (const item of view.enabled(IPSEC.address)) {
    const subnet = parseNetwork(view.text(item, 'address') ?? '');
    if (subnet && contains(subnet, address.host) && contains(subnet, network)) return true;
  }
  return false;
}
