// Facts about commands, arguments and values, looked up once per diagnostics run: an export repeats
// the same few hundred combinations on thousands of lines.
import {
  checkArgumentValue, legacyArgument, legacyValue,
  type ArgumentInfo, type KnowledgeView, type LegacyArgument, type LegacyValue, type Presence, type ValueProblem,
} from '../../knowledge/index';
import { propertyArgument } from '../properties';

export interface ArgumentFacts {
  readonly presence: Presence;
  /** The argument (or, for `find`, the property it compares), whether or not in the target release. */
  readonly info: ArgumentInfo | undefined;
  /** Its RouterOS 6 form, for the IPsec menus that have one. */
  readonly legacy: LegacyArgument | undefined;
}

/** Values judged per argument are remembered up to this many (`action=drop` recurs; addresses do not). */
const REMEMBERED_VALUES = 256;

/** What was found wrong with values of one argument: `null` for nothing wrong. */
class JudgedValues {
  readonly problems = new Map<string, ValueProblem | null>();
  /** Values found in `problems` again. */
  hits = 0;
  /** Set once the map filled with values that hardly recur (addresses, comments): looking up costs more than judging. */
  given = false;
}

/** The facts of one command of one menu. */
export class CommandFacts {
  private readonly args = new Map<string, ArgumentFacts>();
  private readonly judged = new Map<string, JudgedValues>();
  private presenceFound: Presence | undefined;

  constructor(private readonly kb: KnowledgeView, readonly menu: readonly string[], readonly command: string) {}

  get presence(): Presence {
    return (this.presenceFound ??= this.kb.commandPresence(this.menu, this.command));
  }

  argument(name: string): ArgumentFacts {
    let found = this.args.get(name);
    if (!found) {
      found = {
        presence: this.kb.argumentPresence(this.menu, this.command, name),
        info: propertyArgument(this.kb, this.menu, this.command, name),
        legacy: this.menu[1] === 'ipsec' ? legacyArgument(this.menu, name) : undefined,
      };
      this.args.set(name, found);
    }
    return found;
  }

  /** What is wrong with `text` as a value of the argument, if anything. */
  valueProblem(name: string, info: ArgumentInfo, text: string): ValueProblem | undefined {
    let judged = this.judged.get(name);
    if (!judged) this.judged.set(name, (judged = new JudgedValues()));
    if (judged.given) return checkArgumentValue(info, text);
    const { problems } = judged;
    const remembered = problems.get(text);
    if (remembered !== undefined) {
      judged.hits++;
      return remembered ?? undefined;
    }
    const problem = checkArgumentValue(info, text);
    if (problems.size < REMEMBERED_VALUES) problems.set(text, problem ?? null);
    else if (judged.hits < REMEMBERED_VALUES) {
      // As many distinct values as the map holds, and fewer repeats than that: they do not recur.
      judged.given = true;
      problems.clear();
    }
    return problem;
  }

  /** A RouterOS 6 value of an IPsec argument (`auth-method=rsa-signature`). */
  legacyValue(argument: string, value: string): LegacyValue | undefined {
    return this.menu[1] === 'ipsec' ? legacyValue(this.menu, argument, value) : undefined;
  }
}

export class KnowledgeLookup {
  private readonly commands = new Map<string, CommandFacts>();
  /** Lines of one export section share their menu and command: the last answer is usually the next. */
  private last: CommandFacts | undefined;

  constructor(private readonly kb: KnowledgeView) {}

  command(menu: readonly string[], command: string): CommandFacts {
    if (this.last && this.last.command === command && sameWords(this.last.menu, menu)) return this.last;
    const key = `${menu.join(' ')}\u0000${command}`;
    let found = this.commands.get(key);
    if (!found) {
      found = new CommandFacts(this.kb, menu, command);
      this.commands.set(key, found);
    }
    this.last = found;
    return found;
  }
}

function sameWords(a: readonly string[], b: readonly string[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}
