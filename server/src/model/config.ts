// The configuration a script leaves on the router: per menu, the items in their final order, after
// every add, set, remove, enable, disable and move that a static reading can apply.
import type { Span, Value } from '../parser/ast';
import { menuKey, type ResolvedArg, type ResolvedCommand } from './resolved';
import { findConditions, itemMatches, type Condition } from './find';
import { known, knownValue, staticText } from './values';
import { Props } from './props';
import { sliced, SlicedJob, type Cursor } from '../slices';

export type { Property } from './props';

export interface ConfigItem {
  readonly key: number;
  readonly menu: string;
  readonly props: Props;
  /** Items every router has (`default` profile and proposal, …); they are not written by the script. */
  readonly builtin: boolean;
  /** The `add` line, when the script created the item. */
  readonly span: Span | undefined;
  /** Created or changed inside a block, condition or loop: it may not exist when the script has run. */
  conditional: boolean;
  /** Set on items RouterOS creates by itself from others (a tunnel's `ipsec-secret`, a v6 peer's secret). */
  readonly implicitFrom?: string;
}

export interface ModelNote {
  readonly span: Span;
  readonly message: string;
}

export interface RouterConfig {
  readonly tables: ReadonlyMap<string, readonly ConfigItem[]>;
  /** What the model could not decide (a `set` whose target is computed, …). */
  readonly notes: readonly ModelNote[];
}

export interface MenuTraits {
  /** Menus with one item and no `add` (`/ip ipsec settings`). */
  isSingleton(menu: string): boolean;
  /** Items that exist before any script runs, with the properties that identify them. */
  builtinItems(menu: string): readonly Readonly<Record<string, string>>[];
  /** The menus that have built-in items. */
  builtinMenus(): readonly string[];
}

const notStored = new Set(['place-before', 'copy-from', 'numbers']);

class ConfigBuilder {
  private readonly tables = new Map<string, ConfigItem[]>();
  private readonly notes: ModelNote[] = [];
  private nextKey = 0;

  constructor(private readonly traits: MenuTraits) {}

  apply(command: ResolvedCommand): void {
    if (command.command === undefined) return;
    const menu = menuKey(command.menu);
    switch (command.command) {
      case 'add':
        this.add(menu, command);
        break;
      case 'set':
        this.forTargets(menu, command, (item) => this.setProps(item, command.args, command.conditional));
        break;
      case 'remove':
        this.forTargets(menu, command, (item) => this.remove(menu, item));
        break;
      case 'enable':
      case 'disable': {
        const disabled = command.command === 'disable' ? 'yes' : 'no';
        this.forTargets(menu, command, (item) => item.props.set('disabled', { value: known(disabled), span: command.statement.span, nameSpan: undefined }));
        break;
      }
      case 'move':
        this.move(menu, command);
        break;
      case 'sign':
      case 'import':
        if (menu === '/certificate') this.certificate(command);
        break;
    }
  }

  result(): RouterConfig {
    for (const menu of this.traits.builtinMenus()) this.table(menu);
    return { tables: this.tables, notes: this.notes };
  }

  /** `/certificate sign X name=Y` renames the signed certificate; `/certificate import name=Y` creates one. */
  private certificate(command: ResolvedCommand): void {
    const name = command.args.find((arg) => arg.name === 'name');
    if (command.command === 'import') {
      if (name) this.add('/certificate', command);
      return;
    }
    const target = command.unnamed[0] ?? command.args.find((arg) => arg.name === 'numbers')?.value;
    const item = target ? this.targets('/certificate', target, target.span)?.[0] : undefined;
    if (item && name) item.props.set('name', { value: knownValue(name.value), span: name.value.span, nameSpan: name.nameSpan });
  }

  table(menu: string): ConfigItem[] {
    let items = this.tables.get(menu);
    if (!items) {
      items = this.traits.builtinItems(menu).map((props) => this.builtin(menu, props));
      this.tables.set(menu, items);
    }
    return items;
  }

  private builtin(menu: string, props: Readonly<Record<string, string>>): ConfigItem {
    const map = new Props();
    for (const [name, text] of Object.entries(props)) map.set(name, { value: known(text), span: undefined, nameSpan: undefined });
    return { key: this.nextKey++, menu, props: map, builtin: true, span: undefined, conditional: false };
  }

  private add(menu: string, command: ResolvedCommand): void {
    const items = this.table(menu);
    const copyFrom = command.args.find((arg) => arg.name === 'copy-from');
    const source = copyFrom && this.targets(menu, copyFrom.value, copyFrom.value.span)?.[0];
    const props = source ? new Props() : Props.written(command.args, notStored);
    const item: ConfigItem = { key: this.nextKey++, menu, props, builtin: false, span: command.statement.span, conditional: command.conditional };
    if (source) {
      for (const [name, prop] of source.props) if (name !== 'name' && name !== 'default') item.props.set(name, prop);
      this.setProps(item, command.args, command.conditional);
    }
    const placeBefore = command.args.find((arg) => arg.name === 'place-before');
    const position = placeBefore ? this.position(menu, items, placeBefore) : undefined;
    if (position === undefined) items.push(item);
    else items.splice(position, 0, item);
  }

