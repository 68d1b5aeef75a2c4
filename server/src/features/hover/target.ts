// What the word under the cursor is: a menu, a command, a scripting command, an argument name, a value
// (one member of a comma list), or a variable. Spans are in the cursor window's offsets.
import { nodesAt, type Item, type Span, type WordValue } from '../../parser/index';
import type { KnowledgeView } from '../../knowledge/index';
import { commandWordCount, hasItems, leadingWords, statementAtCursor, type StatementAtCursor } from '../cursor/locate';
import type { CursorWindow } from '../cursor/window';
import { isItemNumber, selectsItem } from '../properties';

export type HoverTarget =
  | { readonly kind: 'menu'; readonly menu: readonly string[]; readonly span: Span }
  | { readonly kind: 'command'; readonly menu: readonly string[]; readonly command: string; readonly span: Span }
  | { readonly kind: 'scripting'; readonly command: string; readonly span: Span }
  | { readonly kind: 'argument'; readonly menu: readonly string[]; readonly command: string; readonly name: string; readonly span: Span }
  | ValueTarget
  | { readonly kind: 'variable'; readonly name: string; readonly span: Span };

export interface ValueTarget {
  readonly kind: 'value';
  readonly menu: readonly string[];
  readonly command: string;
  readonly name: string;
  /** The list member under the cursor (the whole value when it is no list). */
  readonly member: string;
  readonly span: Span;
  /** The value selects an existing item by its name (`set x …`, `get x …`) rather than giving one (`name=x`). */
  readonly selects?: true;
}

export function hoverTarget(window: CursorWindow): HoverTarget | undefined {
  const chain = nodesAt(window.parsed, window.offset);
  const innermost = chain[chain.length - 1];
  if (innermost?.kind === 'variable') return { kind: 'variable', name: innermost.name, span: innermost.span };
  const at = statementAtCursor(window);
  const item = at.statement.items.find((it) => it.span.start <= window.offset && window.offset <= it.span.end);
  if (!item) return undefined;
  if (at.statement.prefix === ':') return scriptingTarget(window, at, item);
  const words = leadingWords(at.statement.items);
  const from = at.statement.prefix === '/' ? [] : at.menu;
  const kb = window.doc.kb;
  const resolved = kb.resolveWords(words.map((word) => word.text), from);
  const selection = selectionTarget(window, at, item, resolved.menu, resolved.command, resolved.consumed);
  if (selection) return selection;
  if (item.kind === 'word' && words.includes(item)) return pathTarget(kb, words.slice(0, words.indexOf(item) + 1), from);
  if (resolved.command === undefined || commandWordCount(kb, resolved, words.length) < words.length) return undefined;
  return argumentTarget(window, item, resolved.menu, resolved.command);
}

/** `set x …`, `get x …`: the item selected by its name (not by its print number), as the value of its `name`. */
function selectionTarget(window: CursorWindow, at: StatementAtCursor, item: Item, menu: readonly string[], command: string | undefined, consumed: number): ValueTarget | undefined {
  if (command === undefined || !selectsItem(command) || at.statement.items[consumed] !== item || !hasItems(window.doc.kb, menu)) return undefined;
  if (item.kind !== 'word' && item.kind !== 'string') return undefined;
  const value = memberAt(window, item);
  if (value.member === '' || isItemNumber(value.member) || (item.kind === 'word' && value.member.includes(','))) return undefined;
  return { kind: 'value', menu, command, name: 'name', member: item.kind === 'word' ? item.text : value.member, span: item.kind === 'word' ? item.span : value.span, selects: true };
}

function pathTarget(kb: KnowledgeView, words: readonly WordValue[], from: readonly string[]): HoverTarget | undefined {
  const resolved = kb.resolveWords(words.map((word) => word.text), from);
  if (resolved.consumed < words.length) return undefined;
  const span = words[words.length - 1]!.span;
  if (resolved.command !== undefined) return { kind: 'command', menu: resolved.menu, command: resolved.command, span };
  return { kind: 'menu', menu: resolved.menu, span };
}

function scriptingTarget(window: CursorWindow, at: StatementAtCursor, item: Item): HoverTarget | undefined {
  const first = at.statement.items[0];
  if (first?.kind !== 'word') return undefined;
  if (item === first) return { kind: 'scripting', command: first.text, span: first.span };
  return argumentTarget(window, item, [], first.text);
}

function argumentTarget(window: CursorWindow, item: Item, menu: readonly string[], command: string): HoverTarget | undefined {
  if (item.kind === 'word') {
    const name = item.text.replace(/^!/, '');
    return { kind: 'argument', menu, command, name, span: item.span };
  }
  if (item.kind !== 'arg') return undefined;
  if (window.offset <= item.nameSpan.end) return { kind: 'argument', menu, command, name: item.name, span: item.nameSpan };
  if (item.value.kind !== 'word' && item.value.kind !== 'string') return undefined;
  return { kind: 'value', menu, command, name: item.name, ...memberAt(window, item.value) };
}

/** The comma-separated member of a value under the cursor. */
function memberAt(window: CursorWindow, value: Item & { kind: 'word' | 'string' }): { member: string; span: Span } {
  const inner = value.kind === 'string' ? { start: value.span.start + 1, end: value.span.end - (value.closed ? 1 : 0) } : value.span;
  const raw = window.text.slice(inner.start, inner.end);
  const cursor = Math.max(0, Math.min(window.offset - inner.start, raw.length));
  const start = raw.lastIndexOf(',', cursor - 1) + 1;
  const comma = raw.indexOf(',', cursor);
  const end = comma < 0 ? raw.length : comma;
  return { member: raw.slice(start, end), span: { start: inner.start + start, end: inner.start + end } };
}
