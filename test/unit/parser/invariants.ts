// What must hold of every parse, whatever the input: spans inside the text, children inside their
// parent, siblings in source order without overlap, problems and comments inside the text.
import assert from 'node:assert/strict';
import type { Item, ParseResult, Span, Statement, Value } from '../../../server/src/parser/index';

/** Fails with the first broken invariant and the text that broke it. */
export function assertWellFormed(text: string, result: ParseResult): void {
  const broken = brokenInvariant(text, result);
  assert.equal(broken, undefined, `${broken} in ${JSON.stringify(text)}`);
}

/** The first broken invariant of `result` as a sentence, or undefined when all hold. */
export function brokenInvariant(text: string, result: ParseResult): string | undefined {
  const checker = new Checker(text.length);
  checker.statements(result.script.statements, result.script.span);
  checker.inText(result.script.span, 'script');
  if (result.script.span.start !== 0 || result.script.span.end !== text.length) checker.fail('script does not span the text');
  checker.ordered(result.comments, 'comment');
  for (const problem of result.problems) {
    checker.inText(problem.span, 'problem');
    if (problem.message.trim() === '') checker.fail('problem without a message');
  }
  return checker.failure;
}

class Checker {
  failure: string | undefined;

  constructor(private readonly length: number) {}

  fail(message: string): void {
    this.failure ??= message;
  }

  inText(span: Span, what: string): void {
    if (!(span.start >= 0 && span.start <= span.end && span.end <= this.length)) {
      this.fail(`${what} span ${span.start}:${span.end} is outside the text (length ${this.length})`);
    }
  }

  /** Spans in source order, each starting at or after the end of the previous one. */
  ordered(spans: readonly Span[], what: string): void {
    let end = 0;
    for (const span of spans) {
      this.inText(span, what);
      if (span.start < end) this.fail(`${what} ${span.start}:${span.end} overlaps the one before (ending at ${end})`);
      end = span.end;
    }
  }

  children(parent: Span, nodes: readonly { readonly span: Span }[], what: string): void {
    this.ordered(nodes.map((node) => node.span), what);
    for (const node of nodes) {
      if (node.span.start < parent.start || node.span.end > parent.end) {
        this.fail(`${what} ${node.span.start}:${node.span.end} is outside its parent ${parent.start}:${parent.end}`);
      }
    }
  }

  statements(statements: readonly Statement[], parent: Span): void {
    this.children(parent, statements, 'statement');
    for (const statement of statements) {
      if (statement.kind === 'block') this.statements(statement.statements, statement.span);
      else this.items(statement.items, statement.span);
    }
  }

  items(items: readonly Item[], parent: Span): void {
    this.children(parent, items, 'item');
    for (const item of items) this.item(item);
  }

  item(item: Item): void {
    switch (item.kind) {
      case 'arg':
        this.children(item.span, [{ span: item.nameSpan }, item.value], 'argument part');
        this.item(item.value);
        return;
      case 'string':
        this.items(item.interpolations, item.span);
        return;
      case 'substitution':
      case 'block':
        this.statements(item.statements, item.span);
        return;
      case 'expression':
        this.values(item.items, item.span);
        return;
      case 'concat':
        if (item.parts.length < 2) this.fail(`concatenation ${item.span.start}:${item.span.end} has fewer than two parts`);
        this.values(item.parts, item.span);
        return;
      default:
        this.inText(item.span, item.kind);
    }
  }

  values(values: readonly Value[], parent: Span): void {
    this.items(values, parent);
  }
}
