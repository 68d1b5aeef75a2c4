// The parser's node objects. A node is its own span (`node.span === node`, holding `start` and `end`), so a
// tree costs one object per node instead of two: a 100,000-line export has over a million nodes, and
// allocating (and collecting) the separate span objects was a large part of reading it.
import type {
  BlockValue,
  CommandStatement,
  ConcatValue,
  ExpressionValue,
  Item,
  NamedArg,
  Span,
  Statement,
  StringValue,
  SubstitutionValue,
  Value,
  VariableValue,
  WordValue,
} from './ast';

/** Shared by every node that holds no children, so empty lists cost nothing. */
export const NONE: readonly never[] = Object.freeze([]);

abstract class Node implements Span {
  constructor(
    readonly start: number,
    readonly end: number,
  ) {}

  get span(): Span {
    return this;
  }
}

export class CommandNode extends Node implements CommandStatement {
  declare readonly kind: 'command';
  constructor(
    start: number,
    end: number,
    readonly prefix: '/' | ':' | '',
    readonly items: readonly Item[],
  ) {
    super(start, end);
  }
}

export class ArgNode extends Node implements NamedArg {
  declare readonly kind: 'arg';
  constructor(
    start: number,
    readonly nameEnd: number,
    readonly name: string,
    readonly operator: string,
    readonly value: Value,
  ) {
    super(start, value.span.end);
  }

  /** Made when asked (diagnostics and navigation ask for few): a field would cost every argument 8 bytes. */
  get nameSpan(): Span {
    return { start: this.start, end: this.nameEnd };
  }

  /** An argument is its own resolved form (model/resolved.ts `ResolvedArg`). */
  get node(): NamedArg {
    return this;
  }
}

export class WordNode extends Node implements WordValue {
  declare readonly kind: 'word';
  constructor(
    start: number,
    end: number,
    readonly text: string,
  ) {
    super(start, end);
  }

  get unsplitSpan(): Span | undefined {
    return undefined;
  }
}

/** One segment of a leading word split on `/` (`ip/ipsec/peer`): it remembers the whole word's span. */
export class PathWordNode extends WordNode {
  constructor(
    start: number,
    end: number,
    text: string,
    readonly wholeSpan: Span,
  ) {
    super(start, end, text);
  }

  override get unsplitSpan(): Span {
    return this.wholeSpan;
  }
}

export class StringNode extends Node implements StringValue {
  declare readonly kind: 'string';
  constructor(
    start: number,
    end: number,
    readonly value: string,
    readonly interpolations: StringValue['interpolations'],
    readonly closed: boolean,
  ) {
    super(start, end);
  }
}

export class VariableNode extends Node implements VariableValue {
  declare readonly kind: 'variable';
  constructor(
    start: number,
    end: number,
    readonly name: string,
  ) {
    super(start, end);
  }
}

/** `[ … ]` and `{ … }`: statements between brackets. */
abstract class BodyNode extends Node {
  constructor(
    start: number,
    end: number,
    readonly statements: readonly Statement[],
    readonly closed: boolean,
  ) {
    super(start, end);
  }
}

export class SubstitutionNode extends BodyNode implements SubstitutionValue {
  declare readonly kind: 'substitution';
}

export class BlockNode extends BodyNode implements BlockValue {
  declare readonly kind: 'block';
}

export class ExpressionNode extends Node implements ExpressionValue {
  declare readonly kind: 'expression';
  constructor(
    start: number,
    end: number,
    readonly items: readonly Value[],
    readonly closed: boolean,
  ) {
    super(start, end);
  }
}

export class ConcatNode extends Node implements ConcatValue {
  declare readonly kind: 'concat';
  constructor(
    start: number,
    end: number,
    readonly parts: readonly Value[],
  ) {
    super(start, end);
  }
}

// The kind of a node is the same for every node of a class, so it lives on the prototype rather than in
// each of the million nodes of a large export.
const KINDS: readonly [abstract new (...args: never[]) => unknown, string][] = [
  [CommandNode, 'command'],
  [ArgNode, 'arg'],
  [WordNode, 'word'],
  [StringNode, 'string'],
  [VariableNode, 'variable'],
  [SubstitutionNode, 'substitution'],
  [BlockNode, 'block'],
  [ExpressionNode, 'expression'],
  [ConcatNode, 'concat'],
];
for (const [type, kind] of KINDS) Object.defineProperty(type.prototype, 'kind', { value: kind, enumerable: true });
