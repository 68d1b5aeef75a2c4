// The syntax tree of a RouterOS script. The parser knows script syntax only: which bare words are
// menu segments, commands or flags is decided later, with the knowledge base (model/).
//
// Offsets are UTF-16 code-unit offsets into the original text (what TextDocument.offsetAt returns),
// so a span stays exact across `\` line continuations, CRLF and a BOM.

export interface Span {
  readonly start: number;
  readonly end: number;
}

/** A syntax problem: RouterOS would reject the text at this span. */
export interface SyntaxProblem {
  readonly span: Span;
  readonly message: string;
}

export interface ParseResult {
  readonly script: Script;
  readonly problems: readonly SyntaxProblem[];
  /** Every `#` comment, in order, including those inside blocks. */
  readonly comments: readonly Span[];
}

export interface Script {
  readonly kind: 'script';
  readonly span: Span;
  readonly statements: readonly Statement[];
}

export type Statement = CommandStatement | BlockStatement;

/**
 * One command line (ended by a newline or `;`): `/ip ipsec peer`, `add name=a address=1.2.3.4/32`,
 * `/ip/ipsec/policy/set 0 disabled=yes`, `:local x 5`, `:if ($x > 1) do={ … }`.
 */
export interface CommandStatement {
  readonly kind: 'command';
  readonly span: Span;
  /** `/` when the line starts at the root menu, `:` for a scripting command, `` otherwise. */
  readonly prefix: '/' | ':' | '';
  /**
   * The items in source order. For `/` and `` lines, leading bare words are split on `/`
   * (`/ip/ipsec/peer add` gives the words `ip ipsec peer add`), and `..` is a word of its own.
   */
  readonly items: readonly Item[];
}

/** `{ … }` standing as a statement: a local scope. */
export interface BlockStatement {
  readonly kind: 'block';
  readonly span: Span;
  readonly statements: readonly Statement[];
  /** False when the closing brace is missing. */
  readonly closed: boolean;
}

export type Item = NamedArg | Value;

/**
 * `name=value` (also `name~value` and the other comparison operators inside `find where …`).
 * `!name` alone (unset a property) is a WordValue whose text starts with `!`.
 */
export interface NamedArg {
  readonly kind: 'arg';
  readonly span: Span;
  readonly name: string;
  readonly nameSpan: Span;
  /** `=` for arguments; `~`, `!=`, `<`, `>`, `<=`, `>=` in `where` expressions. */
  readonly operator: string;
  /** `name=` with nothing after it gives an empty WordValue whose span is empty, at the end of the `=`. */
  readonly value: Value;
}

export type Value =
  | WordValue
  | StringValue
  | VariableValue
  | SubstitutionValue
  | ExpressionValue
  | BlockValue
  | ConcatValue;

/** An unquoted token: `add`, `aes-256,aes-128`, `10.0.0.0/24`, `1d2h`, `yes`, `!disabled`, `>`. */
export interface WordValue {
  readonly kind: 'word';
  readonly span: Span;
  /** The token with line continuations removed. */
  readonly text: string;
  /**
   * Set on the pieces of a leading bare word split on `/` (`ip/ipsec/peer`): the span of the whole
   * word as written, so a resolver can rejoin a value such as `flash/backup.rsc`.
   */
  readonly unsplitSpan?: Span;
}

/**
 * `"…"`: value is unescaped, with line continuations joined. Interpolations appear in it as written
 * (`"a $x"` has the value `a $x`), so it is the plain text only when `interpolations` is empty.
 */
export interface StringValue {
  readonly kind: 'string';
  readonly span: Span;
  readonly value: string;
  /** `$var`, `$"var"`, `$(…)`, `$[…]` inside the string. */
  readonly interpolations: readonly (VariableValue | SubstitutionValue | ExpressionValue)[];
  /** False when the closing quote is missing. */
  readonly closed: boolean;
}

/**
 * `$name` or `$"name-with-dash"`. A `$` followed by neither (`"P@$$w0rd"`) gives an empty name: not a
 * syntax error, but the text does not say what its author meant.
 */
export interface VariableValue {
  readonly kind: 'variable';
  readonly span: Span;
  readonly name: string;
}

/** `[ … ]`: a command whose result is the value. */
export interface SubstitutionValue {
  readonly kind: 'substitution';
  readonly span: Span;
  readonly statements: readonly Statement[];
  readonly closed: boolean;
}

/** `( … )`: operands and operators in order (operators are WordValues). */
export interface ExpressionValue {
  readonly kind: 'expression';
  readonly span: Span;
  readonly items: readonly Value[];
  readonly closed: boolean;
}

/** `{ … }` as a value: a script body (`do={ … }`) or an array literal (`{1;2;3}`). */
export interface BlockValue {
  readonly kind: 'block';
  readonly span: Span;
  readonly statements: readonly Statement[];
  readonly closed: boolean;
}

/** Pieces written together without spaces: `10.0.0.$x`, `"a".$b`, `$prefix/24`. */
export interface ConcatValue {
  readonly kind: 'concat';
  readonly span: Span;
  readonly parts: readonly Value[];
}
