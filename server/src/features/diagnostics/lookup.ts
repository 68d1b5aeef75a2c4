// Argument facts per (menu, command, argument name), looked up once per diagnostics run: an export
// repeats the same few hundred combinations on thousands of lines.
import { legacyArgument, type ArgumentInfo, type KnowledgeView, type LegacyArgument, type Presence } from '../../knowledge/index';
import { propertyArgument } from '../properties';

export interface ArgumentFacts {
  readonly presence: Presence;
  /** The argument (or, for `find`, the property it compares), whether or not in the target release. */
  readonly info: ArgumentInfo | undefined;
  /** Its RouterOS 6 form, for the IPsec menus that have one. */
  readonly legacy: LegacyArgument | undefined;
}

export class ArgumentLookup {
  private readonly facts = new Map<string, ArgumentFacts>();

  constructor(private readonly kb: KnowledgeView) {}

  get(menu: readonly string[], command: string, name: string): ArgumentFacts {
    const key = `${menu.join(' ')}\u0000${command}\u0000${name}`;
    let found = this.facts.get(key);
    if (!found) {
      found = {
        presence: this.kb.argumentPresence(menu, command, name),
        info: propertyArgument(this.kb, menu, command, name),
        legacy: menu[1] === 'ipsec' ? legacyArgument(menu, name) : undefined,
      };
      this.facts.set(key, found);
    }
    return found;
  }
}
