// The arguments a command line can name. `find` compares the menu's item properties
// (`[ find name=x ]`), which the console lists under `add` (or `set` for menus without `add`).
import type { ArgumentInfo, KnowledgeView } from '../knowledge/index';

const COMPARES_PROPERTIES = new Set(['find']);

function propertyCommands(kb: KnowledgeView, menu: readonly string[], command: string): string[] {
  if (!COMPARES_PROPERTIES.has(command)) return [command];
  return kb.command(menu, 'add') ? ['add', 'set'] : ['set'];
}

/** Arguments present in the file's release. */
export function propertyArguments(kb: KnowledgeView, menu: readonly string[], command: string): ArgumentInfo[] {
  for (const source of propertyCommands(kb, menu, command)) {
    const args = kb.arguments(menu, source);
    if (args.length > 0) return args;
  }
  return [];
}

/** One argument, whether or not it exists in the file's release. */
export function propertyArgument(kb: KnowledgeView, menu: readonly string[], command: string, name: string): ArgumentInfo | undefined {
  for (const source of propertyCommands(kb, menu, command)) {
    const arg = kb.argument(menu, source, name);
    if (arg) return arg;
  }
  return undefined;
}

/** Commands whose first value after the command selects the item they act on: `set x …`, `remove x`, `get x address`. */
const SELECTING = new Set(['set', 'unset', 'remove', 'enable', 'disable', 'comment', 'move', 'edit', 'get']);

export function selectsItem(command: string): boolean {
  return SELECTING.has(command);
}

/** A selection by print number (`set 0 …`, `set *1A …`) rather than by name. */
export function isItemNumber(text: string): boolean {
  return /^(\*[0-9A-Fa-f]+|[0-9]+)$/.test(text);
}
