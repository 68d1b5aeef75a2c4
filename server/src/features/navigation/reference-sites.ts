// Every place a workspace file names an item: `peer=x`, `profile=x`, `interface=x`, `src-address-list=x`…
import type { Location } from 'vscode-languageserver';
import { unquotedText, type CommandStatement, type Span, type Statement, type Value } from '../../parser/index';
import type { Reference } from '../../knowledge/index';
import type { RouterDocument } from '../../model/document';
import type { NamedTarget } from './definition';
import { isInterfaceMenu } from './names';
import { propertyArgument, selectsItem } from '../properties';
import { toLocation } from '../ranges';

export function referencesTo(target: NamedTarget, docs: readonly RouterDocument[]): Location[] {
  return referenceSites(target, docs).map((site) => toLocation(site.doc, site.span));
}

/** One place a file names an item, with how it is written there (what a rename must keep valid). */
export interface ReferenceSite {
  readonly doc: RouterDocument;
  /** The name itself (inside the quotes of a quoted value). */
  readonly span: Span;
  /** Inside a quoted string. */
  readonly quoted: boolean;
  /** The whole value, not one member of a comma list. */
  readonly whole: boolean;
  /** Words the argument takes besides names (`none`, `default`…): no item can be called so. */
  readonly keywords: readonly string[];
}

/** One command line as read for references: its menu, its `name=value` arguments, its other values. */
interface CommandLine {
  readonly menu: readonly string[];
  readonly args: readonly { readonly name: string; readonly value: Value; readonly node: { readonly operator: string } }[];
  readonly unnamed: readonly Value[];
}

/**
 * Every place the files name the item, its definition aside: the arguments that refer to it (`peer=x`), in its
 * own menu the item selected by name (`set x …`, `get x …`, `[ find name=x ]`, `[ find where name=x ]`), and the
 * same inside every `[ … ]` of a script, with its menu written (`[/ip ipsec identity find peer=x]` in a `:foreach`)
 * or taken from the line around it (`set [ find peer=x ] …`).
 */
export function referenceSites(target: NamedTarget, docs: readonly RouterDocument[]): ReferenceSite[] {
  const sites: ReferenceSite[] = [];
  for (const doc of docs) {
    for (const command of doc.commands) if (command.command !== undefined) lineSites(doc, command, command.command, target, sites);
    visitStatements(new Walk(doc, target, sites), doc.parse.script.statements);
  }
  return sites;
}

/** Adds the places one command line names the item (its `[ … ]` aside) to `sites`. */
function lineSites(doc: RouterDocument, line: CommandLine, command: string, target: NamedTarget, sites: ReferenceSite[]): void {
  const inOwnMenu = sameMenu(line.menu, target.reference.menu);
  for (const arg of line.args) {
    const text = unquotedText(arg.value);
    if (text === undefined || !text.includes(target.name)) continue;
    if (inOwnMenu && command === 'find' && arg.name === target.reference.field) {
      if (arg.node.operator === '=' && text === target.name) sites.push(...site(doc, arg.value, text, target.name));
      continue;
    }
    if (arg.node.operator !== '=') continue;
    const reference = propertyArgument(doc.kb, line.menu, command, arg.name)?.reference;
    if (!reference || !sameItems(reference, target.reference)) continue;
    sites.push(...site(doc, arg.value, text, target.name, reference.keywords));
  }
  const selected = line.unnamed[0];
  if (inOwnMenu && selectsItem(command) && selected && target.reference.field === 'name' && unquotedText(selected) === target.name) {
    sites.push(...site(doc, selected, target.name, target.name));
  }
}

/** One document's walk for `[ … ]` values. */
class Walk {
  private menus: Map<CommandStatement, readonly string[]> | undefined;
  constructor(
    readonly doc: RouterDocument,
    readonly target: NamedTarget,
    readonly sites: ReferenceSite[],
  ) {}

  /** The menu a resolved command line runs in (the table is made when a first `[ … ]` needs it: exports have none). */
  menuOf(statement: CommandStatement): readonly string[] | undefined {
    this.menus ??= new Map(this.doc.commands.map((command) => [command.statement, command.menu]));
    return this.menus.get(statement);
  }
}

