// A compact, readable rendering of syntax trees, so test expectations stay one short string each.
//   word: its text (an empty word is ∅)      string: JSON ("a b"), without the closing quote if unclosed
//   $name / $"odd-name"                       [statements; …]  (statements)  {statements; …}
//   name=value (any operator)                 concatenation: parts joined by ·
//   statements: the prefix, then the items separated by spaces
import { parse } from '../../../server/src/parser/index';
import type { Item, ParseResult, Statement } from '../../../server/src/parser/index';

export function printStatement(statement: Statement, text: string): string {
  if (statement.kind === 'block') return braced('{', statement.statements.map((s) => printStatement(s, text)), '}', statement.closed);
  return statement.prefix + statement.items.map((item) => printItem(item, text)).join(' ');
}

export function printItem(item: Item, text: string): string {
  const dollar = text.charAt(item.span.start) === '$' ? '$' : '';
  switch (item.kind) {
    case 'word':
      return item.text === '' ? '∅' : item.text;
    case 'string': {
      const json = JSON.stringify(item.value);
      return item.closed ? json : json.slice(0, -1);
    }
    case 'variable':
      return /^[A-Za-z0-9_]*$/.test(item.name) ? `$${item.name}` : `$${JSON.stringify(item.name)}`;
    case 'arg':
      return `${item.name}${item.operator}${printItem(item.value, text)}`;
    case 'substitution':
      return dollar + braced('[', item.statements.map((s) => printStatement(s, text)), ']', item.closed);
    case 'expression':
      return dollar + braced('(', item.items.map((i) => printItem(i, text)), ')', item.closed, ' ');
    case 'block':
      return braced('{', item.statements.map((s) => printStatement(s, text)), '}', item.closed);
    case 'concat':
      return item.parts.map((part) => printItem(part, text)).join('·');
  }
}

function braced(open: string, inner: string[], close: string, closed: boolean, separator = '; '): string {
  return open + inner.join(separator) + (closed ? close : '');
}

/** The top-level statements of `text`, one string each. */
export function tree(text: string): string[] {
  const result = parse(text);
  return result.script.statements.map((statement) => printStatement(statement, text));
}

/** Each problem as `start:end «covered text»`, in order. */
export function problemSpans(text: string, result: ParseResult = parse(text)): string[] {
  return result.problems.map((p) => `${p.span.start}:${p.span.end} ${JSON.stringify(text.slice(p.span.start, p.span.end))}`);
}

type Spanned = { readonly start: number; readonly end: number } | { readonly span: { start: number; end: number } };

/** The text each node (or span) covers. */
export function covered(text: string, nodes: readonly Spanned[]): string[] {
  return nodes.map((node) => {
    const span = 'span' in node ? node.span : node;
    return text.slice(span.start, span.end);
  });
}

/** A node is its own span (it has more fields than `start` and `end`): the bare offsets, for deep comparisons. */
export function plainSpan(span: { readonly start: number; readonly end: number }): { start: number; end: number } {
  return { start: span.start, end: span.end };
}
