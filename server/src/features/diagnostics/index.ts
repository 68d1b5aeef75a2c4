// Core diagnostics: what RouterOS itself would say about each line (syntax, unknown menus, commands
// and arguments, invalid values, release differences, RouterOS 6 syntax), before any IPsec rule runs.
import type { Finding } from '../../analysis/finding';
import type { RouterDocument } from '../../model/document';
import type { ResolvedCommand } from '../../model/resolved';
import { changesMenu } from '../cursor/locate';
import { rememberNames } from '../navigation/names';
import { checkArguments } from './arguments';
import { checkCommandWords } from './commands';
import { Reporter } from './report';
import { checkScriptingCommands } from './scripting';

export function coreDiagnostics(doc: RouterDocument): Finding[] {
  const reporter = new Reporter(doc);
  for (const problem of doc.parse.problems) reporter.report('syntax', 'error', problem.span, problem.message);
  if (doc.oversized) {
    reportOversized(reporter);
    return reporter.findings;
  }
  checkCommands(reporter, doc.commands);
  checkScriptingCommands(reporter, doc.parse.script.statements);
  // Diagnostics run on every change and the IPsec rules build this version's model anyway: keep its
  // names for completion, which never reads the whole file itself.
  rememberNames(doc);
  return reporter.findings;
}

/**
 * After a menu line the router rejects, the relative lines below it would run in the wrong menu:
 * they are not checked until the next menu line, so one typo gives one diagnostic.
 */
function checkCommands(reporter: Reporter, commands: readonly ResolvedCommand[]): void {
  let inRejectedMenu = false;
  for (const command of commands) {
    if (command.uncovered) continue;
    const relative = command.statement.prefix === '';
    if (inRejectedMenu && relative) continue;
    const wordsFine = checkCommandWords(reporter, command);
    if (isMenuLine(command)) inRejectedMenu = !wordsFine;
    if (wordsFine) checkArguments(reporter, command);
  }
}

/** A line of path words only: it changes the current menu (or would, were its words right). */
function isMenuLine(command: ResolvedCommand): boolean {
  return changesMenu(command) || (command.command === undefined && command.args.length === 0);
}

function reportOversized(reporter: Reporter): void {
  const { doc } = reporter;
  const firstLine = { start: 0, end: doc.document.offsetAt({ line: 0, character: Number.MAX_SAFE_INTEGER }) };
  reporter.report('file-too-large', 'information', firstLine,
    `Only syntax is checked in this file: it has ${doc.text.length} characters, more than the routeros.maxFileSize setting ` +
    `(${doc.settings.maxFileSize}). Commands, arguments, values and the IPsec rules are not checked; raise the setting to check them.`);
}
