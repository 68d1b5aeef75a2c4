// Matching each policy of one end with its mirror image on the other (ipsec.md §3.4 "selectors").
import type { ConfigItem } from '../model/config';
import { overlaps, parseNetwork, prefixContains, sameNetwork } from '../model/addresses';
import { IPSEC, type IpsecView } from '../model/ipsec';
import type { PeerPair } from './pairing';

export interface Selectors {
  readonly src: string;
  readonly dst: string;
  readonly srcPort: string;
  readonly dstPort: string;
  readonly protocol: string;
}

export function selectorsOf(view: IpsecView, policy: ConfigItem): Selectors {
  return {
    src: view.text(policy, 'src-address') ?? '?',
    dst: view.text(policy, 'dst-address') ?? '?',
    srcPort: view.text(policy, 'src-port') ?? 'any',
    dstPort: view.text(policy, 'dst-port') ?? 'any',
    protocol: normaliseProtocol(view.text(policy, 'protocol') ?? 'all'),
  };
}

const protocolNumbers: Readonly<Record<string, string>> = { '255': 'all', '47': 'gre', '6': 'tcp', '17': 'udp', '1': 'icmp', '4': 'ipencap', '50': 'ipsec-esp', '51': 'ipsec-ah' };

function normaliseProtocol(protocol: string): string {
  return protocolNumbers[protocol] ?? protocol;
}

function sameAddress(a: string, b: string): boolean {
  const na = parseNetwork(a);
  const nb = parseNetwork(b);
  return na && nb ? sameNetwork(na, nb) : a === b;
}

function overlapAddress(a: string, b: string): boolean {
  const na = parseNetwork(a);
  const nb = parseNetwork(b);
  return na !== undefined && nb !== undefined && overlaps(na, nb);
}

/** B's policy is the exact mirror of A's: addresses and ports swapped, same protocol. */
export function isMirror(a: Selectors, b: Selectors): boolean {
  return sameAddress(a.src, b.dst) && sameAddress(a.dst, b.src) && a.srcPort === b.dstPort && a.dstPort === b.srcPort && a.protocol === b.protocol;
}

export interface PolicyMatch {
  readonly local: ConfigItem;
  /** The exact mirror on the other router, if there is one. */
  readonly mirror: ConfigItem | undefined;
  /**
   * Otherwise the template the other router generates the mirror from, if its identity for this peer has
   * `generate-policy` and a template of its `policy-template-group` contains the selectors (ipsec.md §3.1, step 3).
   */
  readonly template: ConfigItem | undefined;
  /** Otherwise the other router's policy that comes closest (shares one side), to name in the message. */
  readonly closest: ConfigItem | undefined;
}

export function matchPolicies(pair: PeerPair): PolicyMatch[] {
  const { local, remote } = pair;
  const theirs = remote.view.policiesOf(remote.peer).map((policy) => ({ policy, selectors: selectorsOf(remote.view, policy) }));
  const templates = generatingTemplates(remote.view, remote.peer);
  return local.view.policiesOf(local.peer).map((policy) => {
    const mine = selectorsOf(local.view, policy);
    const mirror = theirs.find((other) => isMirror(mine, other.selectors))?.policy;
    const template = mirror ? undefined : templates.find((candidate) => templateFits(remote.view, candidate, mine));
    const closest = mirror || template ? undefined : closestPolicy(mine, theirs);
    return { local: policy, mirror, template, closest };
  });
}

/**
 * The templates a router may generate a peer's policies from: those of the `policy-template-group` of each of
 * the peer's identities that has `generate-policy` other than `no` (ipsec.md §1.4 identity, §1.5 template).
 */
export function generatingTemplates(view: IpsecView, peer: ConfigItem): ConfigItem[] {
  const groups = new Set<string>();
  for (const identity of view.identitiesOf(peer)) {
    const generate = view.text(identity, 'generate-policy') ?? 'no';
    const group = view.text(identity, 'policy-template-group') ?? 'default';
    if (generate !== 'no' && group !== 'none') groups.add(group);
  }
  if (groups.size === 0) return [];
  return view.enabled(IPSEC.policy).filter((policy) => view.text(policy, 'template') === 'yes' && groups.has(view.text(policy, 'group') ?? 'default'));
}

/**
 * The other router proposes `proposed` (its src is this template's dst side): the template, written from this
 * router's side, must contain the mirrored selectors — its src-address the proposal's dst, its dst-address the
 * proposal's src — and take its protocol (templates carry no ports).
 */
export function templateFits(view: IpsecView, template: ConfigItem, proposed: Selectors): boolean {
  const own = selectorsOf(view, template);
  return prefixContains(own.src, proposed.dst) && prefixContains(own.dst, proposed.src) && (own.protocol === 'all' || own.protocol === proposed.protocol);
}

function closestPolicy(mine: Selectors, theirs: readonly { policy: ConfigItem; selectors: Selectors }[]): ConfigItem | undefined {
  const score = (other: Selectors) =>
    (sameAddress(mine.src, other.dst) ? 4 : overlapAddress(mine.src, other.dst) ? 2 : 0) +
    (sameAddress(mine.dst, other.src) ? 4 : overlapAddress(mine.dst, other.src) ? 2 : 0) +
    (sameAddress(mine.src, other.src) || sameAddress(mine.dst, other.dst) ? 1 : 0);
  let best: { policy: ConfigItem; value: number } | undefined;
  for (const other of theirs) {
    const value = score(other.selectors);
    if (!best || value > best.value) best = { policy: other.policy, value };
  }
  return best?.policy;
}

export function describeSelectors(selectors: Selectors): string {
  const ports = selectors.srcPort !== 'any' || selectors.dstPort !== 'any' ? ` ports ${selectors.srcPort} → ${selectors.dstPort}` : '';
  const protocol = selectors.protocol !== 'all' ? ` (${selectors.protocol})` : '';
  return `${selectors.src} → ${selectors.dst}${ports}${protocol}`;
}
