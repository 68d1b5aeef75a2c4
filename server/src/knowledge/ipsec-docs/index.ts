// Which menus our hand-written IPsec documentation covers, and the lookup the accessor uses.
import { IDENTITY_DOCS } from './identity';
import { KEY_PSK_DOCS, MODE_CONFIG_DOCS, SETTINGS_DOCS } from './mode-config';
import { PEER_DOCS } from './peer';
import { POLICY_DOCS, POLICY_GROUP_DOCS } from './policy';
import { PROFILE_DOCS } from './profile';
import { PROPOSAL_DOCS } from './proposal';
import { CERTIFICATE_DOCS, FIREWALL_DOCS, L2TP_SERVER_DOCS, POOL_DOCS, TUNNEL_INTERFACE_DOCS } from './related';
import type { ArgumentDoc, MenuDocs } from './types';

export type { ArgumentDoc, CuratedKind, DefaultDoc, MatchDoc, MenuDocs, Strength, ValueDoc } from './types';
export { AEAD_CIPHERS } from './algorithms';

const FIREWALL_MENUS = ['filter', 'nat', 'mangle', 'raw'].flatMap((table) => [
  `ip firewall ${table}`,
  `ipv6 firewall ${table}`,
]);
const TUNNEL_MENUS = ['gre', 'gre6', 'ipip', 'ipipv6', 'eoip', 'eoipv6', '6to4', 'l2tp-client', 'l2tp-ether'].map(
  (name) => `interface ${name}`,
);

/** Documentation per menu (path words joined by spaces). */
export const IPSEC_DOCS: ReadonlyMap<string, MenuDocs> = new Map<string, MenuDocs>([
  ['ip ipsec profile', PROFILE_DOCS],
  ['ip ipsec proposal', PROPOSAL_DOCS],
  ['ip ipsec peer', PEER_DOCS],
  ['ip ipsec identity', IDENTITY_DOCS],
  ['ip ipsec policy', POLICY_DOCS],
  ['ip ipsec policy group', POLICY_GROUP_DOCS],
  ['ip ipsec mode-config', MODE_CONFIG_DOCS],
  ['ip ipsec settings', SETTINGS_DOCS],
  ['ip ipsec key psk', KEY_PSK_DOCS],
  ['interface l2tp-server server', L2TP_SERVER_DOCS],
  ['certificate', CERTIFICATE_DOCS],
  ['ip pool', POOL_DOCS],
  ...FIREWALL_MENUS.map((menu): [string, MenuDocs] => [menu, FIREWALL_DOCS]),
  ...TUNNEL_MENUS.map((menu): [string, MenuDocs] => [menu, TUNNEL_INTERFACE_DOCS]),
]);

/** Our documentation of an argument, whatever command (add, set…) it is given to. */
export function ipsecDoc(menu: readonly string[], argument: string): ArgumentDoc | undefined {
  const docs = IPSEC_DOCS.get(menu.join(' '));
  return docs && Object.hasOwn(docs, argument) ? docs[argument] : undefined;
}
