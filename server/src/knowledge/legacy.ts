// RouterOS 6 IPsec syntax and its RouterOS 7 replacement (ipsec.md §0 and §1.15). Before 6.43 a peer
// carried everything; 6.43 moved authentication to /ip ipsec identity and phase 1 crypto to a profile
// (first /ip ipsec peer profile, later /ip ipsec profile). Policies got `peer=` instead of SA addresses.
import { menuKey } from './paths';
import type { MenuPath } from './types';

export interface LegacyArgument {
  /** Where the old syntax wrote it. */
  readonly menu: readonly string[];
  readonly name: string;
  /** Where it lives now. */
  readonly replacement: { readonly menu: readonly string[]; readonly argument: string };
  readonly explanation: string;
  /** RouterOS 7 still accepts it (as advice, not an error). */
  readonly stillAccepted: boolean;
  readonly source: string;
}

export interface LegacyMenu {
  readonly menu: readonly string[];
  readonly replacement: readonly string[];
  readonly explanation: string;
  readonly source: string;
}

export interface LegacyValue {
  readonly value: string;
  /** The value to write instead, when there is a direct one. */
  readonly replacement?: string;
  readonly explanation: string;
  readonly source: string;
}

const PEER = ['ip', 'ipsec', 'peer'];
const IDENTITY = ['ip', 'ipsec', 'identity'];
const PROFILE = ['ip', 'ipsec', 'profile'];
const POLICY = ['ip', 'ipsec', 'policy'];

const MOVED_TO_IDENTITY = ['auth-method', 'secret', 'certificate', 'remote-certificate', 'generate-policy',
  'policy-template-group', 'mode-config', 'my-id', 'notrack-chain'];
const MOVED_TO_PROFILE = ['enc-algorithm', 'hash-algorithm', 'dh-group', 'lifetime', 'lifebytes', 'dpd-interval',
  'dpd-maximum-failures', 'nat-traversal', 'proposal-check'];

function movedFromPeer(name: string, to: readonly string[], what: string): LegacyArgument {
  return {
    menu: PEER,
    name,
    replacement: { menu: to, argument: name },
    explanation: `Before RouterOS 6.43 \`${name}\` was written on /ip ipsec peer; since 6.43 ${what} live in /${to.join(' ')}: ` +
      `set ${name}= there${to === PROFILE ? ' and select the profile with peer profile=' : ' (identity peer= names the peer)'}.`,
    stillAccepted: false,
    source: 'ipsec.md §0',
  };
}

function saAddress(name: string, side: string): LegacyArgument {
  return {
    menu: POLICY,
    name,
    replacement: { menu: POLICY, argument: 'peer' },
    explanation: `Explicit \`${name}\` is RouterOS 6 style: since 6.43 a policy names its peer with peer=, and the ${side} ` +
      'tunnel endpoint follows that peer. RouterOS 7 still accepts it.',
    stillAccepted: true,
    source: 'ipsec.md §1.15',
  };
}

const LEGACY_ARGUMENTS: readonly LegacyArgument[] = [
  ...MOVED_TO_IDENTITY.map((name) => movedFromPeer(name, IDENTITY, 'authentication settings')),
  ...MOVED_TO_PROFILE.map((name) => movedFromPeer(name, PROFILE, 'phase 1 settings')),
  saAddress('sa-src-address', 'local (the peer local-address)'),
  saAddress('sa-dst-address', 'remote (the peer address)'),
];

const LEGACY_MENUS: readonly LegacyMenu[] = [
  {
    menu: ['ip', 'ipsec', 'peer', 'profile'],
    replacement: PROFILE,
    explanation: 'RouterOS 6.43.x kept profiles in /ip ipsec peer profile; later releases and RouterOS 7 use /ip ipsec profile.',
    source: 'ipsec.md §1.15',
  },
];

const LEGACY_VALUES: ReadonlyMap<string, readonly LegacyValue[]> = new Map([
  ['auth-method', [{
    value: 'rsa-signature',
    replacement: 'digital-signature',
    explanation: 'Certificate authentication was called rsa-signature before 6.43; it is digital-signature now.',
    source: 'ipsec.md §1.15',
  }]],
  ['exchange-mode', [{
    value: 'main-l2tp',
    replacement: 'main',
    explanation: 'main-l2tp was a RouterOS 6 relaxed main mode for L2TP; it was removed in 6.43. Use main (L2TP with use-ipsec creates its own peer).',
    source: 'ipsec.md §1.15',
  }]],
  ['generate-policy', [{
    value: 'yes',
    explanation: 'Very old releases took generate-policy=yes; now choose port-override (any port) or port-strict (the peer\'s ports).',
    source: 'ipsec.md §0',
  }]],
]);

/** Old v6 syntax for an argument of `menu`, with its replacement; undefined when it is not legacy. */
export function legacyArgument(menu: MenuPath, name: string): LegacyArgument | undefined {
  const key = menuKey(menu);
  return LEGACY_ARGUMENTS.find((legacy) => legacy.menu.join(' ') === key && legacy.name === name);
}

/** A v6-only menu path and the menu that replaced it. */
export function legacyMenu(path: MenuPath): LegacyMenu | undefined {
  const key = menuKey(path);
  return LEGACY_MENUS.find((legacy) => legacy.menu.join(' ') === key);
}

/** A v6-only value of an IPsec argument (`auth-method=rsa-signature`) and what replaced it. */
export function legacyValue(menu: MenuPath, argument: string, value: string): LegacyValue | undefined {
  if (!menuKey(menu).startsWith('ip ipsec')) return undefined;
  return LEGACY_VALUES.get(argument)?.find((legacy) => legacy.value === value);
}
