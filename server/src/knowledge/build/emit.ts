// Turns the merged tree into the compact generated form: shared kind and argument-set tables, release
// masks only where something is not in every release, names in code-unit order so the output is
// byte-identical for identical input.
import { KNOWLEDGE_FORMAT, type ArgumentEntry, type CommandEntry, type GeneratedKnowledge, type KindSpec, type MenuNode } from '../data';
import { kindSpecOf } from './kinds';
import type { MergedCommand, MergedMenu } from './merge';

/** Stores each distinct value once and hands out its index. */
class InternTable<T> {
  readonly items: T[] = [];
  private readonly indexByKey = new Map<string, number>();

  indexOf(item: T): number {
    const key = JSON.stringify(item);
    let index = this.indexByKey.get(key);
    if (index === undefined) {
      index = this.items.length;
      this.items.push(item);
      this.indexByKey.set(key, index);
    }
    return index;
  }
}

function byName<T>(map: Map<string, T>): Array<[string, T]> {
  return [...map].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
}

class Emitter {
  readonly kinds = new InternTable<KindSpec>();
  readonly argumentSets = new InternTable<Record<string, ArgumentEntry>>();

  constructor(private readonly releaseCount: number) {}

  /** The parent's releases are implied: only a narrower set is written out. */
  private entry(index: number, mask: number, parentMask: number): number | [number, number] {
    return mask === parentMask ? index : [index, mask];
  }

  command(command: MergedCommand, menuMask: number): CommandEntry {
    const args: Record<string, ArgumentEntry> = {};
    for (const [name, arg] of byName(command.args)) {
      args[name] = this.entry(this.kinds.indexOf(kindSpecOf(name, arg, this.releaseCount)), arg.mask, command.mask);
    }
    return this.entry(this.argumentSets.indexOf(args), command.mask, menuMask);
  }

  menu(menu: MergedMenu, parentMask: number): MenuNode {
    const menus: Record<string, MenuNode> = {};
    for (const [name, child] of byName(menu.menus)) menus[name] = this.menu(child, menu.mask);
    const commands: Record<string, CommandEntry> = {};
    for (const [name, command] of byName(menu.commands)) commands[name] = this.command(command, menu.mask);
    return {
      ...(menu.mask !== parentMask ? { v: menu.mask } : {}),
      ...(Object.keys(menus).length > 0 ? { m: menus } : {}),
      ...(Object.keys(commands).length > 0 ? { c: commands } : {}),
    };
  }
}

export function emitKnowledge(root: MergedMenu, releases: readonly string[]): GeneratedKnowledge {
  const allReleases = (1 << releases.length) - 1;
  const emitter = new Emitter(releases.length);
  const tree = emitter.menu({ ...root, mask: allReleases }, allReleases);
  return {
    format: KNOWLEDGE_FORMAT,
    releases,
    kinds: emitter.kinds.items,
    argumentSets: emitter.argumentSets.items,
    root: tree,
  };
}
