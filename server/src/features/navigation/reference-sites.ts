// Every place a workspace file names an item: `peer=x`, `profile=x`, `interface=x`, `src-address-list=x`…
import type { Location } from 'vscode-languageserver';
import { unquotedText, type CommandStatement, type Span, type Statement, type Value } from '../../parser/index';
import type { Reference } from '../../knowledge/index';
import type { RouterDocument } from '../../model/document';
import type { NamedTarget } from './definition';
import { isInterfaceMenu } from './names';
import { propertyArgument } from '../properties';
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

/** Commands that take the item they act on as their unnamed value: `set x …`, `remove x`, `get x address`. */
const SELECTING = new Set(['set', 'unset', 'remove', 'enable', 'disable', 'comment', 'move', 'edit', 'get']);

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
    const menuOf = new Map<CommandStatement, readonly string[]>();
    for (const command of doc.commands) {
      menuOf.set(command.statement, command.menu);
      if (command.command !== undefined) sites.push(...lineSites(doc, command, command.command, target));
    }
    visitStatements(doc, doc.parse.script.statements, menuOf, target, sites);
  }
  return sites;
}

/** The places one command line names the item (its `[ … ]` aside). */
function lineSites(doc: RouterDocument, line: CommandLine, command: string, target: NamedTarget): ReferenceSite[] {
  const sites: ReferenceSite[] = [];
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
  if (inOwnMenu && SELECTING.has(command) && selected && target.reference.field === 'name' && unquotedText(selected) === target.name) {
    sites.push(...site(doc, selected, target.name, target.name));
  }
  return sites;
}

/** Walks statements for `[ … ]` values; `menuOf` knows the menu of each resolved command line. */
function visitStatements(doc: RouterDocument, statements: readonly Statement[], menuOf: ReadonlyMap<CommandStatement, readonly string[]>, target: NamedTarget, sites: ReferenceSite[]): void {
  for (const statement of statements) {
    if (statement.kind === 'block') {
      visitStatements(doc, statement.statements, menuOf, target, sites);
      continue;
    }
    const menu = menuOf.get(statement);
    for (const item of statement.items) visitValue(doc, item.kind === 'arg' ? item.value : item, menu, menuOf, target, sites);
  }
}

/** `menu`: the menu a relative `[ find … ]` inside `value` runs in, when known. */
function visitValue(doc: RouterDocument, value: Value, menu: readonly string[] | undefined, menuOf: ReadonlyMap<CommandStatement, readonly string[]>, target: NamedTarget, sites: ReferenceSite[]): void {
  switch (value.kind) {
    case 'substitution':
      for (const statement of value.statements) {
        if (statement.kind !== 'command') continue;
        const line = substitutionLine(doc, statement, menu);
        if (line) sites.push(...lineSites(doc, line, line.command, target));
        for (const item of statement.items) visitValue(doc, item.kind === 'arg' ? item.value : item, line?.menu ?? (statement.prefix === ':' ? menu : undefined), menuOf, target, sites);
      }
      return;
    case 'block':
      visitStatements(doc, value.statements, menuOf, target, sites);
      return;
    case 'concat':
      for (const part of value.parts) visitValue(doc, part, menu, menuOf, target, sites);
      return;
    case 'expression':
      for (const part of value.items) visitValue(doc, part, menu, menuOf, target, sites);
      return;
    case 'string':
      for (const part of value.interpolations) visitValue(doc, part, menu, menuOf, target, sites);
      return;
    default:
      return;
  }
}

/** The command line inside `[ … ]`: its menu written from the root (`/ip ipsec peer find …`) or relative to `menu`. */
function substitutionLine(doc: RouterDocument, statement: CommandStatement, menu: readonly string[] | undefined): (CommandLine & { readonly command: string }) | undefined {
  if (statement.prefix === ':' || (statement.prefix === '' && menu === undefined)) return undefined;
  const words: string[] = [];
  for (const item of statement.items) {
    if (item.kind !== 'word') break;
    words.push(item.text);
  }
  const resolved = doc.kb.resolveWords(words, statement.prefix === '/' ? [] : menu);
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
