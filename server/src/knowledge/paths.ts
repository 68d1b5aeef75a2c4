// Menu paths as callers write them: word arrays, or text with spaces or slashes.
import type { MenuPath } from './types';

/** `'/ip ipsec peer'`, `'/ip/ipsec/peer'`, `['ip', 'ipsec', 'peer']` and `['ip/ipsec', 'peer']` all
 *  give `['ip', 'ipsec', 'peer']`. */
export function menuWords(path: MenuPath): string[] {
  if (typeof path !== 'string' && path.every(isPlainWord)) return [...path];
  const parts = typeof path === 'string' ? [path] : path;
  return parts.flatMap((part) => part.split(/[\s/]+/)).filter((word) => word !== '');
}

/** The key a path is cached under. */
export function menuKey(path: MenuPath): string {
  if (typeof path !== 'string' && path.every(isPlainWord)) return path.join(' ');
  return menuWords(path).join(' ');
}

/** Most lookups pass arrays of plain words: they need no splitting (a hot path of every command line). */
function isPlainWord(word: string): boolean {
  if (word === '') return false;
  for (let i = 0; i < word.length; i++) {
    const code = word.charCodeAt(i);
    if (code === 47 || code === 32 || code === 9 || code === 10 || code === 13) return false;
  }
  return true;
}
