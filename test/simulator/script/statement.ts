// One script statement against the configuration: walk the menu path (or change the current
// menu), then run the command with its arguments through the same checks as the API.
import type { CommandStatement, Item as SyntaxItem, Statement } from '../../../server/src/parser/index';
import { CommandFailure, addItem, menuSpec, removeItems, resolveItems, runAction, setDisabled, setItems } from '../config/menu-commands';
import { directories, menuByPath } from '../config/menus';
import { normaliseValue } from '../config/arg-kinds';
import { ScriptFailure, type ScriptScope } from './scope';
import { evaluate } from './values';

const itemVerbs = new Set(['add', 'set', 'remove', 'enable', 'disable', 'find', 'get', 'print', 'export', 'unset', 'comment']);
const ignoredScripting = new Set(['put', 'log', 'delay', 'beep', 'nothing']);

interface Command {
  readonly path: string;
  readonly verb: string;
  readonly args: Record<string, string>;
  readonly positional: string[];
}

function isWord(item: SyntaxItem | undefined, text?: string): boolean {
  return item?.kind === 'word' && (text === undefined || item.text === text);
}

/** Splits the leading words into a menu path; the first word that is no menu is the verb. */
function walkPath(statement: CommandStatement, menu: readonly string[]): { path: string[]; rest: SyntaxItem[] } {
  const path = statement.prefix === '/' ? [] : [...menu];
  const items = [...statement.items];
  while (items.length && items[0].kind === 'word') {
    const text = items[0].text;
    if (text === '..') path.pop();
    else if (directories.has([...path, text].join('/'))) path.push(text);
    else break;
    items.shift();
  }
  return { path, rest: items };
}

function bad(scope: ScriptScope, offset: number, what: string): ScriptFailure {
  const { line, column } = scope.position(offset);
  return new ScriptFailure(`${what} (line ${line} column ${column})`, 'shape');
}

function readCommand(statement: CommandStatement, scope: ScriptScope, menu: readonly string[]): Command | undefined {
  const { path, rest } = walkPath(statement, menu);
  if (rest.length === 0) return undefined;
  const [verbItem, ...argItems] = rest;
  const spec = menuByPath.get(path.join('/'));
  const knownVerb = verbItem.kind === 'word' && (itemVerbs.has(verbItem.text) || !!spec?.actions?.[verbItem.text]);
  if (verbItem.kind !== 'word' || !knownVerb || !spec) {
    throw bad(scope, verbItem.span.start, `bad command name ${verbItem.kind === 'word' ? verbItem.text : ''}`.trim());
  }
  const known = spec.actions?.[verbItem.text] ?? spec.args;
  const filters = verbItem.text === 'find' || verbItem.text === 'print' || verbItem.text === 'export';
  const args: Record<string, string> = {};
  const positional: string[] = [];
  for (const item of argItems) {
    if (isWord(item, 'where')) continue;
    if (item.kind !== 'arg') {
      positional.push(evaluate(item, scope, path, runSubstitution));
      continue;
    }
    // The console's parser knows each command's arguments: an unknown one ends the command.
    if (!filters && !known[item.name] && !['numbers', 'copy-from'].includes(item.name)) throw bad(scope, item.span.start, 'expected end of command');
    args[item.name] = evaluate(item.value, scope, path, runSubstitution);
  }
  return { path: path.join('/'), verb: verbItem.text, args, positional };
}

/** `[ find name=x ]`: the ids of matching items, as RouterOS passes them on. */
function find(scope: ScriptScope, command: Command): string {
  const menu = menuSpec(command.path);
  const wanted = Object.entries(command.args).map(([name, value]) => [name, menu.args[name] ? normaliseValue(menu.args[name], value) : value]);
  const matches = (item: { props: Record<string, string> }) =>
    wanted.every(([name, value]) => (name === 'default' ? (item.props.default ?? 'false') === normaliseValue({ kind: 'bool' }, value) : item.props[name] === value));
  return scope.store.items(command.path).filter(matches).map((item) => item.id).join(',');
}

function runCommand(scope: ScriptScope, command: Command): string {
  const { store } = scope;
  const numbers = command.positional.join(',') || command.args.numbers;
  const args = { ...command.args };
  delete args.numbers;
  switch (command.verb) {
    case 'add':
      return addItem(store, command.path, args);
    case 'set':
      setItems(store, command.path, numbers === undefined ? args : { ...args, numbers });
      return '';
    case 'remove':
      removeItems(store, command.path, numbers ?? '');
      return '';
    case 'enable':
    case 'disable':
      setDisabled(store, command.path, numbers ?? '', command.verb === 'disable');
      return '';
    case 'find':
      return find(scope, command);
    case 'get': {
      const [target, property] = command.positional;
      return resolveItems(store, menuSpec(command.path), target ?? '')[0]?.props[property ?? ''] ?? '';
    }
    case 'print':
    case 'export':
    case 'unset':
    case 'comment':
      return ''; // no effect the simulator models
    default:
      runAction(store, command.path, command.verb, numbers ?? '', args);
      return '';
  }
}

function runScripting(statement: CommandStatement, scope: ScriptScope, menu: readonly string[]): string {
  const [nameItem, ...rest] = statement.items;
  const name = nameItem?.kind === 'word' ? nameItem.text : '';
  const [variable, value] = rest;
  if ((name === 'local' || name === 'global' || name === 'set') && variable?.kind === 'word' && value?.kind !== 'arg') {
    scope.variables.set(variable.text, value ? evaluate(value, scope, menu, runSubstitution) : '');
    return '';
  }
  if (ignoredScripting.has(name)) return '';
  throw bad(scope, statement.span.start, `the simulator does not run :${name}`);
}

function runSubstitution(statement: Statement, scope: ScriptScope, menu: readonly string[]): string {
  if (statement.kind !== 'command') return '';
  if (statement.prefix === ':') return runScripting(statement, scope, menu);
  const command = readCommand(statement, scope, menu);
  return command ? runCommand(scope, command) : '';
}

/** Runs a top-level statement; a failing command reports its path and the statement's line. */
export function runStatement(statement: Statement, scope: ScriptScope): void {
  if (statement.kind === 'block') {
    for (const inner of statement.statements) runStatement(inner, scope);
    return;
  }
  if (statement.prefix === ':') {
    runScripting(statement, scope, scope.menu);
    return;
  }
  const command = readCommand(statement, scope, scope.menu);
  if (!command) {
    scope.menu = walkPath(statement, scope.menu).path;
    return;
  }
  try {
    runCommand(scope, command);
  } catch (error) {
    if (!(error instanceof CommandFailure)) throw error;
    const { line } = scope.position(statement.span.start);
    throw new ScriptFailure(`${error.message} (/${command.path}/${command.verb}; line ${line})`, error.stage);
  }
}
