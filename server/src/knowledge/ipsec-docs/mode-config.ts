// /ip ipsec mode-config, settings and key (ipsec.md §1.7, §1.8, §1.12).
import type { MenuDocs } from './types';

const S = 'ipsec.md §1.7';

export const MODE_CONFIG_DOCS: MenuDocs = {
  name: {
    summary: 'Name of the entry; identities select it with mode-config=. The built-in `request-only` entry is for clients.',
    sources: [S],
  },
  responder: {
    summary: '`yes`: this router hands out address and DNS (server); `no`: it requests them (client).',
    default: { value: 'no' },
    sources: [S],
  },
  'address-pool': { summary: 'Pool (/ip pool) client addresses come from, or `none`.', default: { value: 'none' }, sources: [S] },
  address: { summary: 'One fixed client address instead of a pool (6.44 and later).', kind: { kind: 'ipv4' }, sources: [S] },
  'address-prefix-length': {
    summary: 'Prefix length sent with the address.',
    kind: { kind: 'number', min: 1, max: 32 },
    sources: [S],
  },
  'split-include': {
    summary: 'Networks the client should send through the tunnel.',
    kind: { kind: 'ipv4-prefix', list: true },
    sources: [S],
  },
  'split-dns': { summary: 'Domains the client should resolve through the tunnel DNS.', sources: [S] },
  'static-dns': {
    summary: 'DNS servers to push (instead of system-dns).',
    kind: { kind: 'ipv4', list: true },
    sources: [S],
  },
  'system-dns': {
    summary: 'Push the servers of /ip dns.',
    default: { value: 'no', note: 'The manual says responders use yes by default; other sources say no (unresolved).' },
    sources: [S, 'ipsec.md §5'],
  },
  'src-address-list': {
    summary: 'Client side: address list whose traffic gets dynamic src-nat to the received address.',
    sources: [S],
  },
  'connection-mark': { summary: 'Client side: connection mark added to the generated src-nat rules.', sources: [S] },
  'use-responder-dns': {
    summary: 'Client side: whether to use DNS servers received from the responder.',
    sources: [S],
  },
  'copy-from': { summary: 'Creates the entry as a copy of an existing one.', sources: [S] },
};

export const SETTINGS_DOCS: MenuDocs = {
  accounting: {
    summary: 'Send RADIUS accounting for eap-radius and XAuth users.',
    default: { value: 'yes' },
    sources: ['ipsec.md §1.8'],
  },
  'interim-update': {
    summary: 'RADIUS interim-update interval (needs accounting).',
    default: { value: '0s' },
    sources: ['ipsec.md §1.8'],
  },
  'xauth-use-radius': {
    summary: 'Authenticate IKEv1 XAuth users through /radius.',
    default: { value: 'no' },
    sources: ['ipsec.md §1.8'],
  },
  'ddos-cookie-threshold': {
    summary: 'Half-open IKE SA count above which IKEv2 anti-DDoS cookies are used (7.22 and later).',
    sources: ['ipsec.md §1.8'],
  },
};

export const KEY_PSK_DOCS: MenuDocs = {
  peer: { summary: 'The peer this one-time PPK belongs to (required).', sources: ['ipsec.md §1.12'] },
  id: { summary: 'PPK identifier, at least 16 characters.', sources: ['ipsec.md §1.12'] },
  key: { summary: 'The PPK as hex, at least 128 hex digits.', sensitive: true, sources: ['ipsec.md §1.12'] },
};
