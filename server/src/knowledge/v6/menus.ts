// What RouterOS 6 accepts in the IPsec menus (ipsec.md §0, §1.15, and the v6 columns of §1.1–§1.8).
// There is no console tree for v6, so this is written by hand. Arguments and values marked uncertain
// are ones ipsec.md could not establish for v6 (§5): checks treat them as unknown, never as errors.
import type { ValueKind } from '../data';

export interface V6Argument {
  readonly kind: ValueKind;
  readonly list?: boolean;
  readonly values?: readonly string[];
  /** Values v6 may or may not accept. */
  readonly uncertainValues?: readonly string[];
  readonly min?: number;
  readonly max?: number;
  /** v6 may or may not have had this argument. */
  readonly uncertain?: boolean;
  /** `before-6.43`: moved to /ip ipsec identity or profile in 6.43 (see legacy.ts);
   *  `since-6.43`: came with that split. Outside its era an argument is unknown, not wrong. */
  readonly era?: 'before-6.43' | 'since-6.43';
}

export interface V6Menu {
  readonly arguments: Readonly<Record<string, V6Argument>>;
  /** `items` menus have add/set/remove…, `single` menus only set, `readonly` ones only print. */
  readonly style: 'items' | 'single' | 'readonly';
  readonly extraCommands?: readonly string[];
  /** The menu came with the 6.43 split (identity, profile). */
  readonly era?: 'since-6.43';
  readonly uncertain?: boolean;
}

const bool: V6Argument = { kind: 'bool' };
const text: V6Argument = { kind: 'string' };
const time: V6Argument = { kind: 'time' };
const name: V6Argument = { kind: 'reference' };
const oneOf = (...values: string[]): V6Argument => ({ kind: 'enum', values });
const listOf = (...values: string[]): V6Argument => ({ kind: 'enum', list: true, values });

const DH_GROUPS_V6 = ['modp768', 'modp1024', 'modp1536', 'modp2048', 'modp3072', 'modp4096', 'modp6144', 'modp8192',
  'ecp256', 'ecp384', 'ecp521', 'ec2n155', 'ec2n185'];
const PHASE1 = {
  'dh-group': { ...listOf(...DH_GROUPS_V6), uncertainValues: ['x25519'] },
  'enc-algorithm': listOf('aes-256', 'aes-192', 'aes-128', '3des', 'des', 'blowfish', 'camellia-128', 'camellia-192', 'camellia-256'),
  'hash-algorithm': oneOf('md5', 'sha1', 'sha256', 'sha384', 'sha512'),
  'prf-algorithm': { ...oneOf('auto', 'sha1', 'sha256', 'sha384', 'sha512'), uncertain: true },
  lifetime: time,
  lifebytes: { kind: 'number', min: 0, max: 4294967295 },
  'dpd-interval': { kind: 'time', values: ['disable-dpd'] },
  'dpd-maximum-failures': { kind: 'number', min: 1, max: 100 },
  'nat-traversal': bool,
  'proposal-check': oneOf('obey', 'strict', 'claim', 'exact'),
} satisfies Record<string, V6Argument>;

const inEra = (era: V6Argument['era'], args: Record<string, V6Argument>): Record<string, V6Argument> =>
  Object.fromEntries(Object.entries(args).map(([key, arg]) => [key, { ...arg, era }]));

const AUTHENTICATION = {
  'auth-method': {
    ...oneOf('pre-shared-key', 'rsa-signature', 'digital-signature', 'rsa-key', 'pre-shared-key-xauth', 'rsa-signature-hybrid', 'eap-radius', 'eap'),
  },
  secret: text,
  certificate: name,
  'remote-certificate': name,
  'generate-policy': oneOf('no', 'yes', 'port-override', 'port-strict'),
  'policy-template-group': name,
  'mode-config': name,
  'my-id': { kind: 'unknown' },
  'notrack-chain': text,
} satisfies Record<string, V6Argument>;

const PEER: Record<string, V6Argument> = {
  ...inEra('since-6.43', { name: text, profile: name }),
  address: { kind: 'address-or-dns' },
  'local-address': { kind: 'ip' },
  port: { kind: 'number', min: 0, max: 65535 },
  passive: bool,
  'exchange-mode': oneOf('main', 'aggressive', 'base', 'main-l2tp', 'ike2'),
  'send-initial-contact': bool,
  comment: text,
  disabled: bool,
  ...inEra('before-6.43', { ...AUTHENTICATION, ...PHASE1, 'compatibility-options': { kind: 'unknown' } }),
  'xauth-login': { ...text, uncertain: true },
  'xauth-password': { ...text, uncertain: true },
};

