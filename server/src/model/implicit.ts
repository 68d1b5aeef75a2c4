// Items a router has without a line that adds them: what a RouterOS 6 peer carried itself (now identity
// and profile, ipsec.md §0 and §1.15), what a tunnel interface's `ipsec-secret` creates (ipsec.md §2.4),
// and the peer a v6 policy reaches through `sa-dst-address`.
import type { ConfigItem, RouterConfig } from './config';
import { nameOf } from './config';
import { IPSEC } from './ipsec';
import { known } from './values';
import { Props } from './props';
import { prefixContains } from './addresses';

/** v6 peer properties that belong to the identity in v6.43+ and v7. */
const identityProperties = ['secret', 'auth-method', 'certificate', 'remote-certificate', 'my-id', 'remote-id', 'generate-policy', 'mode-config', 'policy-template-group', 'notrack-chain', 'xauth-login', 'xauth-password'];
/** v6 peer properties that belong to the profile in v6.43+ and v7. */
const profileProperties = ['enc-algorithm', 'hash-algorithm', 'dh-group', 'lifetime', 'lifebytes', 'dpd-interval', 'dpd-maximum-failures', 'nat-traversal', 'proposal-check'];
/** Tunnel interfaces whose `ipsec-secret` makes RouterOS add a peer, an identity and a transport policy. */
const tunnelMenus: Readonly<Record<string, string>> = {
  '/interface gre': 'gre',
  '/interface gre6': 'gre',
  '/interface eoip': 'gre',
  '/interface eoipv6': 'gre',
  '/interface ipip': 'ipencap',
  '/interface ipipv6': 'ipv6-encap',
};

type Tables = Map<string, ConfigItem[]>;

export function withImplicitItems(config: RouterConfig): RouterConfig {
  const tables: Tables = new Map([...config.tables].map(([menu, items]) => [menu, [...items]]));
  let key = -1;
  const make = (menu: string, props: Props, from: ConfigItem, implicitFrom: string): ConfigItem => {
    const item: ConfigItem = { key: key--, menu, props, builtin: false, span: from.span, conditional: from.conditional, implicitFrom };
    const table = tables.get(menu) ?? [];
    table.push(item);
    tables.set(menu, table);
    return item;
  };
  splitLegacyPeers(tables, make);
  addTunnelItems(tables, make);
  linkLegacyPolicies(tables);
  return { tables, notes: config.notes };
}

type Maker = (menu: string, props: Props, from: ConfigItem, implicitFrom: string) => ConfigItem;

function splitLegacyPeers(tables: Tables, make: Maker): void {
  const peers = tables.get(IPSEC.peer) ?? [];
  peers.forEach((peer, index) => {
    const name = nameOf(peer) ?? `peer${index + 1}`;
    if (!peer.props.has('name')) peer.props.set('name', { value: known(name), span: undefined, nameSpan: undefined });
    const identityProps = pick(peer, identityProperties);
    const profileProps = pick(peer, profileProperties);
    if (identityProps.size > 0) {
      identityProps.set('peer', { value: known(name), span: peer.span, nameSpan: undefined });
      renameLegacyValue(identityProps, 'auth-method', 'rsa-signature', 'digital-signature');
      make(IPSEC.identity, identityProps, peer, 'the RouterOS 6 peer');
    }
    if (profileProps.size > 0) {
      const profileName = `${name} (v6 peer)`;
      profileProps.set('name', { value: known(profileName), span: undefined, nameSpan: undefined });
      make(IPSEC.profile, profileProps, peer, 'the RouterOS 6 peer');
      peer.props.set('profile', { value: known(profileName), span: undefined, nameSpan: undefined });
    }
  });
}

function addTunnelItems(tables: Tables, make: Maker): void {
  for (const [menu, protocol] of Object.entries(tunnelMenus)) {
    for (const tunnel of tables.get(menu) ?? []) {
      const secret = tunnel.props.get('ipsec-secret');
      const remote = tunnel.props.get('remote-address');
      if (!secret || !remote || remote.value.state !== 'known') continue;
      const disabled = tunnel.props.get('disabled')?.value;
      if (disabled?.state === 'known' && disabled.text === 'yes') continue;
      const local = tunnel.props.get('local-address');
      const source = `the ${menu.split(' ').pop()} interface ${nameOf(tunnel) ?? ''}`.trim() + "'s ipsec-secret";
      const peerName = `${nameOf(tunnel) ?? remote.value.text} (ipsec-secret)`;
      const peerProps = new Props([
        ['name', { value: known(peerName), span: undefined, nameSpan: undefined }],
        ['address', { value: known(`${remote.value.text}/${remote.value.text.includes(':') ? 128 : 32}`), span: remote.span, nameSpan: remote.nameSpan }],
      ]);
      if (local) peerProps.set('local-address', local);
      make(IPSEC.peer, peerProps, tunnel, source);
      make(IPSEC.identity, new Props([['peer', { value: known(peerName), span: secret.span, nameSpan: undefined }], ['secret', secret]]), tunnel, source);
      const policyProps = new Props([
        ['peer', { value: known(peerName), span: undefined, nameSpan: undefined }],
        ['dst-address', { value: known(`${remote.value.text}/32`), span: remote.span, nameSpan: undefined }],
        ['protocol', { value: known(protocol), span: undefined, nameSpan: undefined }],
        ['tunnel', { value: known('no'), span: undefined, nameSpan: undefined }],
      ]);
      if (local && local.value.state === 'known') policyProps.set('src-address', { value: known(`${local.value.text}/32`), span: local.span, nameSpan: undefined });
      make(IPSEC.policy, policyProps, tunnel, source);
    }
  }
}

/** A v6 policy names its remote end with `sa-dst-address`; in v7 terms that is the peer with that address. */
function linkLegacyPolicies(tables: Tables): void {
  const peers = tables.get(IPSEC.peer) ?? [];
  for (const policy of tables.get(IPSEC.policy) ?? []) {
    if (policy.props.has('peer')) continue;
    const saDst = policy.props.get('sa-dst-address');
    if (!saDst || saDst.value.state !== 'known') continue;
    const target = saDst.value.text;
    const peer = peers.find((candidate) => {
      const address = candidate.props.get('address')?.value;
      return address?.state === 'known' && prefixContains(address.text, target);
    });
    const name = peer && nameOf(peer);
    if (name !== undefined) policy.props.set('peer', { value: known(name), span: saDst.span, nameSpan: saDst.nameSpan });
  }
}

function pick(item: ConfigItem, names: readonly string[]): Props {
  const picked = new Props();
  for (const name of names) {
    const prop = item.props.get(name);
    if (prop) picked.set(name, prop);
  }
  return picked;
}

function renameLegacyValue(props: Props, name: string, from: string, to: string): void {
  const prop = props.get(name);
  if (prop?.value.state === 'known' && prop.value.text === from) props.set(name, { ...prop, value: known(to) });
}
