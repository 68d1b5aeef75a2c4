// The commands of a RouterOS 6 IPsec menu and their arguments: the general commands every menu of
// its style has (ipsec.md §4.2), with `add`/`set` taking the menu's properties.
import type { V6Argument, V6Menu } from './menus';

type Arguments = Readonly<Record<string, V6Argument>>;

const any: V6Argument = { kind: 'unknown' };
const flags = (...names: string[]): Arguments => Object.fromEntries(names.map((name) => [name, any]));

const NUMBERS = flags('numbers');
const ITEM_VALUE = flags('number', 'value-name');
const PRINT = flags('as-value', 'brief', 'count-only', 'detail', 'file', 'follow', 'follow-only', 'from', 'interval',
  'terse', 'value-list', 'where', 'without-paging');
const EXPORT = flags('compact', 'file', 'hide-sensitive', 'terse', 'verbose');

const EXTRA_COMMANDS: Readonly<Record<string, Arguments>> = {
  export: EXPORT,
  move: flags('numbers', 'destination'),
  remove: NUMBERS,
  flush: {},
  'kill-connections': {},
  'generate-key': { name: { kind: 'string' }, 'key-size': { kind: 'enum', values: ['1024', '2048', '4096'] } },
  import: { 'file-name': { kind: 'string' }, name: { kind: 'string' } },
  'export-pub-key': { 'file-name': { kind: 'string' }, key: { kind: 'reference' } },
};

function withoutAddOnly(args: Arguments): Arguments {
  return Object.fromEntries(Object.entries(args).filter(([name]) => name !== 'place-before'));
}

function baseCommands(menu: V6Menu): Record<string, Arguments> {
  const common = { print: PRINT, get: ITEM_VALUE, edit: ITEM_VALUE };
  switch (menu.style) {
    case 'items':
      return {
        ...common,
        add: { ...menu.arguments, 'copy-from': { kind: 'reference' } },
        set: { ...withoutAddOnly(menu.arguments), ...NUMBERS },
        remove: NUMBERS,
        enable: NUMBERS,
        disable: NUMBERS,
        comment: { ...NUMBERS, comment: { kind: 'string' } },
        find: flags('where'),
        export: EXPORT,
      };
    case 'single':
      return { ...common, set: menu.arguments, export: EXPORT };
    case 'readonly':
      return { print: PRINT, get: ITEM_VALUE, find: flags('where') };
  }
}

/** Command name → its arguments, for one v6 menu. */
export function v6CommandsOf(menu: V6Menu): ReadonlyMap<string, Arguments> {
  const commands = baseCommands(menu);
  for (const extra of menu.extraCommands ?? []) commands[extra] = EXTRA_COMMANDS[extra] ?? {};
  return new Map(Object.entries(commands));
}
