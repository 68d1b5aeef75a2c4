// Scripting commands (`:if`, `:foreach`, `:local` …): an unknown name after `:` anywhere in the script.
import type { Item, Statement } from '../../parser/index';
import { suggestion, type Reporter } from './report';

export function checkScriptingCommands(reporter: Reporter, statements: readonly Statement[]): void {
  const check = scriptingCheck(reporter);
  if (check) for (const statement of statements) check(statement);
}

/**
 * The check of one top-level statement (and everything nested in it), for checking a script statement by
 * statement; undefined when the knowledge base does not cover scripting commands (RouterOS 6).
 */
export function scriptingCheck(reporter: Reporter): ((statement: Statement) => void) | undefined {
  if (!reporter.kb.covers([])) return undefined;
  const known = new Set(reporter.kb.rootCommands().map((command) => command.name));
  const visit: Visit = (statement) => {
    const first = statement.items[0];
    // `:log info "…"` runs the root menu /log like a scripting command.
    if (first?.kind !== 'word' || known.has(first.text) || reporter.kb.command([], first.text) || reporter.kb.menu([first.text])) return;
    const hint = suggestion(reporter, first.text, first.span, known);
    reporter.report('unknown-command', reporter.rejection, first.span,
      `\`:${first.text}\` is not a scripting command.${hint.text} (RouterOS: "bad command name ${first.text}")`, hint.fixes);
  };
  return (statement) => walk([statement], visit);
}

type Visit = (statement: Statement & { kind: 'command' }) => void;

function walk(statements: readonly Statement[], visit: Visit): void {
  for (const statement of statements) {
    if (statement.kind === 'block') {
      walk(statement.statements, visit);
      continue;
    }
    if (statement.prefix === ':') visit(statement);
    for (const item of statement.items) walkItem(item, visit);
  }
}

function walkItem(item: Item, visit: Visit): void {
  const value = item.kind === 'arg' ? item.value : item;
  if (value.kind === 'block' || value.kind === 'substitution') walk(value.statements, visit);
  else if (value.kind === 'expression') for (const part of value.items) walkItem(part, visit);
  else if (value.kind === 'concat') for (const part of value.parts) walkItem(part, visit);
  else if (value.kind === 'string') for (const part of value.interpolations) walkItem(part, visit);
}
