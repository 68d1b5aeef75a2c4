// /ip ipsec policy and policy group: what traffic to protect (ipsec.md §1.5, §1.6; matching §3.4).
import type { MenuDocs } from './types';

const S = 'ipsec.md §1.5';
const PORT = { kind: 'number', min: 0, max: 65535, keywords: ['any'] } as const;

const selectorMatch = (mirrorOf: string) => ({
  how: 'mirror' as const,
  text: `Must equal the other router's ${mirrorOf} (policies are mirror images).`,
  rule: 'Q3',
  source: 'ipsec.md §3.4',
});

export const POLICY_DOCS: MenuDocs = {
  'src-address': {
    summary: 'Source traffic selector (tunnel mode or template).',
    default: { value: '0.0.0.0/32', note: 'As given by the MikroTik manual; not verified.' },
    kind: { kind: 'prefix' },
    match: selectorMatch('dst-address'),
    sources: [S, 'ipsec.md §3.4'],
  },
  'dst-address': {
    summary: 'Destination traffic selector.',
    default: { value: '0.0.0.0/32', note: 'As given by the MikroTik manual; not verified.' },
    kind: { kind: 'prefix' },
    match: selectorMatch('src-address'),
    sources: [S, 'ipsec.md §3.4'],
  },
  'src-port': { summary: 'Source port selector.', default: { value: 'any' }, kind: PORT, match: selectorMatch('dst-port'), sources: [S] },
  'dst-port': { summary: 'Destination port selector.', default: { value: 'any' }, kind: PORT, match: selectorMatch('src-port'), sources: [S] },
  protocol: {
    summary: 'IP protocol selector: a name or a number 0..255.',
    default: { value: 'all' },
    match: { how: 'equal', text: 'Must be the same on both routers.', rule: 'Q3', source: 'ipsec.md §3.4' },
    sources: [S],
  },
  action: {
    summary: 'What to do with matching traffic.',
    default: { value: 'encrypt' },
    values: {
      encrypt: { note: 'Apply IPsec.', source: S },
      none: { note: 'Pass unchanged; above a more specific encrypt policy it shadows it (first match wins).', source: 'ipsec.md §3.4' },
      discard: { note: 'Drop; above a more specific encrypt policy it shadows it (first match wins).', source: 'ipsec.md §3.4' },
    },
    sources: [S, 'ipsec.md §3.4'],
  },
  level: {
    summary: 'What happens when no SA exists yet.',
    default: { value: 'require' },
    values: {
      use: { strength: 'weak', note: 'Send in clear text and do not negotiate: traffic leaks while the SA is missing.', source: 'ipsec.md §3.6b' },
      require: { note: 'Drop and negotiate an SA.', source: S },
      unique: { note: 'Drop and negotiate an SA used only by this policy: needed when several policies share the same SA endpoints.', source: 'ipsec.md §3.4' },
    },
    match: {
      how: 'local',
      text: 'With more than one policy between the same endpoints, use level=unique.',
      rule: 'Q4',
      source: 'ipsec.md §3.6',
    },
    sources: [S, 'ipsec.md §3.4'],
  },
  'ipsec-protocols': {
    summary: 'ESP or AH (AH cannot cross NAT).',
    default: { value: 'esp' },
    match: { how: 'equal', text: 'Must be the same on both routers.', rule: 'Q3', source: 'ipsec.md §3.4' },
    sources: [S, 'ipsec.md §3.2'],
  },
  tunnel: {
    summary: 'Tunnel mode; `no` = transport mode, which only protects traffic between the SA endpoints themselves.',
    default: { value: 'no' },
    match: { how: 'equal', text: 'Must be the same on both routers (site-to-site: yes).', rule: 'Q3', source: 'ipsec.md §3.4' },
    sources: [S, 'ipsec.md §3.5'],
  },
  'sa-src-address': {
    summary: 'Local tunnel endpoint. With peer= set it follows the peer; explicit values are RouterOS 6 style.',
    kind: { kind: 'ip' },
    match: { how: 'mirror', text: "Should equal the other router's sa-dst-address (after NAT).", rule: 'Q5', source: 'ipsec.md §3.5' },
    sources: [S, 'ipsec.md §1.15', 'ipsec.md §3.5'],
  },
  'sa-dst-address': {
    summary: "Remote tunnel endpoint. With peer= set it follows the peer's address; explicit values are RouterOS 6 style.",
    kind: { kind: 'ip' },
    match: { how: 'mirror', text: "Should equal the other router's sa-src-address (after NAT).", rule: 'Q5', source: 'ipsec.md §3.5' },
    sources: [S, 'ipsec.md §1.15', 'ipsec.md §3.5'],
  },
  peer: {
    summary: 'The peer that negotiates SAs for this policy.',
    match: { how: 'mirror', text: 'Must point at the peer whose address is the other site.', rule: 'Q3', source: 'ipsec.md §3.6' },
    sources: [S],
  },
  proposal: { summary: 'The phase 2 proposal used.', default: { value: 'default' }, sources: [S] },
  template: {
    summary: 'Make this a template that peer-proposed selectors are matched against (generate-policy).',
    default: { value: 'no' },
    sources: [S],
  },
  group: { summary: 'The policy group (for templates).', default: { value: 'default' }, sources: [S, 'ipsec.md §1.6'] },
  'place-before': { summary: 'Insert before an existing policy (policies are evaluated top to bottom).', sources: [S] },
  disabled: { summary: 'A disabled policy is not used.', default: { value: 'no' }, sources: [S] },
  comment: { summary: 'Free text.', default: { value: '' }, sources: [S] },
};

export const POLICY_GROUP_DOCS: MenuDocs = {
  name: {
    summary: 'Name of the group; policies use it with group=, identities with policy-template-group=. `default` always exists.',
    sources: ['ipsec.md §1.6'],
  },
  comment: { summary: 'Free text.', default: { value: '' }, sources: ['ipsec.md §1.6'] },
};
