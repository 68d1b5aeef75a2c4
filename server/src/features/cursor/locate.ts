// "Which command line is the cursor on, and in which menu does it run?" — answered on a cursor window.
import { nodesAt, type CommandStatement, type Item, type Statement, type WordValue } from '../../parser/index';
import type { ResolvedCommand } from '../../model/resolved';
import type { KnowledgeView, ResolvedWords } from '../../knowledge/index';
import { selectsItem } from '../properties';
import { isLineBreak } from './lines';
import type { CursorWindow } from './window';

export interface StatementAtCursor {
  /** The command line under the cursor; an empty one when the cursor starts a new line. */
  readonly statement: CommandStatement;
  /** The menu the line starts from (its current menu); inside `[ find … ]`, the menu of the command using the result. */
  readonly menu: readonly string[];
}

interface Container {
  readonly statements: readonly Statement[];
  /** The command line holding the block or `[ ]`; undefined at the top level. */
  readonly owner: CommandStatement | undefined;
  readonly substitution: boolean;
}

export function statementAtCursor(window: CursorWindow): StatementAtCursor {
  const byStatement = new Map(window.resolved.commands.map((command) => [command.statement, command]));
  let container: Container = { statements: window.parsed.script.statements, owner: undefined, substitution: false };
  let current: CommandStatement | undefined;
  for (const node of nodesAt(window.parsed, window.offset)) {
    if (node.kind === 'command') current = node;
    else if (node.kind === 'block' || node.kind === 'substitution') {
      container = { statements: node.statements, owner: current, substitution: node.kind === 'substitution' };
      current = undefined;
    }
  }
  const enclosing = container.substitution && container.owner ? byStatement.get(container.owner) : undefined;
  const statement = current ?? continuedStatement(window, container) ?? emptyStatementAt(window.offset);
  const menu = current || statement.items.length > 0 || statement.prefix !== ''
    ? menuBefore(window, statement, container, enclosing)
    : menuAtNewLine(window, container, enclosing, byStatement);
  return { statement, menu };
}

/** The statement the cursor follows on the same line (`add |`, `/ip/ipsec/|`): the user is extending it. */
function continuedStatement(window: CursorWindow, container: Container): CommandStatement | undefined {
  const before = lastStatementBefore(container.statements, window.offset);
  if (before?.kind !== 'command') return undefined;
  for (let at = before.span.end; at < window.offset; at++) {
    const code = window.text.charCodeAt(at);
    if (isLineBreak(code) || code === 59 /* ; */ || code === 35 /* # */) return undefined;
  }
  return before;
}

function lastStatementBefore(statements: readonly Statement[], offset: number): Statement | undefined {
  let found: Statement | undefined;
  for (const statement of statements) {
    if (statement.span.end > offset) break;
    found = statement;
  }
  return found;
}

function emptyStatementAt(offset: number): CommandStatement {
  return { kind: 'command', span: { start: offset, end: offset }, prefix: '', items: [] };
}

function menuBefore(window: CursorWindow, statement: CommandStatement, container: Container, enclosing: ResolvedCommand | undefined): readonly string[] {
  if (enclosing) return enclosing.menu;
  return window.resolved.menuBefore.get(statement) ?? containerMenu(window, container);
}

/** A blank line runs in the menu the statements before it left current. */
function menuAtNewLine(
  window: CursorWindow,
  container: Container,
  enclosing: ResolvedCommand | undefined,
  byStatement: ReadonlyMap<Statement, ResolvedCommand>,
): readonly string[] {
  if (enclosing) return enclosing.menu;
  const before = lastStatementBefore(container.statements, window.offset);
  const command = before && byStatement.get(before);
  if (command) return changesMenu(command) ? command.menu : window.resolved.menuBefore.get(command.statement) ?? [];
  return containerMenu(window, container);
}

function containerMenu(window: CursorWindow, container: Container): readonly string[] {
  return container.owner ? window.resolved.menuBefore.get(container.owner) ?? [] : [];
}

/** A line with only a path (`/ip ipsec peer`, `..`) makes that menu current for the lines after it. */
export function changesMenu(command: ResolvedCommand): boolean {
  return command.command === undefined && command.unknownWords.length === 0 && command.args.length === 0 && command.unnamed.length === 0;
}

/** The words before the first argument: menu path words, then the command (`/ip ipsec peer add`). */
export function leadingWords(items: readonly Item[]): WordValue[] {
  const words: WordValue[] = [];
  for (const item of items) {
    if (item.kind !== 'word' || item.text.startsWith('!')) break;
    words.push(item);
  }
  return words;
}

/**
 * How many of a line's `wordCount` leading words are its menu, its command and, after a command that selects an
 * item (`set b passive=no`, `get b address`), the item's name: the words after them are arguments being typed.
 */
export function commandWordCount(kb: KnowledgeView, resolved: ResolvedWords, wordCount: number): number {
  const selects = resolved.command !== undefined && wordCount > resolved.consumed && selectsItem(resolved.command) && hasItems(kb, resolved.menu);
  return selects ? resolved.consumed + 1 : resolved.consumed;
}

/** A menu of items (it has `add`), where `set x` selects one; in a menu of settings (`/ip dns`) there is none. */
export function hasItems(kb: KnowledgeView, menu: readonly string[]): boolean {
  return kb.command(menu, 'add') !== undefined;
}
