// /ip ipsec identity: authentication and per-peer behaviour (ipsec.md §1.4; matching §3.2, §3.3, §3.6b).
import type { MenuDocs } from './types';

const S = 'ipsec.md §1.4';
const ID_TYPES = ['address', 'fqdn', 'user-fqdn', 'key-id'];

export const IDENTITY_DOCS: MenuDocs = {
  peer: { summary: 'The peer this identity belongs to (required).', sources: [S] },
  'auth-method': {
    summary: 'How this router authenticates to the peer.',
    default: { value: 'pre-shared-key' },
    values: {
      'pre-shared-key': {
        strength: 'info',
        note: 'Shared secret; MikroTik warns it is open to offline dictionary attacks and recommends certificates.',
        source: 'ipsec.md §1.13',
      },
      'digital-signature': { note: 'Certificates (called rsa-signature before 6.43).', source: S },
      eap: { note: 'IKEv2 EAP client.', source: S },
      'eap-radius': { note: 'IKEv2 responder that passes EAP to RADIUS; needs a server certificate.', source: S },
      'pre-shared-key-xauth': { note: 'IKEv1 only: PSK plus XAuth login.', source: S },
      'rsa-key': { note: 'IKEv1 only: raw RSA keys (key= and remote-key=).', source: S },
      'rsa-signature-hybrid': { note: 'IKEv1 only: responder certificate with initiator XAuth.', source: S },
    },
    match: {
      how: 'compatible',
      text: 'Same method family on both routers (PSK with PSK, certificates with certificates, EAP client with eap-radius).',
      rule: 'P8',
      source: 'ipsec.md §3.6',
    },
    sources: [S, 'ipsec.md §3.2', 'ipsec.md §3.3', 'ipsec.md §3.6b'],
  },
  secret: {
    summary: 'Pre-shared key; a value starting with 0x is read as hex. v7 exports hide it unless show-sensitive.',
    default: { value: '' },
    sensitive: true,
    match: { how: 'equal', text: 'Must be byte-identical on both routers.', rule: 'P8', source: 'ipsec.md §3.6' },
    sources: [S, 'ipsec.md §1.15', 'ipsec.md §3.2'],
  },
  certificate: {
    summary: 'Local certificate (with its private key) for digital-signature and EAP.',
    sources: [S, 'ipsec.md §3.6b'],
  },
  'remote-certificate': {
    summary: "Certificate that verifies the peer when it sends none, or pins one client with match-by=certificate; `none` validates against the CAs in /certificate.",
    default: { value: 'none' },
    sources: [S],
  },
  key: { summary: 'Local private RSA key for rsa-key (IKEv1).', sources: [S, 'ipsec.md §1.12'] },
  'remote-key': { summary: "The peer's public RSA key for rsa-key (IKEv1).", sources: [S] },
  'my-id': {
    summary: 'The ID this router sends: `auto` (address for PSK, certificate SAN or DN otherwise), `dn`, or TYPE:VALUE.',
    default: { value: 'auto' },
    kind: { kind: 'enum', keywords: ['auto', 'dn'], types: ID_TYPES },
    match: {
      how: 'mirror',
      text: "Must satisfy the other router's remote-id (type and value).",
      rule: 'P9',
      source: 'ipsec.md §3.6',
    },
    sources: [S, 'ipsec.md §3.3'],
  },
  'remote-id': {
    summary: 'The ID expected from the peer: `auto` accepts any, `ignore` skips the check, or dn / TYPE:VALUE. fqdn, user-fqdn and key-id are IKEv2 only.',
    default: { value: 'auto' },
    kind: { kind: 'enum', keywords: ['auto', 'dn', 'ignore'], types: ID_TYPES },
    match: {
      how: 'mirror',
      text: "Unless auto or ignore, must equal the other router's effective my-id.",
      rule: 'P9',
      source: 'ipsec.md §3.6',
    },
    sources: [S, 'ipsec.md §3.2', 'ipsec.md §3.6b'],
  },
  'match-by': {
    summary: 'How a responder picks this identity: by the remote ID, or by the received certificate equal to remote-certificate.',
    default: { value: 'remote-id' },
    sources: [S],
  },
  'generate-policy': {
    summary: 'Let the peer create dynamic policies (road warriors, L2TP); they must fit a template of policy-template-group.',
    default: { value: 'no' },
    values: {
      no: { note: 'Only static policies.', source: S },
      'port-override': { note: 'Generated policies use any port.', source: S },
      'port-strict': { note: "Generated policies keep the peer's ports.", source: S },
    },
    sources: [S, 'ipsec.md §3.1', 'ipsec.md §3.6b'],
  },
  'policy-template-group': {
    summary: 'Policy group whose templates the peer-proposed selectors must match when generating policies, or `none`.',
    default: { value: 'default' },
    sources: [S, 'ipsec.md §3.6b'],
  },
  'mode-config': {
    summary: 'Mode-config entry to use (`request-only` for clients), or `none`.',
    default: { value: 'none' },
    sources: [S],
  },
  'eap-methods': {
    summary: 'EAP methods tried in order (client side).',
    default: { value: 'eap-tls' },
    list: true,
    sources: [S],
  },
  username: { summary: 'EAP or XAuth user name.', sources: [S] },
  password: { summary: 'EAP or XAuth password.', sensitive: true, sources: [S] },
  'notrack-chain': {
    summary: 'Firewall raw chain (e.g. prerouting) where notrack rules for dynamic policies are added.',
    default: { value: '' },
    sources: [S],
  },
  disabled: { summary: 'A disabled identity is not used.', default: { value: 'no' }, sources: [S] },
  comment: { summary: 'Free text.', default: { value: '' }, sources: [S] },
};
