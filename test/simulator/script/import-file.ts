// `/import =file-name=…`: runs a script file line by line against the configuration and stops at
// the first line that fails, keeping what the lines before it did (RouterOS's behaviour). A dry
// run works on a copy and reports what it can see without the live state: syntax, commands,
// argument names and value shapes.
import { parse } from '../../../server/src/parser/index';
import type { ConfigStore } from '../config/store';
import { done, trap, type Outcome } from '../api/outcome';
import { ScriptFailure, ScriptScope } from './scope';
import { runStatement } from './statement';

function syntaxFailure(scope: ScriptScope, problems: readonly { span: { start: number } }[], from: number, to: number): ScriptFailure | undefined {
  const problem = problems.find((candidate) => candidate.span.start >= from && candidate.span.start < to);
  if (!problem) return undefined;
  const { line, column } = scope.position(problem.span.start);
  return new ScriptFailure(`syntax error (line ${line} column ${column})`, 'shape');
}

export function runImport(live: ConfigStore, fileName: string, dryRun: boolean): Outcome {
  const file = live.items('file').find((item) => item.props.name === fileName);
  if (!file) return trap('Cannot open import file, file does not exist');
  const text = file.props.contents ?? '';
  const { script, problems } = parse(text);
  const scope = new ScriptScope(dryRun ? live.clone() : live, new Map(), text);
  try {
    for (const statement of script.statements) {
      const failure = syntaxFailure(scope, problems, statement.span.start, statement.span.end + 1);
      if (failure) throw failure;
      try {
        runStatement(statement, scope);
      } catch (error) {
        // What depends on the live configuration is not known to a dry run.
        if (!(dryRun && error instanceof ScriptFailure && error.stage === 'state')) throw error;
      }
    }
    return done();
  } catch (error) {
    if (error instanceof ScriptFailure) return trap(error.message);
    throw error;
  }
}
