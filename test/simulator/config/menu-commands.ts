// add / set / remove / enable / disable on one menu, with RouterOS's checks and wording. The API
// handlers and the `/import` executor both go through here, so a script line and an API call
// fail the same way.
import { normaliseValue, shapeProblem, type ArgKind } from './arg-kinds';
import { menuByPath, type MenuSpec } from './menus';
import type { ConfigStore, Item } from './store';

/** A refused command: the message RouterOS would send, its trap category, and when it is found. */
export class CommandFailure extends Error {
  constructor(
    message: string,
    readonly category: number,
    /** `shape` failures are visible without running anything (a dry run finds them). */
    readonly stage: 'shape' | 'state',
  ) {
    super(message);
  }
}

const shape = (message: string) => new CommandFailure(message, 1, 'shape');
const state = (message: string, category = 4) => new CommandFailure(message, category, 'state');

export function menuSpec(path: string): MenuSpec {
  const menu = menuByPath.get(path);
  if (!menu) throw shape('no such command prefix');
  return menu;
}

/** Checks names and value shapes only: what a dry run can tell without the live configuration. */
export function checkShapes(menu: MenuSpec, args: Readonly<Record<string, string>>, command: string): void {
  for (const [name, value] of Object.entries(args)) {
    if (name === 'numbers' && command !== 'add') continue;
    if (name === 'copy-from' && command === 'add') continue;
    const kind = menu.args[name];
    if (!kind) throw shape(`unknown parameter ${name}`);
    const problem = shapeProblem(name, kind, value);
    if (problem) throw shape(problem);
  }
}

function referenceExists(store: ConfigStore, kind: ArgKind, value: string): boolean {
  if (kind.kind !== 'ref') return true;
  if (kind.also?.includes(value)) return true;
  return kind.menus.some((path) => store.items(path).some((item) => item.props.name === value));
}

function checkReferences(store: ConfigStore, menu: MenuSpec, args: Readonly<Record<string, string>>): void {
  for (const [name, value] of Object.entries(args)) {
    const kind = menu.args[name];
    if (kind && !referenceExists(store, kind, value)) throw state(`input does not match any value of ${name}`, 1);
  }
}

function checkUnique(store: ConfigStore, menu: MenuSpec, props: Readonly<Record<string, string>>, except?: string): void {
  const unique = menu.unique;
  if (!unique || props[unique.property] === undefined) return;
  const clash = store.items(menu.path).some((item) => item.id !== except && item.props[unique.property] === props[unique.property]);
  if (clash) throw state(unique.message);
}

function normalised(menu: MenuSpec, args: Readonly<Record<string, string>>): Record<string, string> {
  const props: Record<string, string> = {};
  for (const [name, value] of Object.entries(args)) {
    const kind = menu.args[name];
    if (kind && name !== 'place-before') props[name] = normaliseValue(kind, value);
  }
  return props;
}

/** Items named by `numbers`: ids (`*1`), names, or console positions, comma-separated. */
export function resolveItems(store: ConfigStore, menu: MenuSpec, numbers: string): Item[] {
  const items = store.items(menu.path);
  return numbers.split(',').filter(Boolean).map((reference) => {
    const found =
      items.find((item) => item.id === reference) ??
      items.find((item) => item.props.name === reference) ??
      (/^\d+$/.test(reference) ? items[Number(reference)] : undefined);
    if (!found) throw state('no such item', 0);
    return found;
  });
}

export function addItem(store: ConfigStore, path: string, args: Readonly<Record<string, string>>): string {
  const menu = menuSpec(path);
  if (menu.single || menu.computed) throw shape('no such command');
  checkShapes(menu, args, 'add');
  for (const name of menu.required ?? []) if (args[name] === undefined) throw shape(`missing value(s) of argument(s) ${name}`);
  checkReferences(store, menu, args);
  const given = normalised(menu, args);
  const base = args['copy-from'] === undefined ? (menu.defaults ?? {}) : resolveItems(store, menu, args['copy-from'])[0].props;
  const props = { ...given };
  for (const [name, value] of Object.entries(base)) if (!(name in props) && name !== 'default') props[name] = value;
  checkUnique(store, menu, props);
  const before = args['place-before'] === undefined ? undefined : resolveItems(store, menu, args['place-before'])[0].id;
  return store.add(path, props, before);
}

export function setItems(store: ConfigStore, path: string, args: Readonly<Record<string, string>>): void {
  const menu = menuSpec(path);
  if (menu.computed) throw shape('no such command');
  const { numbers, ...values } = args;
  checkShapes(menu, values, 'set');
  checkReferences(store, menu, values);
  const targets = menu.single ? store.items(path).slice(0, 1) : resolveItems(store, menu, numbers ?? '');
  if (!menu.single && numbers === undefined) throw shape('missing value(s) of argument(s) numbers');
  for (const item of targets) {
    const props = normalised(menu, values);
    checkUnique(store, menu, { ...item.props, ...props }, item.id);
    store.update(path, item.id, props);
  }
}

export function removeItems(store: ConfigStore, path: string, numbers: string): void {
  const menu = menuSpec(path);
  if (menu.single || menu.computed) throw shape('no such command');
  for (const item of resolveItems(store, menu, numbers)) {
    if (item.props.default === 'true') throw state('failure: can not remove default item');
    store.remove(path, item.id);
  }
}

export function setDisabled(store: ConfigStore, path: string, numbers: string, disabled: boolean): void {
  const menu = menuSpec(path);
  if (!menu.args.disabled) throw shape('no such command');
  for (const item of resolveItems(store, menu, numbers)) store.update(path, item.id, { disabled: String(disabled) });
}

/** A command that acts on one item (`sign ca ca=root`): the item and the arguments must exist. */
export function runAction(store: ConfigStore, path: string, verb: string, numbers: string, args: Readonly<Record<string, string>>): void {
  const menu = menuSpec(path);
  const action = menu.actions?.[verb];
  if (!action) throw shape(`no such command or directory (${verb})`);
  const actionMenu: MenuSpec = { ...menu, args: action };
  checkShapes(actionMenu, args, verb);
  checkReferences(store, actionMenu, args);
  const [item] = resolveItems(store, menu, numbers);
  if (verb === 'sign') store.update(path, item.id, { ca: args.ca ?? 'self', 'key-usage': item.props['key-usage'] ?? '' });
}
