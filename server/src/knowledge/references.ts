// Arguments whose value names an item of another menu. The console tree does not say this, so the
// table is ours (ipsec.md §1.3–§1.7, §2, §3.6b). The same argument name means different things in
// different menus (`profile=` on a peer is an IPsec profile, on an L2TP client a PPP profile), so
// most entries are tied to their menus.
import { RELEASES, type Target } from './versions';

export interface Reference {
  /** The menu whose items are named, e.g. ['ip', 'ipsec', 'profile']. */
  readonly menu: readonly string[];
  /** The property of those items that holds the name (`name`; `list` for address lists). */
  readonly field: string;
  /** Words accepted instead of a name (`none`). */
  readonly keywords: readonly string[];
  /** Any interface counts, whatever menu created it (ethernet, bridge, vlan, gre…). */
  readonly anyInterface?: boolean;
}

interface ReferenceRule {
  /** Menus the rule applies to (path words joined by spaces); undefined = every menu. */
  readonly menus?: readonly string[];
  /** Argument names, or a pattern they match. */
  readonly arguments: readonly string[] | RegExp;
  readonly reference: Reference | ((menu: readonly string[], target: Target) => Reference);
}

const item = (path: string, keywords: readonly string[] = [], field = 'name'): Reference => ({
  menu: path.split(' '),
  field,
  keywords,
});

/** IPsec RSA keys live in /ip ipsec key up to 7.19 and in /ip ipsec key rsa from 7.20 (ipsec.md §0). */
const KEY_RSA_FROM = RELEASES.indexOf('7.20.8');

function rsaKeyMenu(_menu: readonly string[], target: Target): Reference {
  return target.line === 7 && target.index >= KEY_RSA_FROM ? item('ip ipsec key rsa') : item('ip ipsec key');
}

function addressList(menu: readonly string[]): Reference {
  return item(menu[0] === 'ipv6' ? 'ipv6 firewall address-list' : 'ip firewall address-list', [], 'list');
}

function sameMenu(menu: readonly string[]): Reference {
  return { menu, field: 'name', keywords: [] };
}

const INTERFACE: Reference = { menu: ['interface'], field: 'name', keywords: [], anyInterface: true };
const INTERFACE_LIST = item('interface list', ['all', 'dynamic', 'none', 'static']);

const RULES: readonly ReferenceRule[] = [
  { menus: ['ip ipsec identity', 'ip ipsec policy', 'ip ipsec key psk'], arguments: ['peer'], reference: item('ip ipsec peer') },
  { menus: ['ip ipsec policy'], arguments: ['proposal'], reference: item('ip ipsec proposal') },
  { menus: ['ip ipsec policy'], arguments: ['group'], reference: item('ip ipsec policy group') },
  { menus: ['ip ipsec peer'], arguments: ['profile'], reference: item('ip ipsec profile') },
  { menus: ['ip ipsec identity'], arguments: ['mode-config'], reference: item('ip ipsec mode-config', ['none']) },
  { menus: ['ip ipsec identity'], arguments: ['policy-template-group'], reference: item('ip ipsec policy group', ['none']) },
  { menus: ['ip ipsec identity'], arguments: ['remote-certificate'], reference: item('certificate', ['none']) },
  { menus: ['ip ipsec identity'], arguments: ['key', 'remote-key'], reference: rsaKeyMenu },
  { menus: ['ip ipsec mode-config'], arguments: ['address-pool'], reference: item('ip pool', ['none']) },
  { menus: ['ip ipsec mode-config'], arguments: ['src-address-list'], reference: item('ip firewall address-list', [], 'list') },
  { menus: ['ip pool'], arguments: ['next-pool'], reference: item('ip pool', ['none']) },
  { menus: ['ip dhcp-server'], arguments: ['address-pool'], reference: item('ip pool', ['static-only']) },
  { menus: ['certificate'], arguments: ['ca'], reference: item('certificate') },
  { arguments: ['certificate'], reference: item('certificate', ['none']) },
  { arguments: ['copy-from'], reference: sameMenu },
  { arguments: ['interface', 'in-interface', 'out-interface', 'master-interface'], reference: INTERFACE },
  { menus: ['interface list member'], arguments: ['list'], reference: INTERFACE_LIST },
  { arguments: /(^|-)interface-list$/, reference: INTERFACE_LIST },
  { arguments: ['src-address-list', 'dst-address-list'], reference: addressList },
];

function namesArgument(rule: ReferenceRule, argument: string): boolean {
  return rule.arguments instanceof RegExp ? rule.arguments.test(argument) : rule.arguments.includes(argument);
}

/** The menu an argument's value names items of, or undefined when it names nothing (as far as we know). */
export function referenceOf(menu: readonly string[], argument: string, target: Target): Reference | undefined {
  const path = menu.join(' ');
  const rule = RULES.find((r) => namesArgument(r, argument) && (r.menus === undefined || r.menus.includes(path)));
  if (!rule) return undefined;
  return typeof rule.reference === 'function' ? rule.reference(menu, target) : rule.reference;
}
