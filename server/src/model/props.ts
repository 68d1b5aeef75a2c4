// The properties of one configuration item. A 100,000-line export has about 80,000 items with five to
// fifteen properties each, and the checks read few of them: a `Map` per item with a property object per
// written argument held ~30 MB there (a heap snapshot: 15,700 maps and 63,500 property objects per 20,000
// lines). Here an item keeps one flat array of names and entries, and a written argument becomes a
// property object only when something reads it.
import type { Span } from '../parser/ast';
import type { ResolvedArg } from './resolved';
import { knownValue, type Known } from './values';

export interface Property {
  readonly value: Known;
  /** Where the value is written (for built-in defaults: undefined). */
  readonly span: Span | undefined;
  readonly nameSpan: Span | undefined;
}

/** A property written in the script: its value is read from the argument when first asked for. */
class WrittenProperty implements Property {
  private knownCache: Known | undefined = undefined;
  constructor(private readonly arg: ResolvedArg) {}

  get value(): Known {
    return (this.knownCache ??= knownValue(this.arg.value));
  }

  get span(): Span {
    return this.arg.value.span;
  }

  get nameSpan(): Span {
    return this.arg.nameSpan;
  }
}

type Entry = Property | ResolvedArg;

/** An argument not yet read as a property (a `Property` has no `node`). */
function unread(entry: Entry): entry is ResolvedArg {
  return (entry as ResolvedArg).node !== undefined;
}

/** The part of `Map<string, Property>` the model's readers use, in insertion order like a `Map`. */
export class Props implements Iterable<[string, Property]> {
  /** name, entry, name, entry, … */
  private slots: (string | Entry)[] = [];

  constructor(entries?: Iterable<readonly [string, Property]>) {
    if (entries) for (const [name, prop] of entries) this.set(name, prop);
  }

  get size(): number {
    return this.slots.length / 2;
  }

  has(name: string): boolean {
    return this.indexOf(name) >= 0;
  }

  get(name: string): Property | undefined {
    const index = this.indexOf(name);
    return index < 0 ? undefined : this.at(index);
  }

  set(name: string, prop: Property): this {
    this.put(name, prop);
    return this;
  }

  /** Records a written argument under its name; it is read as a property when first asked for. */
  write(arg: ResolvedArg): void {
    this.put(arg.name, arg);
  }

  /**
   * The properties an `add` line writes (but those `skip` names; of a name given twice, the last, in the
   * first one's place), in an array of exactly their size: an array grown by `push` keeps room for more,
   * which at 80,000 items is megabytes of nothing.
   */
  static written(args: readonly ResolvedArg[], skip: ReadonlySet<string>): Props {
    const props = new Props();
    const slots: (string | Entry)[] = new Array(args.length * 2);
    let end = 0;
    for (const arg of args) {
      if (skip.has(arg.name)) continue;
      const earlier = indexIn(slots, arg.name, end);
      if (earlier >= 0) slots[earlier + 1] = arg;
      else {
        slots[end++] = arg.name;
        slots[end++] = arg;
      }
    }
    slots.length = end;
    props.slots = slots;
    return props;
  }

  *keys(): IterableIterator<string> {
    for (let index = 0; index < this.slots.length; index += 2) yield this.slots[index] as string;
  }

  *values(): IterableIterator<Property> {
    for (let index = 0; index < this.slots.length; index += 2) yield this.at(index);
  }

  *[Symbol.iterator](): IterableIterator<[string, Property]> {
    for (let index = 0; index < this.slots.length; index += 2) yield [this.slots[index] as string, this.at(index)];
  }

  private indexOf(name: string): number {
    return indexIn(this.slots, name, this.slots.length);
  }

  private put(name: string, entry: Entry): void {
    const index = this.indexOf(name);
    if (index >= 0) this.slots[index + 1] = entry;
    else this.slots.push(name, entry);
  }

  /** The property of the pair at `index`, made (once) from its argument if it was never read. */
  private at(index: number): Property {
    const entry = this.slots[index + 1] as Entry;
    if (!unread(entry)) return entry;
    const prop = new WrittenProperty(entry);
    this.slots[index + 1] = prop;
    return prop;
  }
}

/** Where `name` is among the first `end` slots (names at even places), or -1. */
function indexIn(slots: readonly (string | Entry)[], name: string, end: number): number {
  for (let index = 0; index < end; index += 2) if (slots[index] === name) return index;
  return -1;
}
