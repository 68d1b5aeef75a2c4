// Arguments of one command line: unknown names (with "did you mean"), RouterOS 6 names in a RouterOS 7
// file, names that exist only in other releases, and names given twice.
import type { ResolvedArg, ResolvedCommand } from '../../model/resolved';
import { propertyArguments } from '../properties';
import { suggestion, type Reporter } from './report';
import type { CommandFacts } from './lookup';
import { checkValue } from './values';

/** The names checked so far on the current line (one line at a time: no set per line). */
const seen: string[] = [];

export function checkArguments(reporter: Reporter, command: ResolvedCommand): void {
  if (command.command === undefined) return;
  const facts = reporter.lookup.command(command.menu, command.command);
  const where = whereOffset(command);
  const args = command.args;
  seen.length = 0;
  let prefix: string | undefined;
  for (let index = 0; index < args.length; index++) {
    let arg = args[index]!;
    // `name=value` arguments only; comparisons after `where` (`print where name=x`) are not arguments.
    if (arg.node.operator !== '=' || (where >= 0 && arg.nameSpan.start >= where)) continue;
    // Exports shorten repeated dotted names: `local.address=… .role=ebgp` means `local.role`.
    if (arg.name.charCodeAt(0) === DOT && prefix !== undefined) arg = { ...arg, name: prefix + arg.name };
    else {
      const dot = arg.name.lastIndexOf('.');
      prefix = dot > 0 ? arg.name.slice(0, dot) : undefined;
    }
    if (seen.includes(arg.name)) {
      reporter.report('duplicate-property', 'warning', arg.nameSpan, `\`${arg.name}\` is given twice on this line; only one value takes effect.`);
    } else seen.push(arg.name);
    if (argumentExists(reporter, facts, arg)) checkValue(reporter, facts, arg);
  }
}

const DOT = 0x2e;

/** Where the line's `where` word starts, or -1. */
function whereOffset(command: ResolvedCommand): number {
  for (const item of command.statement.items) if (item.kind === 'word' && item.text === 'where') return item.span.start;
  return -1;
}

function argumentExists(reporter: Reporter, facts: CommandFacts, arg: ResolvedArg): boolean {
  const { menu, command } = facts;
  const { presence, legacy, info } = facts.argument(arg.name);
  const v7 = reporter.kb.target.line === 7;
  if (presence.status === 'unknown') return false;
  if (presence.status === 'present') {
    if (legacy?.stillAccepted && v7) reporter.report('legacy-syntax', 'information', arg.nameSpan, `\`${arg.name}\`: ${legacy.explanation}`);
    return true;
  }
  if (legacy && v7) {
    const where = `/${legacy.replacement.menu.join(' ')}`;
    reporter.report('legacy-syntax', 'error', arg.nameSpan,
      `\`${arg.name}\` on /${menu.join(' ')} is RouterOS 6 syntax: moved to ${where} in 6.43, and RouterOS 7 rejects it here. ${legacy.explanation}`);
  } else if (presence.releases.length > 0) {
    reporter.report('version', reporter.versionSeverity, arg.nameSpan,
      `\`${arg.name}\` is not an argument of /${menu.join(' ')} ${command} in ${reporter.release}: it exists in ${presence.summary}.`);
  } else if (!info?.present) {
    reportUnknown(reporter, menu, command, arg);
  }
  return false;
}

function reportUnknown(reporter: Reporter, menu: readonly string[], command: string, arg: ResolvedArg): void {
  const names = propertyArguments(reporter.kb, menu, command).map((known) => known.name);
  const hint = suggestion(reporter, arg.name, arg.nameSpan, names);
  reporter.report('unknown-property', reporter.rejection, arg.nameSpan,
    `\`${arg.name}\` is not an argument of /${menu.join(' ')} ${command}.${hint.text} (RouterOS: "expected end of command")`, hint.fixes);
}
