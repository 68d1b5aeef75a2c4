// One argument's value: enumeration members and value kinds (address, prefix, range, time, number…)
// for the file's release, values of other releases, and RouterOS 6 values in a RouterOS 7 file.
// Values the script computes (`$var`, `[ … ]`, `( … )`) are never judged.
import type { ValueProblem } from '../../knowledge/index';
import { unquotedText, type Span } from '../../parser/index';
import type { ResolvedArg } from '../../model/resolved';
import type { CommandFacts } from './lookup';
import type { Reporter } from './report';

export function checkValue(reporter: Reporter, facts: CommandFacts, arg: ResolvedArg): void {
  const text = unquotedText(arg.value);
  if (text === undefined || text === '') return;
  const { info } = facts.argument(arg.name);
  const problem = info && facts.valueProblem(arg.name, info, text);
  if (!info || !problem) return;
  const span = valueTextSpan(arg);
  const legacy = reporter.kb.target.line === 7 ? facts.legacyValue(arg.name, text) : undefined;
  if (legacy) {
    const fixes = legacy.replacement ? [reporter.replacement(span, legacy.replacement)] : [];
    reporter.report('legacy-syntax', 'error', span, `\`${arg.name}=${text}\` is RouterOS 6 syntax: ${legacy.explanation}`, fixes);
    return;
  }
  reportProblem(reporter, arg, text, span, problem, info.kind === 'enum' || info.reference !== undefined);
}

function reportProblem(reporter: Reporter, arg: ResolvedArg, text: string, span: Span, problem: ValueProblem, enumLike: boolean): void {
  const where = problem.member !== undefined ? memberSpan(text, span, problem.member) : span;
  if (problem.existsIn) {
    reporter.report('version', reporter.versionSeverity, where, `${problem.message} (this file is checked against ${reporter.release}).`);
    return;
  }
  const routerWords = enumLike ? `input does not match any value of ${arg.name}` : `invalid value for argument ${arg.name}`;
  const hint = problem.suggestion !== undefined ? ` Did you mean \`${problem.suggestion}\`?` : '';
  const fixes = problem.suggestion !== undefined ? [reporter.replacement(where, problem.suggestion)] : [];
  reporter.report('invalid-value', reporter.rejection, where, `${problem.message}.${hint} (RouterOS: "${routerWords}")`, fixes);
}

/** The value's text without its quotes. */
function valueTextSpan(arg: ResolvedArg): Span {
  const { span } = arg.value;
  if (arg.value.kind !== 'string') return span;
  return { start: span.start + 1, end: arg.value.closed ? span.end - 1 : span.end };
}

/** The span of one member of a comma list (the whole value when it cannot be found). */
function memberSpan(text: string, span: Span, member: string): Span {
  let at = 0;
  for (const part of text.split(',')) {
    if (part.trim() === member) {
      const start = span.start + at + (part.length - part.trimStart().length);
      return { start, end: start + member.length };
    }
    at += part.length + 1;
  }
  return span;
}
