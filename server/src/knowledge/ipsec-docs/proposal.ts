// /ip ipsec proposal: phase 2 (IPsec / Child SA) parameters (ipsec.md §1.2; matching rules §3.4).
import { DH_GROUPS, ESP_CIPHERS, ESP_INTEGRITY } from './algorithms';
import type { MenuDocs } from './types';

const pfsGroups = Object.fromEntries(
  ['none', 'modp768', 'modp1024', 'modp1536', 'modp2048', 'modp3072', 'modp4096', 'modp6144', 'modp8192', 'ecp256', 'ecp384', 'ecp521']
    .map((name) => [name, DH_GROUPS[name]]),
);

export const PROPOSAL_DOCS: MenuDocs = {
  name: {
    summary: 'Name of the proposal; a policy selects it with `proposal=`. The built-in `default` proposal always exists.',
    sources: ['ipsec.md §1.2'],
  },
  'auth-algorithms': {
    summary: 'Integrity algorithms offered for ESP/AH. Use `null` with AEAD ciphers (GCM, chacha20poly1305).',
    default: { value: 'sha1' },
    values: ESP_INTEGRITY,
    match: {
      how: 'intersect',
      text: 'Both routers must share an integrity algorithm (with AEAD ciphers both normally use null).',
      rule: 'Q1',
      source: 'ipsec.md §3.6',
    },
    sources: ['ipsec.md §1.2', 'ipsec.md §1.13', 'ipsec.md §3.4'],
  },
  'enc-algorithms': {
    summary: 'Ciphers and key lengths offered for ESP; `null` means no encryption.',
    default: { value: 'aes-256-cbc,aes-192-cbc,aes-128-cbc' },
    values: ESP_CIPHERS,
    match: {
      how: 'intersect',
      text: 'Both routers must share at least one cipher.',
      rule: 'Q1',
      source: 'ipsec.md §3.6',
    },
    sources: ['ipsec.md §1.2', 'ipsec.md §1.13', 'ipsec.md §3.4'],
  },
  lifetime: {
    summary: 'Phase 2 SA lifetime; soft and hard expiry are derived from it.',
    default: { value: '30m' },
    kind: { kind: 'time' },
    match: {
      how: 'compatible',
      text: "IKEv1: the responder's proposal-check decides. IKEv2: each side rekeys on its own timer.",
      source: 'ipsec.md §3.4',
    },
    sources: ['ipsec.md §1.2', 'ipsec.md §3.4'],
  },
  'pfs-group': {
    summary: 'DH group for perfect forward secrecy on each phase 2, or `none`. No x25519 here.',
    default: { value: 'modp1024' },
    values: pfsGroups,
    match: {
      how: 'equal',
      text: 'Must be the same on both routers. With IKEv2 a mismatch only fails at the first rekey (after the proposal lifetime).',
      rule: 'Q2',
      source: 'ipsec.md §3.6',
    },
    sources: ['ipsec.md §1.2', 'ipsec.md §1.13', 'ipsec.md §3.4'],
  },
  disabled: { summary: 'A disabled proposal is not used.', default: { value: 'no' }, sources: ['ipsec.md §1.2'] },
  comment: { summary: 'Free text.', default: { value: '' }, sources: ['ipsec.md §1.2'] },
  'copy-from': { summary: 'Creates the proposal as a copy of an existing one.', sources: ['ipsec.md §1.2'] },
};
