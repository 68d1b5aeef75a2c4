// The part of RouterOS the simulator models: menus, their arguments and defaults, the items a
// fresh router has. Argument names follow /console/inspect of RouterOS 7; values and defaults
// follow the IPsec reference (profile, proposal, peer, identity, policy…).
import { address, bool, int, listOf, oneOf, prefix, ref, text, time, type ArgKind } from './arg-kinds';

export interface MenuSpec {
  readonly path: string;
  readonly args: Readonly<Record<string, ArgKind>>;
  /** Values an item gets when `add` does not give them. */
  readonly defaults?: Readonly<Record<string, string>>;
  /** Arguments `add` cannot do without. */
  readonly required?: readonly string[];
  /** The property that must be unique, and the router's complaint when it is not. */
  readonly unique?: { readonly property: string; readonly message: string };
  /** A menu with exactly one item and only `set`/`print`/`get` (settings, identity). */
  readonly single?: boolean;
  /** A menu whose rows the router computes (installed SAs…): `print` and `get` only. */
  readonly computed?: boolean;
  /** Items every router starts with, marked `default=true` where RouterOS shows `*`. */
  readonly builtins?: readonly Readonly<Record<string, string>>[];
  /** The first version that has this menu (e.g. 7.18 for `/safe-mode`). */
  readonly since?: string;
  /** Commands that act on one named item (`sign ca`), with their arguments. */
  readonly actions?: Readonly<Record<string, Readonly<Record<string, ArgKind>>>>;
}

const dhGroups = ['x25519', 'ecp256', 'ecp384', 'ecp521', 'modp8192', 'modp6144', 'modp4096', 'modp3072', 'modp2048', 'modp1536', 'modp1024', 'modp768'];
const pfsGroups = ['none', 'modp768', 'modp1024', 'modp1536', 'modp2048', 'modp3072', 'modp4096', 'modp6144', 'modp8192', 'ecp256', 'ecp384', 'ecp521'];
const phase2Ciphers = [
  'chacha20poly1305', 'aes-256-cbc', 'aes-256-ctr', 'aes-256-gcm', 'camellia-256', 'aes-192-cbc', 'aes-192-ctr', 'aes-192-gcm',
  'camellia-192', 'aes-128-cbc', 'aes-128-ctr', 'aes-128-gcm', 'camellia-128', '3des', 'blowfish', 'twofish', 'des', 'null',
];
const interfaces = ['interface', 'interface/bridge', 'interface/gre', 'interface/vlan', 'interface/eoip'];
const common = { comment: text, disabled: bool };
const named = (what: string) => ({ property: 'name', message: `failure: already have ${what} with such name` });

const profile: MenuSpec = {
  path: 'ip/ipsec/profile',
  args: {
    name: text, 'dh-group': listOf(...dhGroups), 'enc-algorithm': listOf('aes-256', 'aes-192', 'aes-128', '3des', 'des'),
    'hash-algorithm': oneOf('md5', 'sha1', 'sha256', 'sha384', 'sha512'), 'prf-algorithm': oneOf('auto', 'sha1', 'sha256', 'sha384', 'sha512'),
    lifetime: time, lifebytes: int(0, 4294967295), 'dpd-interval': { kind: 'time', also: ['disable-dpd'] },
    'dpd-maximum-failures': int(1, 100), 'nat-traversal': bool, 'proposal-check': oneOf('obey', 'strict', 'claim', 'exact'),
  },
  defaults: {
    'dh-group': 'modp2048,modp1024', 'enc-algorithm': 'aes-128,3des', 'hash-algorithm': 'sha1', 'prf-algorithm': 'auto',
    lifetime: '1d', 'dpd-interval': '8s', 'dpd-maximum-failures': '4', 'nat-traversal': 'true', 'proposal-check': 'obey',
  },
  required: ['name'],
  unique: named('profile'),
  builtins: [{ name: 'default', default: 'true' }],
};

const proposal: MenuSpec = {
  path: 'ip/ipsec/proposal',
  args: {
    name: text, 'auth-algorithms': listOf('sha512', 'sha256', 'sha1', 'md5', 'null'), 'enc-algorithms': listOf(...phase2Ciphers),
    lifetime: time, 'pfs-group': oneOf(...pfsGroups), ...common,
  },
  defaults: { 'auth-algorithms': 'sha1', 'enc-algorithms': 'aes-256-cbc,aes-192-cbc,aes-128-cbc', lifetime: '30m', 'pfs-group': 'modp1024', disabled: 'false' },
  required: ['name'],
  unique: named('proposal'),
  builtins: [{ name: 'default', default: 'true' }],
};

const peer: MenuSpec = {
  path: 'ip/ipsec/peer',
  args: {
    name: text, address: text, 'local-address': address, port: int(0, 65535), passive: bool,
    'exchange-mode': oneOf('main', 'aggressive', 'base', 'ike2'), profile: ref('ip/ipsec/profile'), 'send-initial-contact': bool, ...common,
  },
  defaults: { port: '500', passive: 'false', 'exchange-mode': 'main', profile: 'default', 'send-initial-contact': 'true', disabled: 'false' },
  unique: named('peer'),
};

