// "What is at this offset?": the one question completion, hover and definitions all start from.
import type { Item, ParseResult, Script, Span, Statement, Value } from './ast';

type Node = Statement | Item;

/**
 * The chain of nodes containing `offset`, from the outermost statement to the innermost item. A
 * node's end counts as inside it, so at `enc-algorithms=|` the chain ends with the named argument
 * and its empty value. Where two nodes touch, the earlier one wins (the cursor is usually at the
 * end of what is being typed).
 */
export function nodesAt(source: ParseResult | Script, offset: number): readonly Node[] {
  const script = 'script' in source ? source.script : source;
  const chain: Node[] = [];
  let statements: readonly Statement[] = script.statements;
  for (;;) {
    const statement = statements[containingIndex(statements, offset)];
    if (statement === undefined) return chain;
    chain.push(statement);
    if (statement.kind === 'block') {
      statements = statement.statements;
      continue;
    }
    const inner = descendItems(statement.items, offset, chain);
    if (inner === null) return chain;
    statements = inner;
  }
}

/**
 * Walks down from a list of items; returns the statements of a block or substitution reached
 * on the way (to continue from), or null when the chain is complete.
 */
function descendItems(items: readonly Item[], offset: number, chain: Node[]): readonly Statement[] | null {
  let item: Item | undefined = items[containingIndex(items, offset)];
  while (item !== undefined) {
    chain.push(item);
    const next = childAt(item, offset);
    if (Array.isArray(next)) return next as readonly Statement[];
    item = next as Item | undefined;
  }
  return null;
}

/** The child of one item that contains `offset`: a value, or a list of statements to search. */
function childAt(item: Item, offset: number): Value | readonly Statement[] | undefined {
  switch (item.kind) {
    case 'arg':
      return contains(item.value.span, offset) ? item.value : undefined;
    case 'block':
    case 'substitution':
      return item.statements;
    case 'expression':
      return item.items[containingIndex(item.items, offset)];
    case 'concat':
      return item.parts[containingIndex(item.parts, offset)];
    case 'string':
      return item.interpolations[containingIndex(item.interpolations, offset)];
    default:
      return undefined;
  }
}

function contains(span: Span, offset: number): boolean {
  return span.start <= offset && offset <= span.end;
}

/**
 * Binary search in nodes sorted by position: the first node whose span contains `offset` (end
 * included), or -1.
 */
function containingIndex(nodes: readonly { readonly span: Span }[], offset: number): number {
  let low = 0;
  let high = nodes.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (nodes[middle].span.end < offset) low = middle + 1;
    else high = middle;
  }
  return low < nodes.length && nodes[low].span.start <= offset ? low : -1;
}

/** The index of the top-level statement containing `offset` (end included), or -1. */
export function statementIndexAt(script: Script, offset: number): number {
  return containingIndex(script.statements, offset);
}

/**
 * The index of the last top-level statement starting at or before `offset`, or -1: where to look
 * back from for the current menu (`/ip ipsec peer` lines set it for the lines below).
 */
export function precedingStatementIndex(script: Script, offset: number): number {
  const statements = script.statements;
  let low = 0;
  let high = statements.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (statements[middle].span.start <= offset) low = middle + 1;
    else high = middle;
  }
  return low - 1;
}
