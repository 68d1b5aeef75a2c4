// A command line after the knowledge base has told which words are menus, which the command and which
// arguments: what the router would execute, in its menu.
import type { CommandStatement, NamedArg, Span, Value, WordValue } from '../parser/ast';
import { slashKey } from '../knowledge/paths';

export interface ResolvedArg {
  readonly name: string;
  readonly nameSpan: Span;
  readonly value: Value;
  readonly node: NamedArg;
}

export interface ResolvedCommand {
  readonly statement: CommandStatement;
  /** The absolute menu the command runs in, e.g. `['ip', 'ipsec', 'peer']`. */
  readonly menu: readonly string[];
  /** The command word (`add`, `set`, `print` …); undefined for a line that only changes the current menu. */
  readonly command: string | undefined;
  readonly commandSpan: Span | undefined;
  /** Arguments written `name=value`, in order. */
  readonly args: readonly ResolvedArg[];
  /** Bare words and values without a name after the command: `set 0`, `sign ca`, `export verbose`. */
  readonly unnamed: readonly Value[];
  /** Words before the command that are neither a known menu nor a known command (unknown-command). */
  readonly unknownWords: readonly WordValue[];
  /** True when the knowledge base does not cover this menu (v6 outside IPsec, or unknown version data). */
  readonly uncovered: boolean;
  /** The statement sits inside `{ }`, `:if`, `:foreach` … : it may run never or many times. */
  readonly conditional: boolean;
}

export function menuKey(menu: readonly string[]): string {
  return slashKey(menu);
}
