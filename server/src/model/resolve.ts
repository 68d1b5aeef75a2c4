// Reads a syntax tree the way the router's console does: keeps track of the current menu, and tells for
// each command line which words are menus, which the command, and which arguments.
import type { CommandStatement, Item, Script, Statement, Value, WordValue } from '../parser/ast';
import type { KnowledgeView } from '../knowledge/types';
import type { ResolvedArg, ResolvedCommand } from './resolved';

export interface ResolvedScript {
  readonly commands: readonly ResolvedCommand[];
  /** The menu a statement starts from (its current menu), for every command statement of the script. */
  readonly menuBefore: ReadonlyMap<CommandStatement, readonly string[]>;
}

interface Walk {
  readonly kb: KnowledgeView;
  readonly commands: ResolvedCommand[];
  readonly menuBefore: Map<CommandStatement, readonly string[]>;
}

export function resolveScript(script: Script, kb: KnowledgeView): ResolvedScript {
  const walk: Walk = { kb, commands: [], menuBefore: new Map() };
  walkStatements(walk, script.statements, [], false);
  return { commands: walk.commands, menuBefore: walk.menuBefore };
}

/** Walks a list of statements from `menu`; returns the menu current after them. */
function walkStatements(walk: Walk, statements: readonly Statement[], menu: readonly string[], conditional: boolean): readonly string[] {
  let current = menu;
  for (const statement of statements) {
    if (statement.kind === 'block') {
      walkStatements(walk, statement.statements, current, conditional);
      continue;
    }
    walk.menuBefore.set(statement, current);
    current = walkCommand(walk, statement, current, conditional);
  }
  return current;
}

function walkCommand(walk: Walk, statement: CommandStatement, menu: readonly string[], conditional: boolean): readonly string[] {
  if (statement.prefix === ':') {
    walkNestedBodies(walk, statement.items, menu);
    return menu;
  }
  const words = leadingWords(statement.items);
  const resolved = walk.kb.resolveWords(words.map((word) => word.text), statement.prefix === '/' ? [] : menu);
  const rest = statement.items.slice(resolved.consumed);
  const unknownWords = resolved.command === undefined && resolved.consumed < words.length ? [words[resolved.consumed]!] : [];
  const commandWord = resolved.command !== undefined ? words[resolved.consumed - 1] : undefined;
  const args: ResolvedArg[] = [];
  const unnamed: Value[] = [];
  for (const item of unknownWords.length > 0 ? statement.items.slice(resolved.consumed + 1) : rest) {
    if (item.kind === 'arg') args.push({ name: item.name, nameSpan: item.nameSpan, value: item.value, node: item });
    else unnamed.push(item);
  }
  walk.commands.push({
    statement,
    menu: resolved.menu,
    command: resolved.command,
    commandSpan: commandWord?.span,
    args,
    unnamed,
    unknownWords,
    uncovered: !walk.kb.covers(resolved.menu),
    conditional,
  });
  walkNestedBodies(walk, statement.items, menu);
  const onlyMenu = resolved.command === undefined && unknownWords.length === 0 && rest.length === 0 && words.length + (statement.prefix === '/' ? 1 : 0) > 0;
  return onlyMenu ? resolved.menu : menu;
}

/** `/ip/ipsec/peer add` and `/ip ipsec peer add` both give the words before the first argument. */
function leadingWords(items: readonly Item[]): WordValue[] {
  const words: WordValue[] = [];
  for (const item of items) {
    if (item.kind !== 'word' || item.text.startsWith('!')) break;
    words.push(item);
  }
  return words;
}

/** `do={ … }`, `else={ … }`, `on-error={ … }` and `{ … }` values: bodies that may run, or run many times. */
function walkNestedBodies(walk: Walk, items: readonly Item[], menu: readonly string[]): void {
  for (const item of items) {
    const value = item.kind === 'arg' ? item.value : item;
    if (value.kind === 'block') walkStatements(walk, value.statements, menu, true);
  }
}
