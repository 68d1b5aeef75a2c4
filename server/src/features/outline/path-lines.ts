// Menu lines (`/ip ipsec peer` alone on a line), read from the syntax tree: they start folding
// regions. Works on oversized files too, where nothing else is resolved.
import type { Statement } from '../../parser/index';
import type { KnowledgeView } from '../../knowledge/index';

/** A `/…` line of path words alone, selecting a menu. */
export function isPathLine(statement: Statement, kb: KnowledgeView): boolean {
  if (statement.kind !== 'command' || statement.prefix !== '/') return false;
  const words: string[] = [];
  for (const item of statement.items) {
    if (item.kind !== 'word' || item.text.startsWith('!')) return false;
    words.push(item.text);
  }
  const resolved = kb.resolveWords(words, []);
  return resolved.command === undefined && resolved.consumed === words.length;
}
