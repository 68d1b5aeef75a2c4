// What the cursor is about to type: a menu path segment, a command, a scripting command, an argument
// name, or (part of) a value. Spans are in the cursor window's offsets.
import { nodesAt, type CommandStatement, type Item, type NamedArg, type Span, type VariableValue, type WordValue } from '../../parser/index';
import type { KnowledgeView } from '../../knowledge/index';
import { commandWordCount, leadingWords, type StatementAtCursor } from '../cursor/locate';
import type { CursorWindow } from '../cursor/window';

export type CompletionContext =
  | { readonly kind: 'path'; readonly menu: readonly string[]; readonly range: Span }
  | { readonly kind: 'scripting'; readonly range: Span }
  | ArgumentNameContext
  | ValueContext
  | { readonly kind: 'variable'; readonly range: Span; readonly quoted: boolean }
  | { readonly kind: 'none' };

export interface ArgumentNameContext {
  readonly kind: 'argument-name';
  readonly menu: readonly string[];
  readonly command: string;
  /** Arguments already written on the line. */
  readonly given: ReadonlySet<string>;
  readonly range: Span;
  /** Only the name is typed: the `=` is already there, or the word unsets a property (`!name`). */
  readonly nameOnly: boolean;
}

export interface ValueContext {
  readonly kind: 'value';
  readonly menu: readonly string[];
  readonly command: string;
  readonly argument: string;
  /** The member of a comma list being typed (the whole value when it is no list). */
  readonly range: Span;
  /** The other members already in the list. */
  readonly others: readonly string[];
}

const NONE: CompletionContext = { kind: 'none' };

export function completionContext(window: CursorWindow, at: StatementAtCursor): CompletionContext {
  const { statement } = at;
  const offset = window.offset;
  if (window.parsed.comments.some((comment) => comment.start < offset && offset <= comment.end)) return NONE;
  const innermost = nodesAt(window.parsed, offset).at(-1);
  if (innermost?.kind === 'variable') return variableContext(window, innermost);
  const item = itemAt(statement.items, offset);
  if (statement.prefix === ':') return scriptingContext(window, statement, item);
  const words = leadingWords(statement.items);
  const from = statement.prefix === '/' ? [] : at.menu;
  const kb = window.doc.kb;
  if (item?.kind === 'word' && words.includes(item)) return wordContext(kb, words, item, from);
  const resolved = kb.resolveWords(texts(words), from);
  if (commandWordCount(kb, resolved, words.length) < words.length) return NONE;
  if (item === undefined && resolved.command === undefined) {
    const onlyWords = statement.items.every((it) => it.span.end > offset || words.includes(it as WordValue));
    return onlyWords ? { kind: 'path', menu: resolved.menu, range: { start: offset, end: offset } } : NONE;
  }
  if (resolved.command === undefined) return NONE;
  return argumentContext(window, statement, item, resolved.menu, resolved.command);
}

/** `$|`, `$na|`, `$"my-|`: the name after the dollar sign. */
function variableContext(window: CursorWindow, variable: VariableValue): CompletionContext {
  const quoted = window.text.charCodeAt(variable.span.start + 1) === 34;
  const start = variable.span.start + (quoted ? 2 : 1);
  const end = quoted && window.text.charCodeAt(variable.span.end - 1) === 34 && variable.span.end - 1 >= start ? variable.span.end - 1 : variable.span.end;
  return { kind: 'variable', range: { start, end }, quoted };
}

/** The cursor is on a word of the path: a menu segment, or the command once the path is complete. */
function wordContext(kb: KnowledgeView, words: readonly WordValue[], word: WordValue, from: readonly string[]): CompletionContext {
  const before = words.slice(0, words.indexOf(word));
  const resolved = kb.resolveWords(texts(before), from);
  if (commandWordCount(kb, resolved, before.length) < before.length) return NONE;
  if (resolved.command === undefined) return { kind: 'path', menu: resolved.menu, range: word.span };
  return { kind: 'argument-name', menu: resolved.menu, command: resolved.command, given: givenNames(before, word), range: word.span, nameOnly: false };
}

/** `:|`, `:fo|` name the scripting command; after it come its arguments (`:foreach i in=|`). */
function scriptingContext(window: CursorWindow, statement: CommandStatement, item: Item | undefined): CompletionContext {
  const first = statement.items[0];
  if (first === undefined) return { kind: 'scripting', range: { start: window.offset, end: window.offset } };
  if (item === first) return first.kind === 'word' ? { kind: 'scripting', range: first.span } : NONE;
  if (first.kind !== 'word') return NONE;
  return argumentContext(window, statement, item, [], first.text);
}

function argumentContext(window: CursorWindow, statement: CommandStatement, item: Item | undefined, menu: readonly string[], command: string): CompletionContext {
  const offset = window.offset;
  const given = givenNames(statement.items, item);
  if (item === undefined) return { kind: 'argument-name', menu, command, given, range: { start: offset, end: offset }, nameOnly: false };
  if (item.kind === 'word') {
    const unset = item.text.startsWith('!');
    const range = unset ? { start: item.span.start + 1, end: item.span.end } : item.span;
    return { kind: 'argument-name', menu, command, given, range, nameOnly: unset };
  }
  if (item.kind !== 'arg') return NONE;
  if (offset <= item.nameSpan.end) return { kind: 'argument-name', menu, command, given, range: item.nameSpan, nameOnly: true };
  return valueContext(window, item, menu, command);
}

function valueContext(window: CursorWindow, arg: NamedArg, menu: readonly string[], command: string): CompletionContext {
  if (arg.value.kind !== 'word') return NONE;
  const { start, end } = arg.value.span;
  const raw = window.text.slice(start, end);
  const cursor = window.offset - start;
  const memberStart = raw.lastIndexOf(',', cursor - 1) + 1;
  const nextComma = raw.indexOf(',', cursor);
  const memberEnd = nextComma < 0 ? raw.length : nextComma;
  const current = raw.slice(0, memberStart).split(',').length - 1;
  const others = raw.split(',').filter((member, index) => member !== '' && index !== current);
  return { kind: 'value', menu, command, argument: arg.name, range: { start: start + memberStart, end: start + memberEnd }, others };
}

/** The item whose span holds `offset` (its end included); where two touch, the earlier one. */
function itemAt(items: readonly Item[], offset: number): Item | undefined {
  return items.find((item) => item.span.start <= offset && offset <= item.span.end);
}

function texts(words: readonly WordValue[]): string[] {
  return words.map((word) => word.text);
}

function givenNames(items: readonly Item[], except: Item | undefined): Set<string> {
  const names = new Set<string>();
  for (const item of items) {
    if (item === except) continue;
    if (item.kind === 'arg') names.add(item.name);
    else if (item.kind === 'word' && item.text.startsWith('!')) names.add(item.text.slice(1));
  }
  return names;
}
