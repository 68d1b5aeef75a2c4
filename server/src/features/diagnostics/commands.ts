// Menus and commands: unknown words (with "did you mean"), RouterOS 6 menus in a RouterOS 7 file, and
// menus or commands that exist only in other releases.
import { legacyMenu } from '../../knowledge/index';
import type { Span, WordValue } from '../../parser/index';
import type { ResolvedCommand } from '../../model/resolved';
import { leadingWords } from '../cursor/locate';
import { suggestion, type Reporter } from './report';

/** Whether the line's own words are fine, so its arguments are worth checking. */
export function checkCommandWords(reporter: Reporter, command: ResolvedCommand): boolean {
  if (command.unknownWords.length > 0) {
    reportUnknownWord(reporter, command, command.unknownWords[0]!);
    return false;
  }
  const menuWords = ownMenuWords(command);
  if (menuWords.length > 0 && !menuPresent(reporter, command.menu, spanOf(menuWords))) return false;
  if (command.command === undefined || command.commandSpan === undefined) return true;
  const presence = reporter.lookup.command(command.menu, command.command).presence;
  if (presence.status !== 'absent') return true;
  reporter.report('version', reporter.versionSeverity, command.commandSpan,
    `\`${command.command}\` is not a command of /${command.menu.join(' ')} in ${reporter.release}: it exists in ${presence.summary}.`);
  return false;
}

/** The menu words written on this line (not the current menu it inherits). */
function ownMenuWords(command: ResolvedCommand): WordValue[] {
  // Most lines start with their command (`add …` under a menu line): nothing to collect.
  if (command.commandSpan !== undefined && command.statement.items[0]?.span === command.commandSpan) return [];
  const words = leadingWords(command.statement.items);
  const commandIndex = words.findIndex((word) => word.span.start === command.commandSpan?.start);
  return words.slice(0, commandIndex < 0 ? words.length : commandIndex).filter((word) => word.text !== '..');
}

function spanOf(words: readonly WordValue[]): Span {
  return { start: words[0]!.span.start, end: words[words.length - 1]!.span.end };
}

function menuPresent(reporter: Reporter, menu: readonly string[], span: Span): boolean {
  const presence = reporter.kb.menuPresence(menu);
  if (presence.status !== 'absent') return true;
  reporter.report('version', reporter.versionSeverity, span,
    `/${menu.join(' ')} does not exist in ${reporter.release}: it exists in ${presence.summary}.`);
  return false;
}

function reportUnknownWord(reporter: Reporter, command: ResolvedCommand, word: WordValue): void {
  const legacy = legacyMenu([...command.menu, word.text]);
  if (legacy && reporter.kb.target.line === 7) {
    const replacement = '/' + legacy.replacement.join(' ');
    reporter.report('legacy-syntax', 'error', { start: command.statement.span.start, end: word.span.end },
      `/${legacy.menu.join(' ')} is RouterOS 6 syntax: ${legacy.explanation} Write ${replacement}.`,
      [reporter.replacement({ start: command.statement.span.start, end: word.span.end }, replacement)]);
    return;
  }
  const kb = reporter.kb;
  const candidates = [...kb.childMenus(command.menu), ...kb.commands(command.menu).map((known) => known.name)];
  const hint = suggestion(reporter, word.text, word.span, candidates);
  const where = command.menu.length > 0 ? `/${command.menu.join(' ')}` : 'the root menu';
  reporter.report('unknown-command', reporter.rejection, word.span,
    `\`${word.text}\` is neither a menu nor a command of ${where}.${hint.text} (RouterOS: "bad command name ${word.text}")`, hint.fixes);
}
