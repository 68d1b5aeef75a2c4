// The names a configuration defines (peers, profiles, pools, interfaces, address lists…), per file, for
// completion, hover, definitions and references. Completion reads the last table built for a file
// (a previous version is fine) so that typing never waits for the whole file to be re-read.
import type { Span } from '../../parser/index';
import type { Reference } from '../../knowledge/index';
import { nameOf, type ConfigItem } from '../../model/config';
import type { RouterDocument } from '../../model/document';
import type { WorkspaceIndex } from '../../model/workspace';
import { occurrencesIn } from './variables';
import { sliced, SlicedJob, type Cursor } from '../../slices';

export interface DefinedName {
  readonly uri: string;
  /** The menu key of the item, e.g. `/ip ipsec peer`. */
  readonly menu: string;
  readonly name: string;
  /** Where the name is written; undefined for built-in items (the `default` profile). */
  readonly span: Span | undefined;
  /** The line that creates the item. */
  readonly itemSpan: Span | undefined;
}

/** Per `menu key + field`, each name with where it is defined. */
type NameTable = ReadonlyMap<string, ReadonlyMap<string, readonly DefinedName[]>>;

/** An address list is defined by each of its entries: a few of them are enough to show and to jump to. */
const PLACES_PER_NAME = 5;

const byDocument = new WeakMap<RouterDocument, NameTable>();
const latestByUri = new Map<string, NameTable>();

/** Builds (once per document version) the names this document defines, its variables included; call after a full analysis. */
export function rememberNames(doc: RouterDocument): void {
  namesOf(doc, 'fresh');
  occurrencesIn(doc);
}

/** `fresh`: of this very version (may read the whole file); `recent`: the last table built for the file. */
function namesOf(doc: RouterDocument, freshness: 'fresh' | 'recent'): NameTable {
  const known = byDocument.get(doc) ?? (freshness === 'recent' ? latestByUri.get(doc.uri) : undefined);
  return known ?? new NamesJob(doc).finish();
}

/** Building a version's table of names in slices (see slices.ts); once done, it is what `namesOf` answers. */
export class NamesJob extends SlicedJob<NameTable> {
  private readonly table = new Map<string, Map<string, DefinedName[]>>();
  private readonly tables: (readonly [string, readonly ConfigItem[]])[];
  private menu = 0;
  private readonly cursor: Cursor = { next: 0 };

  constructor(private readonly doc: RouterDocument) {
    super();
    this.tables = [...doc.config.tables];
  }

  /** The table, once made, is remembered for the version (what `namesOf` answers). */
  protected work(deadline: number): NameTable | undefined {
    const { doc, table } = this;
    const known = byDocument.get(doc);
    if (known) return known;
    for (; this.menu < this.tables.length; this.menu++, this.cursor.next = 0) {
      const [menu, items] = this.tables[this.menu]!;
      if (!sliced(this.cursor, items.length, deadline, (index) => addItem(table, doc.uri, menu, items[index]!))) return undefined;
    }
    byDocument.set(doc, table);
    latestByUri.set(doc.uri, table);
    return table;
  }
}

function addItem(table: Map<string, Map<string, DefinedName[]>>, uri: string, menu: string, item: ConfigItem): void {
  if (item.implicitFrom !== undefined) return;
  addName(table, uri, menu, 'name', item);
  if (menu.endsWith('address-list')) addName(table, uri, menu, 'list', item);
}

function addName(table: Map<string, Map<string, DefinedName[]>>, uri: string, menu: string, field: string, item: ConfigItem): void {
  const prop = item.props.get(field);
  const name = field === 'name' ? nameOf(item) : prop?.value.state === 'known' ? prop.value.text : undefined;
  if (name === undefined || name === '') return;
  const key = `${menu}\u0000${field}`;
  let names = table.get(key);
  if (!names) table.set(key, (names = new Map()));
  const places = names.get(name) ?? [];
  if (places.length < PLACES_PER_NAME) places.push({ uri, menu, name, span: prop?.span, itemSpan: item.span });
  names.set(name, places);
}

/** Interfaces come from every interface menu (ethernet, bridge, vlan, gre…), not from lists of them. */
export function isInterfaceMenu(menu: string): boolean {
  const words = menu.slice(1).split(' ');
  return words[0] === 'interface' && words.length <= 2 && words[1] !== 'list';
}

/**
 * The names of items `reference` points to, in the documents given (the first document's first);
 * only those called `name` when it is given.
 */
export function namesFor(reference: Reference, docs: readonly RouterDocument[], freshness: 'fresh' | 'recent', name?: string): DefinedName[] {
  const menu = '/' + reference.menu.join(' ');
  const found: DefinedName[] = [];
  for (const doc of docs) {
    for (const [key, names] of namesOf(doc, freshness)) {
      const [itemMenu, field] = key.split('\u0000') as [string, string];
      if (field !== reference.field || (itemMenu !== menu && !(reference.anyInterface && isInterfaceMenu(itemMenu)))) continue;
      if (name !== undefined) found.push(...(names.get(name) ?? []));
      else for (const places of names.values()) found.push(...places);
    }
  }
  return found;
}

/**
 * This document, then every other file of the workspace that may be part of the same router (each uri once,
 * this document's version first): a name refers to an item of its own router, never to one of the router at
 * the other end of a tunnel (`WorkspaceIndex.mayBeOneRouter`).
 */
export function documentsOf(doc: RouterDocument, workspace: WorkspaceIndex): RouterDocument[] {
  return [doc, ...workspace.all().filter((other) => other.uri !== doc.uri && workspace.mayBeOneRouter(doc, other))];
}
