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
  return new CoreDiagnosticsJob(doc).finish();
}

/** How many commands are checked between two looks at the clock. */
const COMMANDS_PER_CLOCK_CHECK = 64;

/**
 * Core diagnostics in slices (see ParseJob): `step(deadline)` first lets the document read itself in
 * slices, then checks commands until the deadline passes. The findings are those of one go.
 */
export class CoreDiagnosticsJob {
  private readonly reporter: Reporter;
  private started = false;
  private next = 0;
  private inRejectedMenu = false;
  private findings: Finding[] | undefined;

  constructor(private readonly doc: RouterDocument) {
    this.reporter = new Reporter(doc);
  }

  /** Works until `deadline` (a `performance.now()` time); true once every diagnostic is found. */
  step(deadline: number): boolean {
    if (this.findings) return true;
    const { doc, reporter } = this;
    if (!doc.advance(deadline)) return false;
    if (!this.started) {
      this.started = true;
      for (const problem of doc.parse.problems) reporter.report('syntax', 'error', problem.span, problem.message);
      if (doc.oversized) {
        reportOversized(reporter);
        this.findings = reporter.findings;
        return true;
      }
    }
    const commands = doc.commands;
    while (this.next < commands.length) {
      const stop = Math.min(commands.length, this.next + COMMANDS_PER_CLOCK_CHECK);
      for (; this.next < stop; this.next++) this.inRejectedMenu = checkCommand(reporter, commands[this.next]!, this.inRejectedMenu);
      if (this.next < commands.length && performance.now() >= deadline) return false;
    }
    checkScriptingCommands(reporter, doc.parse.script.statements);
    // Diagnostics run on every change and the IPsec rules build this version's model anyway: keep its
    // names for completion, which never reads the whole file itself.
    rememberNames(doc);
    this.findings = reporter.findings;
    return true;
  }

  finish(): Finding[] {
    this.step(Infinity);
    return this.findings!;
  }
}

/**
 * After a menu line the router rejects, the relative lines below it would run in the wrong menu:
 * they are not checked until the next menu line, so one typo gives one diagnostic. Returns whether the
 * lines after this one are in such a rejected menu.
 */
function checkCommand(reporter: Reporter, command: ResolvedCommand, inRejectedMenu: boolean): boolean {
  if (command.uncovered) return inRejectedMenu;
  const relative = command.statement.prefix === '';
  if (inRejectedMenu && relative) return inRejectedMenu;
  const wordsFine = checkCommandWords(reporter, command);
  if (wordsFine) checkArguments(reporter, command);
  return isMenuLine(command) ? !wordsFine : inRejectedMenu;
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
