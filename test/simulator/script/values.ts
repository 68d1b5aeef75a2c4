// The value of an argument as the script would compute it: words and strings, variables,
// pieces written together, and `[ find … ]` substitutions.
import type { Statement, Value } from '../../../server/src/parser/index';
import { ScriptFailure, type ScriptScope } from './scope';

/** Runs a `[ … ]` statement and returns its result; provided by the statement runner. */
export type SubstitutionRunner = (statement: Statement, scope: ScriptScope, menu: readonly string[]) => string;

function interpolate(text: string, scope: ScriptScope): string {
  return text.replace(/\$(?:"([^"]*)"|([A-Za-z0-9_-]+))/g, (_, quoted: string | undefined, bare: string | undefined) =>
    scope.variables.get(quoted ?? bare ?? '') ?? '',
  );
}

export function evaluate(value: Value, scope: ScriptScope, menu: readonly string[], run: SubstitutionRunner): string {
  switch (value.kind) {
    case 'word':
      return value.text;
    case 'string':
      return value.interpolations.length ? interpolate(value.value, scope) : value.value;
    case 'variable':
      return scope.variables.get(value.name) ?? '';
    case 'concat':
      return value.parts.map((part) => evaluate(part, scope, menu, run)).join('');
    case 'substitution':
      return value.statements.map((statement) => run(statement, scope, menu)).pop() ?? '';
    default:
      throw new ScriptFailure(`the simulator does not evaluate ${value.kind} values`, 'shape');
  }
}
