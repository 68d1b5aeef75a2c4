// Merges the per-release console trees into one tree where every menu, command and argument knows
// the releases it exists in, and every argument keeps its hint per release and its completion values.
import type { ConsoleCompletion, ConsoleNode, SchemaSet } from './load';

export interface MergedArgument {
  mask: number;
  /** The console hint per release index: a string, null (present without a hint), undefined (absent). */
  readonly hints: Array<string | null | undefined>;
  completion?: Readonly<Record<string, ConsoleCompletion>>;
}

export interface MergedCommand {
  mask: number;
  readonly args: Map<string, MergedArgument>;
}

export interface MergedMenu {
  mask: number;
  readonly menus: Map<string, MergedMenu>;
  readonly commands: Map<string, MergedCommand>;
}

function newMenu(): MergedMenu {
  return { mask: 0, menus: new Map(), commands: new Map() };
}

function childrenOf(node: ConsoleNode): Array<[string, ConsoleNode]> {
  return Object.entries(node).filter(
    (entry): entry is [string, ConsoleNode] => !entry[0].startsWith('_') && typeof entry[1] === 'object' && entry[1] !== null,
  );
}

function isMenuType(type: string | undefined): boolean {
  return type === 'dir' || type === 'path';
}

function mergeCommand(target: MergedCommand, node: ConsoleNode, index: number): void {
  target.mask |= 1 << index;
  for (const [name, child] of childrenOf(node)) {
    if (child._type !== 'arg') continue;
    let arg = target.args.get(name);
    if (!arg) target.args.set(name, (arg = { mask: 0, hints: [] }));
    arg.mask |= 1 << index;
    arg.hints[index] = child.desc ?? null;
  }
}

function mergeMenu(target: MergedMenu, node: ConsoleNode, index: number): void {
  target.mask |= 1 << index;
  for (const [name, child] of childrenOf(node)) {
    if (isMenuType(child._type)) {
      let menu = target.menus.get(name);
      if (!menu) target.menus.set(name, (menu = newMenu()));
      mergeMenu(menu, child, index);
    } else if (child._type === 'cmd') {
      let command = target.commands.get(name);
      if (!command) target.commands.set(name, (command = { mask: 0, args: new Map() }));
      mergeCommand(command, child, index);
    }
  }
}

/** Copies completion values from the deep tree onto the merged arguments at the same paths. */
function attachCompletions(target: MergedMenu, node: ConsoleNode): void {
  for (const [name, child] of childrenOf(node)) {
    if (isMenuType(child._type)) {
      const menu = target.menus.get(name);
      if (menu) attachCompletions(menu, child);
    } else if (child._type === 'cmd') {
      const command = target.commands.get(name);
      if (!command) continue;
      for (const [argName, arg] of childrenOf(child)) {
        const merged = command.args.get(argName);
        if (merged && arg._completion) merged.completion = arg._completion;
      }
    }
  }
}

export function mergeSchemas(schemas: SchemaSet): MergedMenu {
  const root = newMenu();
  schemas.trees.forEach((tree, index) => mergeMenu(root, tree, index));
  attachCompletions(root, schemas.completions.tree);
  return root;
}
