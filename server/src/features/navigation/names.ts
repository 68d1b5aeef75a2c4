// The names a configuration defines (peers, profiles, pools, interfaces, address lists…), per file, for
// completion, hover, definitions and references. Completion reads the last table built for a file
// (a previous version is fine) so that typing never waits for the whole file to be re-read.
import type { Span } from '../../parser/index';
import type { Reference } from '../../knowledge/index';
import { nameOf, type ConfigItem } from '../../model/config';
import type { RouterDocument } from '../../model/document';
import type { WorkspaceIndex } from '../../model/workspace';

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

/** Names per `menu key + field`. */
type NameTable = ReadonlyMap<string, readonly DefinedName[]>;

const byDocument = new WeakMap<RouterDocument, NameTable>();
const latestByUri = new Map<string, NameTable>();

/** Builds (once per document version) the names this document defines; call after a full analysis. */
export function rememberNames(doc: RouterDocument): void {
  namesOf(doc, 'fresh');
}

/** `fresh`: of this very version (may read the whole file); `recent`: the last table built for the file. */
function namesOf(doc: RouterDocument, freshness: 'fresh' | 'recent'): NameTable {
  const known = byDocument.get(doc) ?? (freshness === 'recent' ? latestByUri.get(doc.uri) : undefined);
  if (known) return known;
  const table = buildTable(doc);
  byDocument.set(doc, table);
  latestByUri.set(doc.uri, table);
  return table;
}

function buildTable(doc: RouterDocument): NameTable {
  const table = new Map<string, DefinedName[]>();
  for (const [menu, items] of doc.config.tables) {
    for (const item of items) {
      if (item.implicitFrom !== undefined) continue;
      addName(table, doc.uri, menu, 'name', item);
      if (menu.endsWith('address-list')) addName(table, doc.uri, menu, 'list', item);
    }
  }
  return table;
}

function addName(table: Map<string, DefinedName[]>, uri: string, menu: string, field: string, item: ConfigItem): void {
  const prop = item.props.get(field);
  const name = field === 'name' ? nameOf(item) : prop?.value.state === 'known' ? prop.value.text : undefined;
  if (name === undefined || name === '') return;
  const key = `${menu}\u0000${field}`;
  const list = table.get(key) ?? [];
  list.push({ uri, menu, name, span: prop?.span, itemSpan: item.span });
  table.set(key, list);
}

/** Interfaces come from every interface menu (ethernet, bridge, vlan, gre…), not from lists of them. */
export function isInterfaceMenu(menu: string): boolean {
  const words = menu.slice(1).split(' ');
  return words[0] === 'interface' && words.length <= 2 && words[1] !== 'list';
}

/** The names of items `reference` points to, in the documents given; the first document's first. */
export function namesFor(reference: Reference, docs: readonly RouterDocument[], freshness: 'fresh' | 'recent'): DefinedName[] {
  const menu = '/' + reference.menu.join(' ');
  const found: DefinedName[] = [];
  for (const doc of docs) {
    for (const [key, names] of namesOf(doc, freshness)) {
      const [itemMenu, field] = key.split('\u0000') as [string, string];
      if (field !== reference.field) continue;
      if (itemMenu === menu || (reference.anyInterface && isInterfaceMenu(itemMenu))) found.push(...names);
    }
  }
  return found;
}

/** This document, then every other file of the workspace (each uri once, this document's version first). */
export function documentsOf(doc: RouterDocument, workspace: WorkspaceIndex): RouterDocument[] {
  return [doc, ...workspace.all().filter((other) => other.uri !== doc.uri)];
}
