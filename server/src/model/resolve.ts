// Reads a syntax tree the way the router's console does: keeps track of the current menu, and tells for
// each command line which words are menus, which the command, and which arguments.
import type { CommandStatement, Item, Script, Statement, Value, WordValue } from '../parser/ast';
import { ArgNode, NONE } from '../parser/nodes';
import { sliced, SlicedJob, type Cursor } from '../slices';
import type { KnowledgeView, ResolvedWords } from '../knowledge/types';
import type { ResolvedArg, ResolvedCommand } from './resolved';

export interface ResolvedScript {
  readonly commands: readonly ResolvedCommand[];
  /**
   * The menu a statement starts from (its current menu), for every command statement of the script;
   * empty when resolved with `trackMenus` off (a whole document: only cursor windows ask for it).
   */
  readonly menuBefore: ReadonlyMap<CommandStatement, readonly string[]>;
}

const BANG = 0x21;
const NO_MENU: readonly string[] = Object.freeze([]);
/** Where a command line's arguments are gathered before being copied out. */
const argScratch: ResolvedArg[] = [];
const NO_MENUS: ReadonlyMap<CommandStatement, readonly string[]> = new Map();

/** Where a command line's leading words are gathered. */
const wordScratch: string[] = [];

interface Walk {
  readonly kb: KnowledgeView;
  readonly commands: ResolvedCommand[];
  readonly menuBefore: Map<CommandStatement, readonly string[]> | undefined;
  /**
   * The last one-word line's reading (`add` under `/ip firewall filter`): the lines of an export section
   * repeat it thousands of times, and the knowledge base need not be asked again.
   */
  last: { from: readonly string[]; word: string; resolved: ResolvedWords; uncovered: boolean } | undefined;
}

export function resolveScript(script: Script, kb: KnowledgeView): ResolvedScript {
  return new ResolveJob(script, kb).finish();
}

/** Resolving in slices (see slices.ts): `step(deadline)` walks top-level statements until the deadline passes. */
export class ResolveJob extends SlicedJob<ResolvedScript> {
  private readonly walk: Walk;
  private readonly cursor: Cursor = { next: 0 };
  private current: readonly string[] = NO_MENU;

  constructor(
    private readonly script: Script,
    kb: KnowledgeView,
    trackMenus = true,
  ) {
    super();
    this.walk = { kb, commands: [], menuBefore: trackMenus ? new Map() : undefined, last: undefined };
  }

  protected work(deadline: number): ResolvedScript | undefined {
    const statements = this.script.statements;
    const done = sliced(this.cursor, statements.length, deadline, (index) => {
      this.current = walkStatements(this.walk, statements, this.current, false, index, index + 1);
    });
    return done ? { commands: this.walk.commands, menuBefore: this.walk.menuBefore ?? NO_MENUS } : undefined;
  }
}

/** Walks a list of statements from `menu`; returns the menu current after them. */
function walkStatements(walk: Walk, statements: readonly Statement[], menu: readonly string[], conditional: boolean, from = 0, to = statements.length): readonly string[] {
  let current = menu;
  for (let index = from; index < to; index++) {
    const statement = statements[index]!;
    if (statement.kind === 'block') {
      walkStatements(walk, statement.statements, current, conditional);
      continue;
    }
    walk.menuBefore?.set(statement, current);
    current = walkCommand(walk, statement, current, conditional);
  }
  return current;
}

function walkCommand(walk: Walk, statement: CommandStatement, menu: readonly string[], conditional: boolean): readonly string[] {
  const items = statement.items;
  if (statement.prefix === ':') {
    walkNestedBodies(walk, items, menu);
    return menu;
  }
  // The leading bare words (`/ip/ipsec/peer add` and `/ip ipsec peer add` alike) are items 0…wordCount-1.
  const texts = wordScratch;
  texts.length = 0;
  for (const item of items) {
    if (item.kind !== 'word' || item.text.charCodeAt(0) === BANG) break;
    texts.push(item.text);
  }
  const wordCount = texts.length;
  const from = statement.prefix === '/' ? NO_MENU : menu;
  const last = walk.last;
  let resolved: ResolvedWords;
  let uncovered: boolean;
  if (last !== undefined && wordCount === 1 && last.from === from && last.word === texts[0]) {
    resolved = last.resolved;
    uncovered = last.uncovered;
  } else {
    resolved = walk.kb.resolveWords(texts, from);
    uncovered = !walk.kb.covers(resolved.menu);
    if (wordCount === 1) walk.last = { from, word: texts[0]!, resolved, uncovered };
  }
  const consumed = resolved.consumed;
  const unknown = resolved.command === undefined && consumed < wordCount;
  const commandWord = resolved.command !== undefined ? (items[consumed - 1] as WordValue) : undefined;
  const args = argScratch;
  args.length = 0;
  let unnamed: Value[] | undefined;
  for (let index = unknown ? consumed + 1 : consumed; index < items.length; index++) {
    const item = items[index]!;
    if (item.kind === 'arg') args.push(item instanceof ArgNode ? item : { name: item.name, nameSpan: item.nameSpan, value: item.value, node: item });
    else (unnamed ??= []).push(item);
  }
  walk.commands.push({
    statement,
    menu: resolved.menu,
    command: resolved.command,
    commandSpan: commandWord?.span,
    // A copy exactly as long as the arguments (see parseItems on arrays grown by `push`).
    args: args.length === 0 ? NONE : args.slice(),
    unnamed: unnamed ?? NONE,
    unknownWords: unknown ? [items[consumed] as WordValue] : NONE,
    uncovered,
    conditional,
  });
  walkNestedBodies(walk, items, menu);
  const onlyMenu = resolved.command === undefined && !unknown && consumed === items.length && wordCount + (statement.prefix === '/' ? 1 : 0) > 0;
  return onlyMenu ? resolved.menu : menu;
}

/** `do={ … }`, `else={ … }`, `on-error={ … }` and `{ … }` values: bodies that may run, or run many times. */
function walkNestedBodies(walk: Walk, items: readonly Item[], menu: readonly string[]): void {
  for (const item of items) {
    const value = item.kind === 'arg' ? item.value : item;
    if (value.kind === 'block') walkStatements(walk, value.statements, menu, true);
  }
}