const identity: MenuSpec = {
  path: 'ip/ipsec/identity',
  args: {
    peer: ref('ip/ipsec/peer'),
    'auth-method': oneOf('pre-shared-key', 'digital-signature', 'eap', 'eap-radius', 'pre-shared-key-xauth', 'rsa-key', 'rsa-signature-hybrid'),
    secret: text, certificate: text, 'remote-certificate': text, key: text, 'remote-key': text, 'my-id': text, 'remote-id': text,
    'match-by': oneOf('remote-id', 'certificate'), 'generate-policy': oneOf('no', 'port-override', 'port-strict'),
    'policy-template-group': ref('ip/ipsec/policy/group', 'none'), 'mode-config': ref('ip/ipsec/mode-config', 'none'),
    'eap-methods': listOf('eap-mschapv2', 'eap-peap', 'eap-tls', 'eap-ttls'), username: text, password: text, 'notrack-chain': text, ...common,
  },
  defaults: {
    'auth-method': 'pre-shared-key', 'my-id': 'auto', 'remote-id': 'auto', 'match-by': 'remote-id', 'generate-policy': 'no',
    'policy-template-group': 'default', 'mode-config': 'none', disabled: 'false',
  },
  required: ['peer'],
};

const policy: MenuSpec = {
  path: 'ip/ipsec/policy',
  args: {
    'src-address': prefix, 'src-port': text, 'dst-address': prefix, 'dst-port': text, protocol: text,
    action: oneOf('encrypt', 'discard', 'none'), level: oneOf('require', 'use', 'unique'), 'ipsec-protocols': oneOf('esp', 'ah'),
    tunnel: bool, 'sa-src-address': address, 'sa-dst-address': address, peer: ref('ip/ipsec/peer'), proposal: ref('ip/ipsec/proposal'),
    template: bool, group: ref('ip/ipsec/policy/group'), 'place-before': text, ...common,
  },
  defaults: {
    'src-address': '0.0.0.0/32', 'dst-address': '0.0.0.0/32', 'src-port': 'any', 'dst-port': 'any', protocol: 'all', action: 'encrypt',
    level: 'require', 'ipsec-protocols': 'esp', tunnel: 'false', proposal: 'default', template: 'false', group: 'default', disabled: 'false',
  },
  builtins: [{ default: 'true', template: 'true', 'src-address': '::/0', 'dst-address': '::/0', group: 'default', proposal: 'default' }],
};

const policyGroup: MenuSpec = {
  path: 'ip/ipsec/policy/group',
  args: { name: text, comment: text },
  required: ['name'],
  unique: named('group'),
  builtins: [{ name: 'default', default: 'true' }],
};

const modeConfig: MenuSpec = {
  path: 'ip/ipsec/mode-config',
  args: {
    name: text, responder: bool, 'address-pool': ref('ip/pool', 'none'), address, 'address-prefix-length': int(1, 32),
    'split-include': text, 'split-dns': text, 'static-dns': text, 'system-dns': bool, 'src-address-list': text,
    'connection-mark': text, 'use-responder-dns': oneOf('no', 'yes', 'exclusively'),
  },
  defaults: { responder: 'false' },
  required: ['name'],
  unique: named('mode config'),
  builtins: [{ name: 'request-only', default: 'true', responder: 'false', 'use-responder-dns': 'exclusively' }],
};

const firewallMatchers = {
  chain: text, 'src-address': text, 'dst-address': text, protocol: text, 'src-port': text, 'dst-port': text, port: text,
  'in-interface': text, 'out-interface': text, 'in-interface-list': text, 'out-interface-list': text, 'connection-state': text,
  'connection-nat-state': text, 'ipsec-policy': text, 'src-address-list': text, 'dst-address-list': text, 'connection-mark': text,
  'routing-mark': text, 'packet-mark': text, 'jump-target': text, log: bool, 'log-prefix': text, 'place-before': text, ...common,
};
const firewall = (table: string, actions: string[], extra: Record<string, ArgKind> = {}): MenuSpec => ({
  path: `ip/firewall/${table}`,
  args: { ...firewallMatchers, action: oneOf(...actions), ...extra },
  defaults: { action: actions.includes('accept') ? 'accept' : actions[0], disabled: 'false', log: 'false' },
  required: ['chain'],
});

