// /ip ipsec peer (6.43 and later, all 7.x): whom to talk to (ipsec.md §1.3; matching §3.1, §3.5).
import type { MenuDocs } from './types';

export const PEER_DOCS: MenuDocs = {
  name: {
    summary: 'Name of the peer; identities and policies select it with `peer=`.',
    sources: ['ipsec.md §1.3'],
  },
  address: {
    summary: 'Remote address or prefix (or a DNS name, resolved into current-address). The most specific matching peer wins.',
    kind: { kind: 'address-or-dns' },
    match: {
      how: 'mirror',
      text: "Must contain the address the other router's IKE packets come from (its local-address or its NAT address).",
      rule: 'P2',
      source: 'ipsec.md §3.6',
    },
    sources: ['ipsec.md §1.3', 'ipsec.md §3.1', 'ipsec.md §3.5'],
  },
  'local-address': {
    summary: 'Local address phase 1 uses; it must be an address of this router. Unset: chosen by routing.',
    kind: { kind: 'ip' },
    match: {
      how: 'mirror',
      text: "Should be inside the other router's peer address.",
      rule: 'P2',
      source: 'ipsec.md §3.5',
    },
    sources: ['ipsec.md §1.3', 'ipsec.md §3.5'],
  },
  port: {
    summary: 'Remote IKE port used when this router initiates.',
    default: { value: '500' },
    kind: { kind: 'number', min: 0, max: 65535 },
    sources: ['ipsec.md §1.3'],
  },
  passive: {
    summary: 'Never initiate: wait for the other side (also marks the XAuth responder).',
    default: { value: 'no' },
    match: { how: 'compatible', text: 'At least one of the two routers must initiate (passive=no).', source: 'ipsec.md §3.6b' },
    sources: ['ipsec.md §1.3', 'ipsec.md §3.6b'],
  },
  'exchange-mode': {
    summary: 'IKEv1 main, aggressive or base mode, or IKEv2 (`ike2`).',
    default: { value: 'main' },
    values: {
      main: { strength: 'info', note: 'IKEv1 main mode; IKEv1 as a whole is deprecated (RFC 9395).', source: 'ipsec.md §1.13' },
      aggressive: {
        strength: 'weak',
        note: 'IKEv1 aggressive mode: with a pre-shared key it exposes the key to offline dictionary attacks.',
        source: 'ipsec.md §1.13',
      },
      base: { strength: 'info', note: 'IKEv1 base mode; not listed by the newer MikroTik reference.', source: 'ipsec.md §1.3' },
      ike2: { strength: 'ok', note: 'IKEv2.', source: 'ipsec.md §1.3' },
    },
    match: { how: 'equal', text: 'Must be the same on both routers.', rule: 'P1', source: 'ipsec.md §3.6' },
    sources: ['ipsec.md §1.3', 'ipsec.md §3.2', 'ipsec.md §3.3'],
  },
  profile: {
    summary: 'The phase 1 profile (/ip ipsec profile) this peer uses.',
    default: { value: 'default' },
    sources: ['ipsec.md §1.3'],
  },
  'send-initial-contact': {
    summary: 'Send INITIAL-CONTACT so the other side flushes old SAs for this address; road-warrior clients usually say no.',
    default: { value: 'yes' },
    sources: ['ipsec.md §1.3'],
  },
  'ppk-secret': {
    summary: 'Static post-quantum preshared key (7.21 and later), used when no one-time PPK exists; give it 256 bits of entropy.',
    default: { value: '' },
    sensitive: true,
    sources: ['ipsec.md §1.3'],
  },
  disabled: { summary: 'A disabled peer is not used.', default: { value: 'no' }, sources: ['ipsec.md §1.3'] },
  comment: { summary: 'Free text.', default: { value: '' }, sources: ['ipsec.md §1.3'] },
};
