// The knowledge of one 7.x release, read from the generated tree. Lookups are cached per view, so
// repeated questions about the same menu cost one Map lookup.
import { availabilityOf, buildArgumentInfo } from './argument-info';
import type { CommandEntry, GeneratedKnowledge, MenuNode } from './data';
import { menuKey, menuWords } from './paths';
import { isHardwareMenu, mayBeHardwareArgument } from './platform';
import { absence, presenceOf, resolveWordsWith, unknownPresence, valuePresenceOf } from './presence';
import type { ArgumentInfo, CommandInfo, KnowledgeView, MenuInfo, MenuPath, Presence, ResolvedWords } from './types';
import type { ReleaseMask, V7Target } from './versions';

interface ResolvedMenu {
  readonly node: MenuNode;
  readonly mask: ReleaseMask;
  readonly info: MenuInfo;
}

function entryParts(entry: CommandEntry, parentMask: ReleaseMask): [number, ReleaseMask] {
  return typeof entry === 'number' ? [entry, parentMask] : [entry[0], entry[1]];
}

/** Lookups depend only on the release, so every view of one release shares these. */
export class ReleaseCache {
  readonly menus = new Map<string, ResolvedMenu | null>();
  readonly argumentLists = new Map<string, ArgumentsOfCommand | null>();
}

interface ArgumentsOfCommand {
  readonly list: readonly ArgumentInfo[];
  readonly byName: ReadonlyMap<string, ArgumentInfo>;
}

export class TreeView implements KnowledgeView {
  private readonly menus: Map<string, ResolvedMenu | null>;
  private readonly argumentLists: Map<string, ArgumentsOfCommand | null>;

  constructor(readonly target: V7Target, private readonly data: GeneratedKnowledge, cache: ReleaseCache) {
    this.menus = cache.menus;
    this.argumentLists = cache.argumentLists;
  }

  /** Everything but the hardware menus a CHR-crawled tree lacks. */
  covers(path: MenuPath): boolean {
    return !isHardwareMenu(path);
  }

  private resolveMenu(path: MenuPath): ResolvedMenu | undefined {
    const key = menuKey(path);
    let resolved = this.menus.get(key);
    if (resolved === undefined) {
      resolved = this.walk(menuWords(path)) ?? null;
      this.menus.set(key, resolved);
    }
    return resolved ?? undefined;
  }

  private walk(words: readonly string[]): ResolvedMenu | undefined {
    let node = this.data.root;
    let mask = (1 << this.data.releases.length) - 1;
    for (const word of words) {
      const child = node.m && Object.hasOwn(node.m, word) ? node.m[word] : undefined;
      if (!child) return undefined;
      node = child;
      mask = child.v ?? mask;
    }
    return { node, mask, info: { path: [...words], ...availabilityOf(mask, this.target) } };
  }

  menu(path: MenuPath): MenuInfo | undefined {
    return this.resolveMenu(path)?.info;
  }

  childMenus(path: MenuPath): string[] {
    const menu = this.resolveMenu(path);
    if (!menu?.node.m) return [];
    return Object.entries(menu.node.m)
      .filter(([, child]) => availabilityOf(child.v ?? menu.mask, this.target).present)
      .map(([name]) => name);
  }

  private commandEntry(path: MenuPath, name: string): { menu: ResolvedMenu; set: number; mask: ReleaseMask } | undefined {
    const menu = this.resolveMenu(path);
    const entry = menu?.node.c && Object.hasOwn(menu.node.c, name) ? menu.node.c[name] : undefined;
    if (!menu || entry === undefined) return undefined;
    const [set, mask] = entryParts(entry, menu.mask);
    return { menu, set, mask };
  }

  command(path: MenuPath, name: string): CommandInfo | undefined {
    const found = this.commandEntry(path, name);
    if (!found) return undefined;
    return { menu: found.menu.info.path, name, ...availabilityOf(found.mask, this.target) };
  }

  commands(path: MenuPath): CommandInfo[] {
    const menu = this.resolveMenu(path);
    const names = Object.keys(menu?.node.c ?? {});
    return names.map((name) => this.command(path, name)).filter((c): c is CommandInfo => c?.present === true);
  }

  rootCommands(): CommandInfo[] {
    return this.commands([]);
  }

  private allArguments(path: MenuPath, command: string): ArgumentsOfCommand | undefined {
    const key = `${menuKey(path)}\u0000${command}`;
    let list = this.argumentLists.get(key);
    if (list === undefined) {
      list = this.buildArguments(path, command) ?? null;
      this.argumentLists.set(key, list);
    }
    return list ?? undefined;
  }

  private buildArguments(path: MenuPath, command: string): ArgumentsOfCommand | undefined {
    const found = this.commandEntry(path, command);
    if (!found) return undefined;
    const set = this.data.argumentSets[found.set] ?? {};
    const list = Object.entries(set).map(([name, entry]) => {
      const [kindIndex, mask] = entryParts(entry, found.mask);
      const spec = this.data.kinds[kindIndex] ?? { k: 'unknown' };
      return buildArgumentInfo({ menu: found.menu.info.path, command, name, mask, spec }, this.target);
    });
    return { list, byName: new Map(list.map((arg) => [arg.name, arg])) };
  }

  arguments(path: MenuPath, command: string): ArgumentInfo[] {
    return (this.allArguments(path, command)?.list ?? []).filter((arg) => arg.present);
  }

  argument(path: MenuPath, command: string, name: string): ArgumentInfo | undefined {
    return this.allArguments(path, command)?.byName.get(name);
  }

  menuPresence(path: MenuPath): Presence {
    if (!this.covers(path)) return unknownPresence();
    return presenceOf(this.menu(path)) ?? absence();
  }

  commandPresence(path: MenuPath, command: string): Presence {
    if (!this.covers(path)) return unknownPresence();
    return presenceOf(this.command(path, command)) ?? absence();
  }

  argumentPresence(path: MenuPath, command: string, argument: string): Presence {
    if (!this.covers(path)) return unknownPresence();
    const presence = presenceOf(this.argument(path, command, argument)) ?? absence();
    return presence.status === 'absent' && mayBeHardwareArgument(path, argument) ? unknownPresence() : presence;
  }

  valuePresence(path: MenuPath, command: string, argument: string, value: string): Presence {
    if (!this.covers(path)) return unknownPresence();
    return valuePresenceOf(this.argument(path, command, argument), value);
  }

  resolveWords(words: readonly string[], from: readonly string[] = []): ResolvedWords {
    return resolveWordsWith(this, words, from);
  }
}