/** Whether a `[ … ]` can be inside the value (a string only through its `$[ … ]` interpolations). */
function mayHoldSubstitution(value: Value): boolean {
  return value.kind === 'string' ? value.interpolations.length > 0 : value.kind === 'substitution' || value.kind === 'block' || value.kind === 'concat' || value.kind === 'expression';
}

function visitStatements(walk: Walk, statements: readonly Statement[]): void {
  for (const statement of statements) {
    if (statement.kind === 'block') {
      visitStatements(walk, statement.statements);
      continue;
    }
    for (const item of statement.items) {
      const value = item.kind === 'arg' ? item.value : item;
      if (mayHoldSubstitution(value)) visitValue(walk, value, () => walk.menuOf(statement));
    }
  }
}

/** `menu`: the menu a relative `[ find … ]` inside `value` runs in, when known. */
function visitValue(walk: Walk, value: Value, menu: () => readonly string[] | undefined): void {
  switch (value.kind) {
    case 'substitution':
      for (const statement of value.statements) {
        if (statement.kind !== 'command') continue;
        const line = substitutionLine(walk.doc, statement, menu);
        if (line) lineSites(walk.doc, line, line.command, walk.target, walk.sites);
        const inner = line ? () => line.menu : statement.prefix === ':' ? menu : () => undefined;
        for (const item of statement.items) visitValue(walk, item.kind === 'arg' ? item.value : item, inner);
      }
      return;
    case 'block':
      visitStatements(walk, value.statements);
      return;
    case 'concat':
      for (const part of value.parts) visitValue(walk, part, menu);
      return;
    case 'expression':
      for (const part of value.items) visitValue(walk, part, menu);
      return;
    case 'string':
      for (const part of value.interpolations) visitValue(walk, part, menu);
      return;
    default:
      return;
  }
}

/** The command line inside `[ … ]`: its menu written from the root (`/ip ipsec peer find …`) or relative to `menu`. */
function substitutionLine(doc: RouterDocument, statement: CommandStatement, menuAround: () => readonly string[] | undefined): (CommandLine & { readonly command: string }) | undefined {
  if (statement.prefix === ':') return undefined;
  const menu = statement.prefix === '/' ? [] : menuAround();
  if (menu === undefined) return undefined;
  const words: string[] = [];
  for (const item of statement.items) {
    if (item.kind !== 'word') break;
    words.push(item.text);
  }
  const resolved = doc.kb.resolveWords(words, menu);
  if (resolved.command === undefined) return undefined;
  const rest = statement.items.slice(resolved.consumed);
  return {
    menu: resolved.menu,
    command: resolved.command,
    args: rest.flatMap((item) => (item.kind === 'arg' ? [{ name: item.name, value: item.value, node: item }] : [])),
    unnamed: rest.flatMap((item) => (item.kind === 'arg' ? [] : [item])),
  };
}

function sameMenu(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((segment, index) => segment === b[index]);
}

function site(doc: RouterDocument, value: Value, text: string, name: string, keywords: readonly string[] = []): ReferenceSite[] {
  const quoted = value.kind === 'string';
  const whole = !text.includes(',');
  return memberSpans(value, text, name).map((span) => ({ doc, span, quoted, whole, keywords }));
}

/** Two references name the same kind of item (any interface menu counts for `interface=`). */
function sameItems(a: Reference, b: Reference): boolean {
  if (a.field !== b.field) return false;
  const menuA = '/' + a.menu.join(' ');
  const menuB = '/' + b.menu.join(' ');
  if (menuA === menuB) return true;
  return (a.anyInterface === true && isInterfaceMenu(menuB)) || (b.anyInterface === true && isInterfaceMenu(menuA));
}

/** Where `name` stands as a whole member of a (comma-separated) value. */
function memberSpans(value: Value, text: string, name: string): Span[] {
  const start = value.span.start + (value.kind === 'string' ? 1 : 0);
  const spans: Span[] = [];
  let at = 0;
  for (const member of text.split(',')) {
    if (member === name) spans.push({ start: start + at, end: start + at + name.length });
    at += member.length + 1;
  }
  return spans;
}