const IDENTITY: Record<string, V6Argument> = {
  peer: name,
  ...AUTHENTICATION,
  'remote-id': { kind: 'unknown' },
  'match-by': { ...oneOf('remote-id', 'certificate'), uncertain: true },
  'eap-methods': { ...listOf('eap-mschapv2', 'eap-peap', 'eap-tls', 'eap-ttls'), uncertain: true },
  username: text,
  password: text,
  key: name,
  'remote-key': name,
  comment: text,
  disabled: bool,
};

const PROFILE: Record<string, V6Argument> = { name: text, ...PHASE1 };

const PORT: V6Argument = { kind: 'number', min: 0, max: 65535, values: ['any'] };

const POLICY: Record<string, V6Argument> = {
  'src-address': { kind: 'prefix' },
  'dst-address': { kind: 'prefix' },
  'src-port': PORT,
  'dst-port': PORT,
  protocol: { kind: 'unknown' },
  action: oneOf('encrypt', 'discard', 'none'),
  level: oneOf('require', 'use', 'unique'),
  'ipsec-protocols': oneOf('esp', 'ah'),
  tunnel: bool,
  'sa-src-address': { kind: 'ip' },
  'sa-dst-address': { kind: 'ip' },
  peer: { ...name, era: 'since-6.43' },
  proposal: name,
  template: bool,
  group: name,
  priority: { kind: 'number', uncertain: true },
  'place-before': { kind: 'unknown' },
  comment: text,
  disabled: bool,
};

const PROPOSAL: Record<string, V6Argument> = {
  name: text,
  'auth-algorithms': listOf('sha512', 'sha256', 'sha1', 'md5', 'null'),
  'enc-algorithms': listOf('aes-256-cbc', 'aes-256-ctr', 'aes-256-gcm', 'camellia-256', 'aes-192-cbc', 'aes-192-ctr', 'aes-192-gcm',
    'camellia-192', 'aes-128-cbc', 'aes-128-ctr', 'aes-128-gcm', 'camellia-128', '3des', 'blowfish', 'twofish', 'des', 'null'),
  lifetime: time,
  'pfs-group': oneOf('none', ...DH_GROUPS_V6.filter((g) => !g.startsWith('ec2n'))),
  comment: text,
  disabled: bool,
};

const MODE_CONFIG: Record<string, V6Argument> = {
  name: text,
  responder: bool,
  'address-pool': name,
  address: { kind: 'ipv4' },
  'address-prefix-length': { kind: 'number', min: 1, max: 32 },
  'split-include': { kind: 'ipv4-prefix', list: true },
  'static-dns': { kind: 'ipv4', list: true },
  'system-dns': bool,
  'src-address-list': name,
  'connection-mark': { ...name, uncertain: true },
  'use-responder-dns': { ...oneOf('no', 'yes', 'exclusively'), uncertain: true },
  'split-dns': { ...text, uncertain: true },
};

/** The IPsec menus of RouterOS 6, keyed by path words joined by spaces. */
export const V6_MENUS: ReadonlyMap<string, V6Menu> = new Map<string, V6Menu>([
  ['ip ipsec', { arguments: {}, style: 'readonly', extraCommands: ['export'] }],
  ['ip ipsec peer', { arguments: PEER, style: 'items' }],
  ['ip ipsec peer profile', { arguments: PROFILE, style: 'items', era: 'since-6.43' }],
  ['ip ipsec profile', { arguments: PROFILE, style: 'items', era: 'since-6.43' }],
  ['ip ipsec identity', { arguments: IDENTITY, style: 'items', era: 'since-6.43' }],
  ['ip ipsec policy', { arguments: POLICY, style: 'items', extraCommands: ['move'] }],
  ['ip ipsec policy group', { arguments: { name: text, comment: text }, style: 'items' }],
  ['ip ipsec proposal', { arguments: PROPOSAL, style: 'items' }],
  ['ip ipsec mode-config', { arguments: MODE_CONFIG, style: 'items' }],
  ['ip ipsec installed-sa', { arguments: {}, style: 'readonly', extraCommands: ['flush'] }],
  ['ip ipsec active-peers', { arguments: {}, style: 'readonly', extraCommands: ['kill-connections'], uncertain: true }],
  ['ip ipsec statistics', { arguments: {}, style: 'readonly' }],
  ['ip ipsec key', { arguments: { name: text }, style: 'readonly', extraCommands: ['generate-key', 'import', 'export-pub-key', 'remove'] }],
  ['ip ipsec settings', { arguments: { 'xauth-use-radius': bool, accounting: bool, 'interim-update': time }, style: 'single', uncertain: true }],
]);
