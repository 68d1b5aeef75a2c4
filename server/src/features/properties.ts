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
