// A router's configuration: one ordered table of items per menu, with RouterOS's `*HEX` ids.
// Snapshots make safe mode and dry runs cheap: the whole store is small.
import { menuByPath, menus } from './menus';

export interface Item {
  readonly id: string;
  readonly props: Record<string, string>;
}

interface TableState {
  items: Item[];
  nextId: number;
}

export class ConfigStore {
  private tables = new Map<string, TableState>();
  private readonly listeners = new Set<(path: string) => void>();

  constructor() {
    for (const menu of menus) {
      const table: TableState = { items: [], nextId: 1 };
      this.tables.set(menu.path, table);
      for (const builtin of menu.builtins ?? []) this.insert(table, { ...(menu.defaults ?? {}), ...builtin });
    }
  }

  /** Called after every change, with the menu that changed. */
  onChange(listener: (path: string) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  items(path: string): readonly Item[] {
    return this.tables.get(path)?.items ?? [];
  }

  byId(path: string, id: string): Item | undefined {
    return this.items(path).find((item) => item.id === id);
  }

  add(path: string, props: Record<string, string>, beforeId?: string): string {
    const table = this.table(path);
    const item = this.insert(table, props);
    if (beforeId !== undefined) {
      table.items.pop();
      const at = table.items.findIndex((other) => other.id === beforeId);
      table.items.splice(at < 0 ? table.items.length : at, 0, item);
    }
    this.changed(path);
    return item.id;
  }

  update(path: string, id: string, props: Record<string, string>): void {
    const item = this.byId(path, id);
    if (!item) return;
    Object.assign(item.props, props);
    this.changed(path);
  }

  unset(path: string, id: string, names: readonly string[]): void {
    const item = this.byId(path, id);
    if (!item) return;
    for (const name of names) delete item.props[name];
    this.changed(path);
  }

  remove(path: string, id: string): void {
    const table = this.table(path);
    table.items = table.items.filter((item) => item.id !== id);
    this.changed(path);
  }

  /** The whole configuration as text: what safe mode restores and tests compare. */
  snapshot(): string {
    return JSON.stringify([...this.tables]);
  }

  /** An independent copy, for a dry run: its changes reach nobody. */
  clone(): ConfigStore {
    const copy = new ConfigStore();
    copy.tables = new Map(JSON.parse(this.snapshot()) as [string, TableState][]);
    return copy;
  }

  restore(snapshot: string): void {
    this.tables = new Map(JSON.parse(snapshot) as [string, TableState][]);
    for (const path of this.tables.keys()) this.changed(path);
  }

  /** Only what was added or changed since a fresh start: a readable picture for tests. */
  userItems(path: string): Record<string, string>[] {
    return this.items(path).filter((item) => item.props.default !== 'true').map((item) => ({ ...item.props }));
  }

  private table(path: string): TableState {
    const table = this.tables.get(path);
    if (!table || !menuByPath.has(path)) throw new Error(`no table ${path}`);
    return table;
  }

  private insert(table: TableState, props: Record<string, string>): Item {
    const item = { id: `*${(table.nextId++).toString(16).toUpperCase()}`, props: { ...props } };
    table.items.push(item);
    return item;
  }

  private changed(path: string): void {
    for (const listener of this.listeners) listener(path);
  }
}