export const menus: readonly MenuSpec[] = [
  { path: 'system/identity', args: { name: text }, single: true, builtins: [{ name: 'MikroTik' }] },
  { path: 'system/resource', args: {}, single: true, computed: true },
  { path: 'system/note', args: { note: text, 'show-at-login': bool }, single: true, builtins: [{ note: '' }] },
  {
    path: 'interface', args: { name: text, mtu: int(0, 65535), ...common },
    builtins: ['ether1', 'ether2', 'ether3', 'ether4', 'ether5'].map((name) => ({ name, type: 'ether', mtu: '1500' })),
  },
  { path: 'interface/bridge', args: { name: text, 'vlan-filtering': bool, ...common }, required: ['name'], unique: named('interface') },
  { path: 'interface/bridge/port', args: { bridge: ref(interfaces), interface: ref(interfaces), ...common }, required: ['bridge', 'interface'] },
  { path: 'interface/vlan', args: { name: text, interface: ref(interfaces), 'vlan-id': int(1, 4094), ...common }, required: ['name', 'interface', 'vlan-id'], unique: named('interface') },
  {
    path: 'interface/gre',
    args: { name: text, 'remote-address': address, 'local-address': address, 'ipsec-secret': text, keepalive: text, 'allow-fast-path': bool, mtu: text, ...common },
    required: ['name', 'remote-address'], unique: named('interface'),
  },
  { path: 'interface/eoip', args: { name: text, 'remote-address': address, 'local-address': address, 'tunnel-id': int(0, 65535), 'ipsec-secret': text, ...common }, required: ['name'], unique: named('interface') },
  { path: 'interface/list', args: { name: text, comment: text }, required: ['name'], unique: named('list'), builtins: [{ name: 'all', default: 'true' }, { name: 'none', default: 'true' }] },
  { path: 'interface/list/member', args: { list: ref('interface/list'), interface: ref(interfaces), ...common }, required: ['list', 'interface'] },
  {
    path: 'certificate',
    args: {
      name: text, 'common-name': text, 'subject-alt-name': text, 'key-size': oneOf('1024', '1536', '2048', '4096', '8192', 'prime256v1', 'secp384r1', 'secp521r1'),
      'key-usage': text, 'days-valid': int(1, 36500), country: text, state: text, locality: text, organization: text, unit: text, trusted: bool,
      'digest-algorithm': oneOf('md5', 'sha1', 'sha256', 'sha384', 'sha512'),
    },
    defaults: { 'key-size': '2048', 'days-valid': '365', trusted: 'false' },
    required: ['name', 'common-name'],
    unique: named('certificate'),
    actions: {
      sign: { ca: ref('certificate'), 'ca-crl-host': text, name: text },
      'export-certificate': { type: oneOf('pem', 'pkcs12'), 'export-passphrase': text, 'file-name': text },
    },
  },
  { path: 'ip/address', args: { address: prefix, interface: ref(interfaces), network: address, ...common }, required: ['address', 'interface'] },
  { path: 'ip/route', args: { 'dst-address': prefix, gateway: text, distance: int(0, 255), 'routing-table': text, ...common }, defaults: { 'dst-address': '0.0.0.0/0', distance: '1' } },
  { path: 'ip/pool', args: { name: text, ranges: text, 'next-pool': text, comment: text }, required: ['name'], unique: named('pool') },
  { path: 'ip/dns', args: { servers: text, 'allow-remote-requests': bool }, single: true, builtins: [{ servers: '', 'allow-remote-requests': 'false' }] },
  { path: 'ip/firewall/address-list', args: { list: text, address: text, timeout: time, ...common }, required: ['list', 'address'] },
  firewall('filter', ['accept', 'drop', 'reject', 'fasttrack-connection', 'jump', 'return', 'log', 'passthrough', 'tarpit'], { 'hw-offload': bool, 'reject-with': text }),
  firewall('nat', ['accept', 'masquerade', 'src-nat', 'dst-nat', 'netmap', 'redirect', 'jump', 'return', 'log', 'passthrough'], { 'to-addresses': text, 'to-ports': text }),
  firewall('raw', ['accept', 'drop', 'notrack', 'jump', 'return', 'log', 'passthrough']),
  firewall('mangle', ['accept', 'mark-connection', 'mark-packet', 'mark-routing', 'change-mss', 'passthrough', 'jump', 'return', 'log'], {
    'new-connection-mark': text, 'new-packet-mark': text, 'new-routing-mark': text, 'new-mss': text, passthrough: bool,
  }),
  profile, proposal, peer, identity, policy, policyGroup, modeConfig,
  {
    path: 'ip/ipsec/settings', args: { accounting: bool, 'interim-update': time, 'xauth-use-radius': bool }, single: true,
    builtins: [{ accounting: 'true', 'interim-update': '0s', 'xauth-use-radius': 'false' }],
  },
  { path: 'ip/ipsec/installed-sa', args: {}, computed: true },
  { path: 'ip/ipsec/active-peers', args: {}, computed: true },
  { path: 'file', args: { name: text, contents: text }, computed: false },
];

export const menuByPath: ReadonlyMap<string, MenuSpec> = new Map(menus.map((menu) => [menu.path, menu]));

/** Every directory on the way to a menu (`ip`, `ip/ipsec`…), for walking a script's paths. */
export const directories: ReadonlySet<string> = new Set(
  menus.flatMap((menu) => menu.path.split('/').map((_, i, parts) => parts.slice(0, i + 1).join('/'))),
);
