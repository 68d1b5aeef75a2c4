// Whether a firewall rule can match a given flow, as far as a static reading can tell. Conditions a
// script cannot settle (interface lists, address lists, marks) are taken as matching: a rule that
// might catch tunnel traffic is what the engineer needs to look at.
import type { ConfigItem } from '../model/config';
import { networkBase, overlaps, parseNetwork } from '../model/addresses';
import { perView } from './per-view';
import type { IpsecView } from '../model/ipsec';

export interface Flow {
  readonly chain: string;
  readonly src?: string;
  readonly dst?: string;
  readonly protocol?: string;
  readonly dstPort?: number;
  /** The packet is IPsec traffic in this direction (`ipsec-policy=in,ipsec` / `out,ipsec`). */
  readonly ipsec?: 'in' | 'out';
  /** The first packet of a connection (IKE from a peer that initiates). */
  readonly newConnection?: boolean;
  /** The interface the packet leaves by, when the script shows it (a directly connected subnet). */
  readonly outInterface?: string;
}

function interfaceMatches(condition: string | undefined, name: string | undefined): boolean {
  if (condition === undefined || name === undefined) return true;
  const { negated, value } = negatable(condition);
  return (value === name) !== negated;
}

/**
 * The router's own subnets (enabled `/ip address` items) with their interfaces, parsed once per view and
 * grouped by family and prefix length: the subnet holding an address is then one lookup per length
 * (a big export has thousands of addresses, and every tunnel asks).
 */
const ownSubnets = perView((view) => {
  const byLength = new Map<string, { readonly family: 4 | 6; readonly length: number; readonly bases: Map<bigint, { order: number; item: ConfigItem }> }>();
  let order = 0;
  for (const item of view.enabled('/ip address')) {
    const subnet = parseNetwork(view.text(item, 'address') ?? '');
    if (!subnet || subnet.length === 0) continue;
    const key = `${subnet.family}/${subnet.length}`;
    let group = byLength.get(key);
    if (!group) byLength.set(key, (group = { family: subnet.family, length: subnet.length, bases: new Map() }));
    if (!group.bases.has(subnet.base)) group.bases.set(subnet.base, { order, item });
    order++;
  }
  return [...byLength.values()];
});

/** The interface of the router's own subnet that contains `address` (the first such, in table order): traffic to it leaves there. */
export function connectedInterface(view: IpsecView, address: string): string | undefined {
  const target = parseNetwork(address);
  if (!target) return undefined;
  let first: { order: number; item: ConfigItem } | undefined;
  for (const group of ownSubnets(view)) {
    if (group.family !== target.family || group.length > target.length) continue;
    const found = group.bases.get(networkBase(target, group.length));
    if (found && (!first || found.order < first.order)) first = found;
  }
  return first && view.text(first.item, 'interface');
}

function negatable(text: string): { negated: boolean; value: string } {
  return text.startsWith('!') ? { negated: true, value: text.slice(1) } : { negated: false, value: text };
}

function addressMatches(condition: string | undefined, address: string | undefined): boolean {
  if (condition === undefined) return true;
  const { negated, value } = negatable(condition);
  const rule = parseNetwork(value);
  const flow = address === undefined ? undefined : parseNetwork(address);
  if (!rule || !flow) return true;
  return overlaps(rule, flow) !== negated;
}

function portMatches(condition: string | undefined, port: number | undefined): boolean {
  if (condition === undefined || port === undefined) return true;
  const { negated, value } = negatable(condition);
  const hit = value.split(',').some((part) => {
    const [low, high] = part.split('-').map(Number);
    return low !== undefined && !Number.isNaN(low) && port >= low && port <= (high ?? low);
  });
  return hit !== negated;
}

function protocolMatches(condition: string | undefined, protocol: string | undefined): boolean {
  if (condition === undefined || protocol === undefined) return true;
  const { negated, value } = negatable(condition);
  return (value === protocol) !== negated;
}

function stateMatches(condition: string | undefined, flow: Flow): boolean {
  if (condition === undefined) return true;
  const { negated, value } = negatable(condition);
  const states = value.split(',');
  const hit = flow.newConnection ? states.includes('new') : states.some((state) => state === 'established' || state === 'related' || state === 'new');
  return hit !== negated;
}

function ipsecMatches(condition: string | undefined, flow: Flow): boolean {
  if (condition === undefined) return true;
  const [direction, policy] = condition.split(',').map((part) => part.trim());
  if (flow.ipsec === undefined || direction !== flow.ipsec) return policy === 'none';
  return policy === 'ipsec';
}

/** Whether a rule of the flow's chain matches it (the caller picks the chain's enabled rules). */
export function ruleMatches(view: IpsecView, rule: ConfigItem, flow: Flow): boolean {
  const text = (property: string) => view.text(rule, property);
  return (
    addressMatches(text('src-address'), flow.src) &&
    addressMatches(text('dst-address'), flow.dst) &&
    protocolMatches(text('protocol'), flow.protocol) &&
    portMatches(text('dst-port'), flow.dstPort) &&
    interfaceMatches(text('out-interface'), flow.outInterface) &&
    stateMatches(text('connection-state'), flow) &&
    ipsecMatches(text('ipsec-policy'), flow)
  );
}

/** The first enabled rule of the table that matches the flow. */
export function firstMatch(view: IpsecView, menu: string, flow: Flow): ConfigItem | undefined {
  return view.chain(menu, flow.chain).find((rule) => ruleMatches(view, rule, flow));
}

export function actionOf(view: IpsecView, rule: ConfigItem): string | undefined {
  return view.text(rule, 'action');
}
