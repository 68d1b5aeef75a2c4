// Menu lines (`/ip ipsec peer` alone on a line), read from the syntax tree: they set the current menu
// for the lines below, start outline sections and folding regions. Works on oversized files too,
// where nothing else is resolved.
import type { Statement } from '../../parser/index';
import type { KnowledgeView } from '../../knowledge/index';

/** The menu a `/…` line of path words alone selects; undefined for any other line. */
export function pathLineMenu(statement: Statement, kb: KnowledgeView): readonly string[] | undefined {
  if (statement.kind !== 'command' || statement.prefix !== '/') return undefined;
  const words: string[] = [];
  for (const item of statement.items) {
    if (item.kind !== 'word' || item.text.startsWith('!')) return undefined;
    words.push(item.text);
  }
  const resolved = kb.resolveWords(words, []);
  return resolved.command === undefined && resolved.consumed === words.length ? resolved.menu : undefined;
}

export function isPathLine(statement: Statement, kb: KnowledgeView): boolean {
  return pathLineMenu(statement, kb) !== undefined;
}
