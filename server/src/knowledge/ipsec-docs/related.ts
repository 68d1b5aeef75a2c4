// Properties of other menus that IPsec setups use: firewall matchers, tunnel interfaces with
// ipsec-secret, /certificate and /ip pool (ipsec.md §2).
import type { MenuDocs } from './types';

export const FIREWALL_DOCS: MenuDocs = {
  'ipsec-policy': {
    summary: '`in,ipsec` / `out,ipsec`: the packet was or will be IPsec-processed; `in,none` / `out,none`: it was not. in is valid in prerouting/input/forward, out in postrouting/output/forward.',
    kind: { kind: 'ipsec-policy' },
    sources: ['ipsec.md §2.3'],
  },
  protocol: {
    summary: 'IP protocol (name or number, `!` negates). ESP is ipsec-esp (50), AH ipsec-ah (51); IKE is udp 500 and NAT-T udp 4500.',
    sources: ['ipsec.md §2.3'],
  },
  'connection-state': {
    summary: 'Connection tracking states to match (comma list, `!` negates).',
    list: true,
    sources: ['ipsec.md §2.3'],
  },
  'place-before': {
    summary: 'Insert before an existing rule; NAT and FastTrack bypass rules for IPsec traffic must come first.',
    sources: ['ipsec.md §2.3'],
  },
};

const tunnelSecret = {
  summary: 'When set, RouterOS adds a dynamic IPsec peer (PSK = this secret) and a transport policy for the tunnel. Both ends need the same secret.',
  sensitive: true,
  match: { how: 'equal' as const, text: 'Must be the same on both tunnel ends.', source: 'ipsec.md §2.4' },
  sources: ['ipsec.md §2.4', 'ipsec.md §1.15'],
};

export const TUNNEL_INTERFACE_DOCS: MenuDocs = {
  'ipsec-secret': tunnelSecret,
  'allow-fast-path': {
    summary: 'Fast path for tunnel traffic; must be `no` when the tunnel uses IPsec.',
    default: { value: 'yes' },
    sources: ['ipsec.md §2.4'],
  },
  'local-address': {
    summary: 'Local tunnel end; set it when using ipsec-secret (the dynamic peer and policy are built from both addresses).',
    default: { value: '0.0.0.0' },
    sources: ['ipsec.md §2.4'],
  },
  'remote-address': { summary: 'Remote tunnel end (required).', sources: ['ipsec.md §2.4'] },
};

export const L2TP_SERVER_DOCS: MenuDocs = {
  'ipsec-secret': tunnelSecret,
  'use-ipsec': {
    summary: '`yes` or `required`: create a dynamic passive IPsec peer with generate-policy=port-strict for L2TP clients.',
    sources: ['ipsec.md §2.4'],
  },
};

export const CERTIFICATE_DOCS: MenuDocs = {
  name: { summary: 'Name identities refer to with certificate= and remote-certificate=.', sources: ['ipsec.md §2.1'] },
  'common-name': { summary: 'Subject CN; for an IKEv2 server put its address or DNS name here and in the SAN.', sources: ['ipsec.md §2.1'] },
  'subject-alt-name': {
    summary: 'TYPE:VALUE list with TYPE one of DNS, IP, email (e.g. IP:192.0.2.1, DNS:vpn.example.com); IDs are checked against it.',
    default: { value: '' },
    kind: { kind: 'string', list: true, types: ['DNS', 'IP', 'email'] },
    sources: ['ipsec.md §2.1'],
  },
  'key-size': { summary: 'RSA size or EC curve of the key.', default: { value: '2048' }, sources: ['ipsec.md §2.1'] },
  'key-usage': {
    summary: 'Key usages; IKEv2 servers want tls-server, clients tls-client.',
    default: { value: 'digital-signature,key-encipherment,data-encipherment,key-cert-sign,crl-sign,tls-server,tls-client' },
    sources: ['ipsec.md §2.1'],
  },
  'digest-algorithm': { summary: 'Signature digest.', default: { value: 'sha256' }, sources: ['ipsec.md §2.1'] },
  'days-valid': { summary: 'Validity in days.', default: { value: '365' }, sources: ['ipsec.md §2.1'] },
  trusted: { summary: 'Trust this certificate as a CA.', sources: ['ipsec.md §2.1'] },
  'trust-store': { summary: 'Services that trust this certificate (7.21 and later).', sources: ['ipsec.md §2.1'] },
  'export-passphrase': { summary: 'Passphrase protecting an exported private key.', sensitive: true, sources: ['ipsec.md §2.1'] },
  passphrase: { summary: 'Passphrase of an imported key file.', sensitive: true, sources: ['ipsec.md §2.1'] },
};

export const POOL_DOCS: MenuDocs = {
  name: { summary: 'Name mode-config address-pool= refers to.', sources: ['ipsec.md §2.2'] },
  ranges: {
    summary: 'Addresses of the pool: ranges, prefixes or single addresses, comma separated.',
    kind: { kind: 'range', list: true },
    sources: ['ipsec.md §2.2'],
  },
  'next-pool': { summary: 'Pool to use when this one is exhausted, or `none`.', sources: ['ipsec.md §2.2'] },
  comment: { summary: 'Free text.', sources: ['ipsec.md §2.2'] },
};
