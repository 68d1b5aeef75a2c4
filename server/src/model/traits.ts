// What every router has before a script runs: built-in items, single-item menus, and default values.
import type { KnowledgeView } from '../knowledge/types';
import type { Target } from '../knowledge/versions';
import { ipsecDoc } from '../knowledge/ipsec-docs/index';
import type { MenuTraits } from './config';
import type { DefaultLookup } from './ipsec';

/** Built-in items (ipsec.md §1.1 profile `default`, §1.2 proposal `default`, §1.5 the default template
 *  policy, §1.6 group `default`, §1.7 mode-config `request-only`). */
const builtins: Readonly<Record<string, readonly Readonly<Record<string, string>>[]>> = {
  '/ip ipsec profile': [{ name: 'default' }],
  '/ip ipsec proposal': [{ name: 'default' }],
  '/ip ipsec policy group': [{ name: 'default' }],
  '/ip ipsec mode-config': [{ name: 'request-only', responder: 'no' }],
  '/ip ipsec policy': [{ template: 'yes', group: 'default', 'src-address': '::/0', 'dst-address': '::/0', proposal: 'default' }],
};

/** Defaults outside the IPsec documentation that the rules read (RouterOS's own defaults for firewall rules). */
const otherDefaults: Readonly<Record<string, string>> = {
  disabled: 'no',
  action: 'accept',
};

export function menuTraits(kb: KnowledgeView): MenuTraits {
  const singletons = new Map<string, boolean>();
  return {
    isSingleton(menu) {
      let single = singletons.get(menu);
      if (single === undefined) {
        single = kb.command(menu, 'set') !== undefined && kb.command(menu, 'add') === undefined && kb.menu(menu) !== undefined;
        singletons.set(menu, single);
      }
      return single;
    },
    builtinItems(menu) {
      return builtins[menu] ?? [];
    },
    builtinMenus() {
      return Object.keys(builtins);
    },
  };
}

/** Default values for the target: RouterOS 6 keeps some older defaults (ipsec.md §1.15, DPD §5 item 1). */
export function defaultsFor(target: Target): DefaultLookup {
  const find = (menu: string, property: string): string | undefined => {
    const doc = ipsecDoc(menu.slice(1).split(' '), property)?.default;
    if (doc) return target.line === 6 ? doc.v6 ?? doc.value : doc.value;
    if (menu.startsWith('/ip firewall') && property === 'action') return otherDefaults.action;
    return property === 'disabled' ? otherDefaults.disabled : undefined;
  };
  // Rules ask for the defaults of every property a firewall rule leaves out, for each of thousands of
  // rules: the answers are remembered per menu and property.
  const remembered = new Map<string, Map<string, string | undefined>>();
  return (menu, property) => {
    let byProperty = remembered.get(menu);
    if (byProperty === undefined) remembered.set(menu, (byProperty = new Map()));
    if (byProperty.has(property)) return byProperty.get(property);
    const found = find(menu, property);
    byProperty.set(property, found);
    return found;
  };
}
