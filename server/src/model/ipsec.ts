// The IPsec side of one router, as the rules ask about it: peers with their profile, identities and
// policies, with RouterOS's defaults filled in and legacy or implicit items mapped onto the v7 shape.
import type { Span } from '../parser/ast';
import { nameOf, type ConfigItem, type RouterConfig } from './config';
import { known, unknown, type Known } from './values';

export const IPSEC = {
  profile: '/ip ipsec profile',
  proposal: '/ip ipsec proposal',
  peer: '/ip ipsec peer',
  identity: '/ip ipsec identity',
  policy: '/ip ipsec policy',
  group: '/ip ipsec policy group',
  modeConfig: '/ip ipsec mode-config',
  pool: '/ip pool',
  address: '/ip address',
  certificate: '/certificate',
  filter: '/ip firewall filter',
  nat: '/ip firewall nat',
  raw: '/ip firewall raw',
} as const;

/** A property as a rule sees it: its value (or the default), and where it is written if it is. */
export interface Attr {
  readonly value: Known;
  readonly span: Span | undefined;
  /** False when the value is RouterOS's default, not written in the script. */
  readonly explicit: boolean;
}

/** Default values of the target RouterOS version, from the knowledge base. */
export type DefaultLookup = (menu: string, property: string) => string | undefined;

export interface RouterFacts {
  readonly uri: string;
  readonly config: RouterConfig;
  /** Sensitive values (secrets) are missing from this file because it is a RouterOS 7 export. */
  readonly sensitiveHidden: boolean;
  readonly defaults: DefaultLookup;
}

export class IpsecView {
  private readonly byMenuAndName = new Map<string, Map<string, ConfigItem>>();

  constructor(readonly facts: RouterFacts) {}

  get uri(): string {
    return this.facts.uri;
  }

  items(menu: string): readonly ConfigItem[] {
    return this.facts.config.tables.get(menu) ?? [];
  }

  enabled(menu: string): ConfigItem[] {
    let items = this.enabledCache.get(menu);
    if (!items) {
      items = this.items(menu).filter((item) => this.text(item, 'disabled') !== 'yes');
      this.enabledCache.set(menu, items);
    }
    return items;
  }

  private readonly enabledCache = new Map<string, ConfigItem[]>();

  named(menu: string, name: string): ConfigItem | undefined {
    let index = this.byMenuAndName.get(menu);
    if (!index) {
      index = new Map();
      for (const item of this.items(menu)) {
        const itemName = nameOf(item);
        if (itemName !== undefined && !index.has(itemName)) index.set(itemName, item);
      }
      this.byMenuAndName.set(menu, index);
    }
    return index.get(name);
  }

  attr(item: ConfigItem, property: string): Attr {
    const prop = item.props.get(property);
    if (prop) return { value: asYesNo(property, prop.value), span: prop.span, explicit: prop.span !== undefined };
    if (this.hidden(property)) return { value: unknown('hidden'), span: undefined, explicit: false };
    const fallback = this.facts.defaults(item.menu, property);
    return { value: fallback === undefined ? unknown('external') : known(fallback), span: undefined, explicit: false };
  }

  /** The value as text when it is known (written or default). */
  text(item: ConfigItem, property: string): string | undefined {
    // `attr` without the objects: rules ask this for every property of every firewall rule.
    const prop = item.props.get(property);
    if (prop) {
      const value = asYesNo(property, prop.value);
      return value.state === 'known' ? value.text : undefined;
    }
    return this.hidden(property) ? undefined : this.facts.defaults(item.menu, property);
  }

  /** A secret the export left out (written without show-sensitive, ipsec.md §1.15): it cannot be verified. */
  private hidden(property: string): boolean {
    return this.facts.sensitiveHidden && sensitive.has(property);
  }

  list(item: ConfigItem, property: string): string[] | undefined {
    return this.text(item, property)?.split(',').map((part) => part.trim()).filter(Boolean);
  }

  /** The item a reference such as `profile=` names, in `menu`. */
  referenced(item: ConfigItem, property: string, menu: string): ConfigItem | undefined {
    const name = this.text(item, property);
    return name === undefined ? undefined : this.named(menu, name);
  }

  /** Where to point at an item: the written property if any, else the line that creates it. */
  anchor(item: ConfigItem, property?: string): Span | undefined {
    return (property ? item.props.get(property)?.span : undefined) ?? item.span ?? firstSpan(item);
  }

  identitiesOf(peer: ConfigItem): ConfigItem[] {
    const name = nameOf(peer);
    return name === undefined ? [] : this.byPeer('identities', IPSEC.identity, () => true).get(name) ?? [];
  }

  policiesOf(peer: ConfigItem): ConfigItem[] {
    const name = nameOf(peer);
    return name === undefined ? [] : this.byPeer('policies', IPSEC.policy, (policy) => this.text(policy, 'template') !== 'yes').get(name) ?? [];
  }

  private readonly peerIndexes = new Map<string, Map<string, ConfigItem[]>>();

  /** Enabled items of `menu` grouped by the peer they name, built once per view. */
  private byPeer(key: string, menu: string, keep: (item: ConfigItem) => boolean): Map<string, ConfigItem[]> {
    let index = this.peerIndexes.get(key);
    if (!index) {
      index = new Map();
      for (const item of this.enabled(menu)) {
        const peer = item.props.get('peer') ? this.text(item, 'peer') : undefined;
        if (peer === undefined || !keep(item)) continue;
        const list = index.get(peer) ?? [];
        list.push(item);
        index.set(peer, list);
      }
      this.peerIndexes.set(key, index);
    }
    return index;
  }

  /** Enabled rules of a firewall table's chain, in order (cached: rules ask for them per flow). */
  chain(menu: string, chain: string): readonly ConfigItem[] {
    const key = `${menu}\u0000${chain}`;
    let rules = this.chains.get(key);
    if (!rules) {
      rules = this.enabled(menu).filter((rule) => this.text(rule, 'chain') === chain);
      this.chains.set(key, rules);
    }
    return rules;
  }

  private readonly chains = new Map<string, ConfigItem[]>();

  profileOf(peer: ConfigItem): ConfigItem | undefined {
    return this.referenced(peer, 'profile', IPSEC.profile);
  }

  proposalOf(policy: ConfigItem): ConfigItem | undefined {
    return this.referenced(policy, 'proposal', IPSEC.proposal);
  }

  peers(): ConfigItem[] {
    return this.enabled(IPSEC.peer);
  }
}

/** Properties RouterOS 7 leaves out of an export unless `show-sensitive` is given (ipsec.md §1.15). */
export const sensitive = new Set(['secret', 'password', 'ppk-secret', 'ipsec-secret', 'export-passphrase']);

/** Free-text properties, where `true` is text; everywhere else RouterOS reads true/false as yes/no (v6 exports write them). */
const freeText = new Set(['name', 'comment', 'secret', 'password', 'my-id', 'remote-id', 'key', 'username', 'ppk-secret', 'ipsec-secret', 'common-name']);

function asYesNo(property: string, value: Known): Known {
  if (value.state !== 'known' || freeText.has(property)) return value;
  return value.text === 'true' ? known('yes') : value.text === 'false' ? known('no') : value;
}

function firstSpan(item: ConfigItem): Span | undefined {
  for (const prop of item.props.values()) if (prop.span) return prop.span;
  return undefined;
}
