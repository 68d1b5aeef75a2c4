// Which two files are the two ends of a tunnel, and which peer of each faces the other.
//
// A peer whose `address` contains an address the other router owns (an `/ip address`, a peer
// `local-address`, a policy `sa-src-address`, a tunnel's `local-address`) points at that router. Files
// without addresses pair when their peers' policies are mirror images. A pair can also be stated.
import type { Span } from '../parser/ast';
import type { ConfigItem } from '../model/config';
import { contains, overlaps, parseHost, parseNetwork, type Network } from '../model/addresses';
import { IPSEC, type IpsecView } from '../model/ipsec';
import { perView } from './per-view';
import { generatingTemplates, selectorsOf, templateFits } from './policies';

export interface RouterSide {
  readonly view: IpsecView;
  readonly peer: ConfigItem;
}

/** One tunnel seen from `local`; every tunnel appears twice, once from each end. */
export interface PeerPair {
  readonly local: RouterSide;
  readonly remote: RouterSide;
  /** The files were paired by a `routeros.pairs` setting or a `# routeros-pair:` directive. */
  readonly stated: boolean;
}

export interface OwnAddress {
  readonly host: Network;
  readonly text: string;
  readonly span: Span | undefined;
}

/** The addresses a router answers on, as far as its script tells (computed once per view). */
export const ownAddresses = perView(collectAddresses);

function collectAddresses(view: IpsecView): OwnAddress[] {
  const found: OwnAddress[] = [];
  const add = (item: ConfigItem, property: string, parse: (text: string) => Network | undefined) => {
    const text = view.text(item, property);
    const attr = item.props.get(property);
    const host = text === undefined || !attr ? undefined : parse(text);
    if (host && text !== undefined && host.length === (host.family === 4 ? 32 : 128)) found.push({ host, text: text.split('/')[0]!, span: attr?.span });
  };
  for (const item of view.enabled(IPSEC.address)) add(item, 'address', parseHost);
  for (const peer of view.peers()) add(peer, 'local-address', parseNetwork);
  for (const policy of view.enabled(IPSEC.policy)) add(policy, 'sa-src-address', parseNetwork);
  for (const menu of ['/interface gre', '/interface eoip', '/interface ipip']) for (const tunnel of view.enabled(menu)) add(tunnel, 'local-address', parseNetwork);
  return found.filter((address) => !isUnspecified(address.host));
}

function isUnspecified(network: Network): boolean {
  return network.base === 0n;
}

/** The network a peer's `address` covers; undefined for DNS names, unknown values and `0.0.0.0/0` (anyone). */
export function peerNetwork(view: IpsecView, peer: ConfigItem): Network | undefined {
  const text = view.text(peer, 'address');
  const network = text === undefined ? undefined : parseNetwork(text);
  return network && network.length > 0 ? network : undefined;
}

function pointsAt(view: IpsecView, peer: ConfigItem, addresses: readonly OwnAddress[]): boolean {
  const network = peerNetwork(view, peer);
  return network !== undefined && addresses.some((address) => contains(network, address.host));
}

/** Whether some policy of `a` and some policy of `b` protect the same traffic from opposite ends. */
export function policiesFaceEachOther(a: RouterSide, b: RouterSide): boolean {
  const selectors = (side: RouterSide) =>
    side.view.policiesOf(side.peer).flatMap((policy) => {
      const src = parseNetwork(side.view.text(policy, 'src-address') ?? '');
      const dst = parseNetwork(side.view.text(policy, 'dst-address') ?? '');
      return src && dst && src.length > 0 && dst.length > 0 ? [{ src, dst }] : [];
    });
  const theirs = selectors(b);
  return selectors(a).some((mine) => theirs.some((other) => overlaps(mine.src, other.dst) && overlaps(mine.dst, other.src)));
}

/** The peer of `other` that faces `router` (and its peer `peer`, when known). */
function facingPeer(other: IpsecView, router: IpsecView, routerAddresses: readonly OwnAddress[], peer: ConfigItem | undefined): ConfigItem | undefined {
  const peers = other.peers();
  const byAddress = peers.find((candidate) => pointsAt(other, candidate, routerAddresses));
  if (byAddress) return byAddress;
  const byPolicy = peer && peers.find((candidate) => policiesFaceEachOther({ view: router, peer }, { view: other, peer: candidate }));
  if (byPolicy) return byPolicy;
  // A responder that answers any address and generates the policies from a template (a hub, a road-warrior
  // server): the peer whose templates contain this router's policies (ipsec.md §3.1, step 3).
  const byTemplate = peer && peers.find((candidate) => generatesPoliciesFor(other, candidate, router, peer));
  if (byTemplate) return byTemplate;
  // As RouterOS looks a peer up: the one whose address holds this router's, `0.0.0.0/0` (anyone) included.
  const answering = peers.find((candidate) => answersAnyone(other, candidate, routerAddresses));
  if (answering) return answering;
  const initiators = peers.filter((candidate) => peerNetwork(other, candidate) !== undefined);
  return initiators.length === 1 ? initiators[0] : undefined;
}

