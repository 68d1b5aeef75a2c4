// Core diagnostics: what RouterOS itself would say about each line (syntax, unknown menus, commands
// and arguments, invalid values, release differences, RouterOS 6 syntax), before any IPsec rule runs.
import type { Finding } from '../../analysis/finding';
import type { RouterDocument } from '../../model/document';
import type { ResolvedCommand } from '../../model/resolved';
import { changesMenu } from '../cursor/locate';
import { NamesJob } from '../navigation/names';
import { collectOccurrences, hasOccurrences, rememberOccurrences, type VariableOccurrence } from '../navigation/variables';
import { sliced, SlicedJob, type Cursor } from '../../slices';
import type { Statement } from '../../parser/index';
import { checkArguments } from './arguments';
import { checkCommandWords } from './commands';
import { Reporter } from './report';
import { scriptingCheck } from './scripting';

export function coreDiagnostics(doc: RouterDocument): Finding[] {
  return new CoreDiagnosticsJob(doc).finish();
}

/**
 * Core diagnostics in slices (see slices.ts): `step(deadline)` first lets the document read itself in slices,
 * then checks commands, then scripting commands, then gathers the names and variables completion offers,
 * each until the deadline passes. The findings are those of one go.
 */
export class CoreDiagnosticsJob extends SlicedJob<Finding[]> {
  private readonly reporter: Reporter;
  private stage: 'start' | 'commands' | 'scripting' | 'variables' | 'names' | 'done' = 'start';
  private readonly cursor: Cursor = { next: 0 };
  private inRejectedMenu = false;
  private scripting: ((statement: Statement) => void) | undefined;
  private readonly variables: VariableOccurrence[] = [];
  private names: NamesJob | undefined;

  constructor(private readonly doc: RouterDocument) {
    super();
    this.reporter = new Reporter(doc);
  }

  protected work(deadline: number): Finding[] | undefined {
    return this.stepStages(deadline) ? this.reporter.findings : undefined;
  }

  /** Works until `deadline` (a `performance.now()` time); true once every diagnostic is found. */
  private stepStages(deadline: number): boolean {
    const { doc, reporter, cursor } = this;
    if (!doc.advance(deadline)) return false;
    const statements = doc.parse.script.statements;
    if (this.stage === 'start') {
      for (const problem of doc.parse.problems) reporter.report('syntax', 'error', problem.span, problem.message);
      if (doc.oversized) {
        reportOversized(reporter);
        this.stage = 'done';
        return true;
      }
      this.stage = 'commands';
    }
    if (this.stage === 'commands') {
      const commands = doc.commands;
      if (!sliced(cursor, commands.length, deadline, (index) => (this.inRejectedMenu = checkCommand(reporter, commands[index]!, this.inRejectedMenu)))) return false;
      this.scripting = scriptingCheck(reporter);
      this.stage = 'scripting';
      cursor.next = 0;
    }
    if (this.stage === 'scripting') {
      const check = this.scripting;
      if (check && !sliced(cursor, statements.length, deadline, (index) => check(statements[index]!))) return false;
      this.stage = 'variables';
      cursor.next = 0;
    }
    if (this.stage === 'variables') {
      // Diagnostics run on every change and the IPsec rules build this version's model anyway: keep its
      // names and variables for completion, which never reads the whole file itself.
      if (!hasOccurrences(doc)) {
        if (!sliced(cursor, statements.length, deadline, (index) => collectOccurrences(statements[index]!, this.variables))) return false;
        rememberOccurrences(doc, this.variables);
      }
      this.names = new NamesJob(doc);
      this.stage = 'names';
    }
    if (this.stage === 'names') {
      if (!this.names!.step(deadline)) return false;
      this.stage = 'done';
    }
    return true;
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
