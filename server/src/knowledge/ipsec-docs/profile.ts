// /ip ipsec profile: phase 1 (IKE SA) parameters (ipsec.md §1.1; matching rules §3.2, §3.3).
import { DH_GROUPS, IKE_CIPHERS, IKE_HASHES } from './algorithms';
import type { MenuDocs } from './types';

const only = (names: readonly string[], table: typeof DH_GROUPS) =>
  Object.fromEntries(names.map((name) => [name, table[name]]));

export const PROFILE_DOCS: MenuDocs = {
  name: {
    summary: 'Name of the profile; a peer selects it with `profile=`. The built-in `default` profile cannot be removed.',
    sources: ['ipsec.md §1.1'],
  },
  'dh-group': {
    summary: 'Diffie-Hellman groups offered and accepted for the IKE SA key exchange, in offer order.',
    default: { value: 'modp2048,modp1024' },
    values: only(
      ['x25519', 'ecp256', 'ecp384', 'ecp521', 'modp8192', 'modp6144', 'modp4096', 'modp3072', 'modp2048', 'modp1536',
        'modp1024', 'modp768', 'ec2n185', 'ec2n155'],
      DH_GROUPS,
    ),
    match: {
      how: 'intersect',
      text: 'Both routers must have at least one DH group in common.',
      rule: 'P5',
      source: 'ipsec.md §3.6',
    },
    sources: ['ipsec.md §1.1', 'ipsec.md §1.13', 'ipsec.md §3.2', 'ipsec.md §3.3'],
  },
  'enc-algorithm': {
    summary: 'Ciphers for the IKE messages themselves (CBC mode). GCM is not available for the IKE SA.',
    default: { value: 'aes-128,3des' },
    values: IKE_CIPHERS,
    match: {
      how: 'intersect',
      text: 'Both routers must share at least one cipher.',
      rule: 'P3',
      source: 'ipsec.md §3.6',
    },
    sources: ['ipsec.md §1.1', 'ipsec.md §1.13', 'ipsec.md §1.15'],
  },
  'hash-algorithm': {
    summary: 'Integrity hash of the IKE SA (in IKEv1 also its PRF). One value, not a list.',
    default: { value: 'sha1' },
    values: only(['md5', 'sha1', 'sha256', 'sha384', 'sha512'], IKE_HASHES),
    match: { how: 'equal', text: 'Must be the same on both routers.', rule: 'P4', source: 'ipsec.md §3.6' },
    sources: ['ipsec.md §1.1', 'ipsec.md §1.13'],
  },
  'prf-algorithm': {
    summary: 'IKEv2 pseudo-random function; `auto` follows hash-algorithm.',
    default: { value: 'auto' },
    values: only(['auto', 'sha1', 'sha256', 'sha384', 'sha512'], IKE_HASHES),
    match: {
      how: 'equal',
      text: 'For IKEv2 the effective PRF (auto = the hash algorithm) must be the same on both routers.',
      rule: 'P6',
      source: 'ipsec.md §3.6',
    },
    sources: ['ipsec.md §1.1', 'ipsec.md §3.3'],
  },
  lifetime: {
    summary: 'Phase 1 lifetime. IKEv1 proposes and checks it; in IKEv2 it is only a local rekey timer.',
    default: { value: '1d' },
    kind: { kind: 'time' },
    match: {
      how: 'compatible',
      text: "IKEv1: the responder's proposal-check decides (exact: equal; strict: initiator's not longer). IKEv2: not negotiated.",
      rule: 'P7',
      source: 'ipsec.md §3.2',
    },
    sources: ['ipsec.md §1.1', 'ipsec.md §3.2', 'ipsec.md §3.3'],
  },
  lifebytes: {
    summary: 'IKEv1 only: a byte lifetime added to the proposal for peers that require one; 0 leaves it unset.',
    default: { value: '0' },
    kind: { kind: 'number', min: 0, max: 4294967295 },
    ikev1Only: true,
    sources: ['ipsec.md §1.1'],
  },
  'dpd-interval': {
    summary: 'Dead-peer-detection probe interval, or `disable-dpd`. Without DPD phase 1 is not rekeyed.',
    default: {
      value: '8s',
      v6: '2m',
      note: 'RouterOS 6 and early 7.x used 2m; 7.18.2 already ships 8s (the exact release of the change is not known). Routers upgraded from older releases keep 2m.',
    },
    kind: { kind: 'time', min: 0, max: 3_600_000, keywords: ['disable-dpd'] },
    match: { how: 'local', text: 'Need not match.', source: 'ipsec.md §3.2' },
    sources: ['ipsec.md §0', 'ipsec.md §1.1', 'ipsec.md §5'],
  },
  'dpd-maximum-failures': {
    summary: 'Missed DPD probes before the peer is declared dead (IKEv1 only).',
    default: { value: '4', v6: '5', note: 'RouterOS 6 and early 7.x used 5; recent 7.x uses 4.' },
    kind: { kind: 'number', min: 1, max: 100 },
    ikev1Only: true,
    sources: ['ipsec.md §0', 'ipsec.md §1.1'],
  },
  'nat-traversal': {
    summary: 'IKEv1 NAT traversal (ESP inside UDP 4500). IKEv2 always detects NAT, so it ignores this.',
    default: { value: 'yes' },
    ikev1Only: true,
    match: {
      how: 'equal',
      text: 'With IKEv1 and any NAT between the routers, both must have nat-traversal=yes.',
      rule: 'P10',
      source: 'ipsec.md §3.6',
    },
    sources: ['ipsec.md §1.1', 'ipsec.md §3.2'],
  },
  'proposal-check': {
    summary: "IKEv1 responder rule for the initiator's proposed lifetimes (and PFS group).",
    default: { value: 'obey' },
    ikev1Only: true,
    values: {
      obey: { note: "Accept the initiator's values.", source: 'ipsec.md §3.2' },
      strict: { note: 'Accept a proposed lifetime up to our own; reject a longer one.', source: 'ipsec.md §3.2' },
      claim: { note: 'Use the shorter lifetime and tell the initiator (RESPONDER-LIFETIME).', source: 'ipsec.md §3.2' },
      exact: { note: 'Reject unless the lifetimes are equal.', source: 'ipsec.md §3.2' },
    },
    sources: ['ipsec.md §1.1', 'ipsec.md §3.2'],
  },
  ppk: {
    summary: 'Post-quantum preshared key mode (RFC 8784, IKEv2 only), from 7.21.',
    default: { value: 'no' },
    values: {
      qkd: { note: 'Uses /ip ipsec key qkd, which 7.24 removed.', source: 'ipsec.md §1.1' },
    },
    sources: ['ipsec.md §0', 'ipsec.md §1.1'],
  },
  'copy-from': {
    summary: 'Creates the profile as a copy of an existing one.',
    sources: ['ipsec.md §1.1'],
  },
};