  private position(menu: string, items: readonly ConfigItem[], placeBefore: ResolvedArg): number | undefined {
    const text = staticText(placeBefore.value);
    if (text !== undefined && /^\d+$/.test(text)) return Math.min(Number(text), items.length);
    const target = this.targets(menu, placeBefore.value, placeBefore.value.span)?.[0];
    return target ? items.indexOf(target) : undefined;
  }

  private setProps(item: ConfigItem, args: readonly ResolvedArg[], conditional: boolean): void {
    for (const arg of args) {
      if (notStored.has(arg.name)) continue;
      item.props.write(arg);
    }
    if (conditional) item.conditional = true;
  }

  private remove(menu: string, item: ConfigItem): void {
    const items = this.table(menu);
    const index = items.indexOf(item);
    if (index >= 0) items.splice(index, 1);
  }

  private move(menu: string, command: ResolvedCommand): void {
    const destination = command.args.find((arg) => arg.name === 'destination')?.value ?? command.unnamed[1];
    const items = this.table(menu);
    const selected = this.targetsOf(menu, command);
    if (!selected || !destination) return;
    const destText = staticText(destination);
    const before = destText !== undefined && /^\d+$/.test(destText) ? items[Number(destText)] : this.targets(menu, destination, destination.span)?.[0];
    for (const item of selected) items.splice(items.indexOf(item), 1);
    const at = before ? items.indexOf(before) : items.length;
    items.splice(at < 0 ? items.length : at, 0, ...selected);
  }

  private forTargets(menu: string, command: ResolvedCommand, action: (item: ConfigItem) => void): void {
    const targets = this.targetsOf(menu, command);
    for (const item of targets ?? []) action(item);
  }

  /** The items a `set`/`remove`/… line addresses, or undefined (with a note) when that cannot be known. */
  private targetsOf(menu: string, command: ResolvedCommand): ConfigItem[] | undefined {
    if (this.traits.isSingleton(menu)) return this.singleton(menu);
    const numbers = command.args.find((arg) => arg.name === 'numbers')?.value ?? command.unnamed[0];
    if (!numbers) {
      this.note(command.statement.span, `${command.command} without an item: the target cannot be known`);
      return undefined;
    }
    return this.targets(menu, numbers, numbers.span);
  }

  private singleton(menu: string): ConfigItem[] {
    const items = this.table(menu);
    if (items.length === 0) items.push(this.builtin(menu, {}));
    return [items[0]!];
  }

  private targets(menu: string, numbers: Value, span: Span): ConfigItem[] | undefined {
    const items = this.table(menu);
    if (numbers.kind === 'substitution') {
      const conditions = findConditions(numbers);
      if (conditions) return this.matching(items, conditions, span);
      this.note(span, 'the items this command changes are computed when it runs; their result is not checked');
      return undefined;
    }
    const text = staticText(numbers);
    if (text === undefined) {
      this.note(span, 'the items this command changes are computed when it runs; their result is not checked');
      return undefined;
    }
    const selected: ConfigItem[] = [];
    for (const part of text.split(',')) {
      const item = this.byReference(items, part);
      if (!item) {
        this.note(span, `no item "${part}" is created above this line; its settings are not checked`);
        return undefined;
      }
      selected.push(item);
    }
    return selected;
  }

  private byReference(items: readonly ConfigItem[], reference: string): ConfigItem | undefined {
    if (/^\d+$/.test(reference)) return items[Number(reference)];
    return items.find((item) => nameOf(item) === reference);
  }

  private matching(items: readonly ConfigItem[], conditions: readonly Condition[], span: Span): ConfigItem[] | undefined {
    const selected: ConfigItem[] = [];
    for (const item of items) {
      const verdict = itemMatches(item, conditions);
      if (verdict === 'unknown') {
        this.note(span, 'which items this find selects depends on values the script does not set; its result is not checked');
        return undefined;
      }
      if (verdict) selected.push(item);
    }
    if (selected.length === 0) this.note(span, 'this find selects no item created above this line; the command changes nothing that is checked');
    return selected;
  }

  private note(span: Span, message: string): void {
    this.notes.push({ span, message });
  }
}

export function nameOf(item: ConfigItem): string | undefined {
  const name = item.props.get('name')?.value;
  return name?.state === 'known' ? name.text : undefined;
}

export function buildConfig(commands: readonly ResolvedCommand[], traits: MenuTraits): RouterConfig {
  return new ConfigJob(commands, traits).finish();
}

/** Building the configuration in slices (see slices.ts): applies commands until the deadline passes. */
export class ConfigJob extends SlicedJob<RouterConfig> {
  private readonly builder: ConfigBuilder;
  private readonly cursor: Cursor = { next: 0 };

  constructor(
    private readonly commands: readonly ResolvedCommand[],
    traits: MenuTraits,
  ) {
    super();
    this.builder = new ConfigBuilder(traits);
  }

  protected work(deadline: number): RouterConfig | undefined {
    const { commands } = this;
    if (!sliced(this.cursor, commands.length, deadline, (index) => this.builder.apply(commands[index]!))) return undefined;
    return this.builder.result();
  }
}
