// Every place a workspace file names an item: `peer=x`, `profile=x`, `interface=x`, `src-address-list=x`…
import type { Location } from 'vscode-languageserver';
import { unquotedText, type Span, type Value } from '../../parser/index';
import type { Reference } from '../../knowledge/index';
import type { RouterDocument } from '../../model/document';
import type { NamedTarget } from './definition';
import { isInterfaceMenu } from './names';
import { propertyArgument } from '../properties';
import { toLocation } from '../ranges';

export function referencesTo(target: NamedTarget, docs: readonly RouterDocument[]): Location[] {
  const locations: Location[] = [];
  for (const doc of docs) {
    for (const command of doc.commands) {
      if (command.command === undefined) continue;
      for (const arg of command.args) {
        const text = unquotedText(arg.value);
        if (text === undefined || !text.includes(target.name)) continue;
        const reference = propertyArgument(doc.kb, command.menu, command.command, arg.name)?.reference;
        if (!reference || !sameItems(reference, target.reference)) continue;
        for (const span of memberSpans(arg.value, text, target.name)) locations.push(toLocation(doc, span));
      }
    }
  }
  return locations;
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