/** A peer with `address=0.0.0.0/0` (or `::/0`) answers any router of that family that dials in (ipsec.md §3.1, step 1). */
function answersAnyone(view: IpsecView, peer: ConfigItem, addresses: readonly OwnAddress[]): boolean {
  const text = view.text(peer, 'address');
  const network = text === undefined ? undefined : parseNetwork(text);
  return network?.length === 0 && addresses.some((address) => contains(network, address.host));
}

function generatesPoliciesFor(view: IpsecView, candidate: ConfigItem, router: IpsecView, peer: ConfigItem): boolean {
  const templates = generatingTemplates(view, candidate);
  if (templates.length === 0) return false;
  const proposed = router.policiesOf(peer).map((policy) => selectorsOf(router, policy));
  return proposed.length > 0 && proposed.every((selectors) => templates.some((template) => templateFits(view, template, selectors)));
}

function hostKey(network: Network): string {
  return `${network.family}:${network.base.toString(16)}`;
}

/** Which routers own each address: a peer pointing at one host finds its router without a scan. */
function ownersByHost(views: readonly IpsecView[], addresses: Map<IpsecView, OwnAddress[]>): Map<string, IpsecView[]> {
  const owners = new Map<string, IpsecView[]>();
  for (const view of views) {
    for (const address of addresses.get(view)!) {
      const key = hostKey(address.host);
      const list = owners.get(key) ?? [];
      if (!list.includes(view)) list.push(view);
      owners.set(key, list);
    }
  }
  return owners;
}

export interface StatedPair {
  readonly a: string;
  readonly b: string;
}

/** Every tunnel between the routers, each seen from both ends. */
export function findPairs(views: readonly IpsecView[], stated: readonly StatedPair[] = []): PeerPair[] {
  const addresses = new Map(views.map((view) => [view, ownAddresses(view)]));
  const pairs: PeerPair[] = [];
  const seen = new Set<string>();
  const link = (local: RouterSide, remote: RouterSide, isStated: boolean) => {
    const key = `${local.view.uri}#${local.peer.key}>${remote.view.uri}#${remote.peer.key}`;
    if (seen.has(key)) return;
    seen.add(key);
    seen.add(`${remote.view.uri}#${remote.peer.key}>${local.view.uri}#${local.peer.key}`);
    pairs.push({ local, remote, stated: isStated }, { local: remote, remote: local, stated: isStated });
  };
  const tryLink = (view: IpsecView, peer: ConfigItem, other: IpsecView, isStated: boolean): boolean => {
    const otherPeer = facingPeer(other, view, addresses.get(view)!, peer);
    if (!otherPeer) return false;
    link({ view, peer }, { view: other, peer: otherPeer }, isStated);
    return true;
  };
  const linkedPeers = new Set<ConfigItem>();
  const owners = ownersByHost(views, addresses);
  for (const view of views) {
    for (const peer of view.peers()) {
      const network = peerNetwork(view, peer);
      if (!network) continue;
      const hostOnly = network.length === (network.family === 4 ? 32 : 128);
      const candidates = hostOnly ? owners.get(hostKey(network)) ?? [] : views;
      for (const other of candidates) {
        if (other === view || !pointsAt(view, peer, addresses.get(other)!)) continue;
        if (tryLink(view, peer, other, false)) linkedPeers.add(peer);
      }
    }
  }
  for (const view of views) {
    for (const peer of view.peers()) {
      if (linkedPeers.has(peer)) continue;
      for (const other of views) {
        if (other === view) continue;
        const candidate = other.peers().find((otherPeer) => !linkedPeers.has(otherPeer) && policiesFaceEachOther({ view, peer }, { view: other, peer: otherPeer }));
        if (candidate) link({ view, peer }, { view: other, peer: candidate }, false);
      }
    }
  }
  for (const { a, b } of stated) linkStated(views, a, b, link, addresses);
  return pairs;
}

function linkStated(
  views: readonly IpsecView[],
  a: string,
  b: string,
  link: (local: RouterSide, remote: RouterSide, stated: boolean) => void,
  addresses: Map<IpsecView, OwnAddress[]>,
): void {
  const viewA = views.find((view) => view.uri === a);
  const viewB = views.find((view) => view.uri === b);
  if (!viewA || !viewB) return;
  const onlyPeer = (view: IpsecView) => (view.peers().length === 1 ? view.peers()[0] : undefined);
  const peerA = facingPeer(viewA, viewB, addresses.get(viewB)!, undefined) ?? onlyPeer(viewA);
  if (!peerA) return;
  const peerB = facingPeer(viewB, viewA, addresses.get(viewA)!, peerA) ?? onlyPeer(viewB);
  if (peerB) link({ view: viewA, peer: peerA }, { view: viewB, peer: peerB }, true);
}
