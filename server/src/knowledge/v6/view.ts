// The RouterOS 6 view. It knows the IPsec menus (hand-written, v6/menus.ts); elsewhere it answers
// from the newest 7.x tree so navigation and completion still work, but reports presence `unknown`
// there: a v6 file is never flagged outside IPsec.
import { menuKey, menuWords } from '../paths';
import { absence, presenceOf, resolveWordsWith, unknownPresence, valuePresenceOf } from '../presence';
import type { ArgumentInfo, Availability, CommandInfo, KnowledgeView, MenuInfo, MenuPath, Presence, ResolvedWords } from '../types';
import type { V6Target } from '../versions';
import { V6_AVAILABILITY, buildV6ArgumentInfo, isCertainInV6 } from './argument';
import { v6CommandsOf } from './commands';
import { V6_MENUS, type V6Argument } from './menus';

function isIpsecArea(path: MenuPath): boolean {
  const key = menuKey(path);
  return key === 'ip ipsec' || key.startsWith('ip ipsec ');
}

/** Outside the IPsec menus the 7.x answer is only a guess for v6: never strict enough to flag. */
function unjudged(info: ArgumentInfo): ArgumentInfo {
  return { ...info, closed: false, strict: false };
}

/** Something RouterOS 7 has and RouterOS 6 does not. */
function onlyInV7<T extends Availability>(info: T): T {
  return { ...info, present: false, summary: `RouterOS 7 only (${info.summary})` };
}

export class V6View implements KnowledgeView {
  constructor(readonly target: V6Target, private readonly newest: KnowledgeView) {}

  covers(path: MenuPath): boolean {
    return isIpsecArea(path);
  }

  private v6Arguments(path: MenuPath, command: string): Readonly<Record<string, V6Argument>> | undefined {
    const menu = V6_MENUS.get(menuKey(path));
    return menu ? v6CommandsOf(menu).get(command) : undefined;
  }

  menu(path: MenuPath): MenuInfo | undefined {
    if (V6_MENUS.has(menuKey(path))) return { path: menuWords(path), ...V6_AVAILABILITY };
    const modern = this.newest.menu(path);
    return modern && this.covers(path) ? onlyInV7(modern) : modern;
  }

  childMenus(path: MenuPath): string[] {
    if (!this.covers(path)) return this.newest.childMenus(path);
    const prefix = menuWords(path);
    return [...V6_MENUS.keys()]
      .map((key) => key.split(' '))
      .filter((words) => words.length === prefix.length + 1 && prefix.every((word, i) => words[i] === word))
      .map((words) => words[prefix.length]);
  }

  commands(path: MenuPath): CommandInfo[] {
    const menu = V6_MENUS.get(menuKey(path));
    if (!menu) return this.covers(path) ? [] : this.newest.commands(path);
    return [...v6CommandsOf(menu).keys()].map((name) => ({ menu: menuWords(path), name, ...V6_AVAILABILITY }));
  }

  command(path: MenuPath, name: string): CommandInfo | undefined {
    if (this.v6Arguments(path, name)) return { menu: menuWords(path), name, ...V6_AVAILABILITY };
    const modern = this.newest.command(path, name);
    return modern && this.covers(path) ? onlyInV7(modern) : modern;
  }

  arguments(path: MenuPath, command: string): ArgumentInfo[] {
    const args = this.v6Arguments(path, command);
    if (!args) return this.covers(path) ? [] : this.newest.arguments(path, command).map(unjudged);
    return Object.entries(args).map(([name, arg]) => buildV6ArgumentInfo(menuWords(path), command, name, arg, this.target));
  }

  argument(path: MenuPath, command: string, name: string): ArgumentInfo | undefined {
    const arg = this.v6Arguments(path, command)?.[name];
    if (arg) return buildV6ArgumentInfo(menuWords(path), command, name, arg, this.target);
    const modern = this.newest.argument(path, command, name);
    if (!modern) return undefined;
    return this.covers(path) ? onlyInV7(modern) : unjudged(modern);
  }

  rootCommands(): CommandInfo[] {
    return this.newest.rootCommands();
  }

  /** Present only when certain for this v6 release; absent items say where RouterOS 7 has them. */
  private presence(path: MenuPath, info: Availability | undefined, certain: boolean): Presence {
    if (!this.covers(path)) return unknownPresence();
    if (info?.present) return certain ? presenceOf(info) ?? unknownPresence() : unknownPresence();
    return presenceOf(info) ?? absence('no RouterOS release');
  }

  menuPresence(path: MenuPath): Presence {
    const menu = V6_MENUS.get(menuKey(path));
    return this.presence(path, this.menu(path), menu === undefined || isCertainInV6(menu, this.target));
  }

  commandPresence(path: MenuPath, command: string): Presence {
    const menu = V6_MENUS.get(menuKey(path));
    return this.presence(path, this.command(path, command), menu === undefined || isCertainInV6(menu, this.target));
  }

  argumentPresence(path: MenuPath, command: string, argument: string): Presence {
    const menu = V6_MENUS.get(menuKey(path));
    const arg = this.v6Arguments(path, command)?.[argument];
    const certain = arg === undefined || (isCertainInV6(arg, this.target) && (!menu || isCertainInV6(menu, this.target)));
    return this.presence(path, this.argument(path, command, argument), certain);
  }

  valuePresence(path: MenuPath, command: string, argument: string, value: string): Presence {
    const arg = this.v6Arguments(path, command)?.[argument];
    if (!this.covers(path) || !arg || arg.uncertainValues?.includes(value)) return unknownPresence();
    const presence = valuePresenceOf(this.argument(path, command, argument), value);
    if (presence.status !== 'absent') return presence;
    const modern = this.newest.valuePresence(path, command, argument, value);
    return modern.status === 'present'
      ? { status: 'absent', releases: [], summary: 'RouterOS 7 only' }
      : presence;
  }

  resolveWords(words: readonly string[], from: readonly string[] = []): ResolvedWords {
    return resolveWordsWith(this, words, from);
  }
}
