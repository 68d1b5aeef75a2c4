// Every place a workspace file names an item: `peer=x`, `profile=x`, `interface=x`, `src-address-list=x`…
import type { Location } from 'vscode-languageserver';
import { unquotedText, type Span, type SubstitutionValue, type Value } from '../../parser/index';
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

/** Commands that take the item they act on as their unnamed value: `set x …`, `remove x`. */
const SELECTING = new Set(['set', 'unset', 'remove', 'enable', 'disable', 'comment', 'move', 'edit']);

/**
 * Every place the files name the item, its definition aside: the arguments that refer to it (`peer=x`), and,
 * in its own menu, the item selected by name (`set x …`, `[ find name=x ]`, `[ find where name=x ]`).
 */
export function referenceSites(target: NamedTarget, docs: readonly RouterDocument[]): ReferenceSite[] {
  const sites: ReferenceSite[] = [];
  const ownMenu = '/' + target.reference.menu.join(' ');
  for (const doc of docs) {
    for (const command of doc.commands) {
      if (command.command === undefined) continue;
      const inOwnMenu = '/' + command.menu.join(' ') === ownMenu;
      for (const arg of command.args) {
        const text = unquotedText(arg.value);
        if (text === undefined || !text.includes(target.name)) continue;
        if (inOwnMenu && command.command === 'find' && arg.name === target.reference.field) {
          if (text === target.name) sites.push(...site(doc, arg.value, text, target.name));
          continue;
        }
        const reference = propertyArgument(doc.kb, command.menu, command.command, arg.name)?.reference;
        if (!reference || !sameItems(reference, target.reference)) continue;
        sites.push(...site(doc, arg.value, text, target.name, reference.keywords));
      }
      if (inOwnMenu && SELECTING.has(command.command)) {
        const selected = command.unnamed[0];
        if (selected?.kind === 'substitution') {
          for (const value of foundBy(selected, target.reference.field)) {
            if (unquotedText(value) === target.name) sites.push(...site(doc, value, target.name, target.name));
          }
        } else if (selected && target.reference.field === 'name' && unquotedText(selected) === target.name) {
          sites.push(...site(doc, selected, target.name, target.name));
        }
      }
    }
  }
  return sites;
}

/** The values compared with `field` (`=` only) in `[ find field=… ]` or `[ find where field=… ]`. */
function foundBy(substitution: SubstitutionValue, field: string): Value[] {
  const [statement] = substitution.statements;
  if (substitution.statements.length !== 1 || statement?.kind !== 'command' || statement.prefix !== '') return [];
  const [first, ...rest] = statement.items;
  if (first?.kind !== 'word' || first.text !== 'find') return [];
  return rest.flatMap((item) => (item.kind === 'arg' && item.name === field && item.operator === '=' ? [item.value] : []));
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
