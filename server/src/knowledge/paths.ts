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
  if (typeof path !== 'string') {
    const shared = interned.get(path);
    if (shared !== undefined) return shared.key;
    if (path.every(isPlainWord)) return path.join(' ');
  }
  return menuWords(path).join(' ');
}

/**
 * Shared menu paths. Every command line of a script resolves to a menu; a 100,000-line export has a few
 * dozen distinct ones, so resolution hands out one frozen array per path, which also remembers its keys
 * (no joining per lookup) and its children. A path is shared when it is reached word by word from the
 * root; `menuKey` and `slashKey` answer for any array, shared or not.
 */
interface SharedPath {
  /** `ip ipsec peer`: the knowledge views' cache key. */
  readonly key: string;
  /** `/ip ipsec peer`: the configuration model's table key. */
  readonly slashKey: string;
  readonly parent: readonly string[] | undefined;
  readonly children: Map<string, readonly string[]>;
}

const interned = new WeakMap<readonly string[], SharedPath>();
/** Words a script invents (typos, commands tried as menus) must not grow the table without bound. */
const MAX_CHILDREN = 1024;

export const ROOT_PATH: readonly string[] = Object.freeze([] as string[]);
interned.set(ROOT_PATH, { key: '', slashKey: '/', parent: undefined, children: new Map() });

/** The shared path one word below `parent` (a fresh array when `parent` is not shared or is full). */
export function childPath(parent: readonly string[], word: string): readonly string[] {
  const shared = interned.get(parent);
  if (shared === undefined) return [...parent, word];
  const known = shared.children.get(word);
  if (known !== undefined) return known;
  const child: readonly string[] = Object.freeze([...parent, word]);
  if (shared.children.size >= MAX_CHILDREN || !isPlainWord(word)) return child;
  const key = shared.key === '' ? word : `${shared.key} ${word}`;
  interned.set(child, { key, slashKey: '/' + key, parent, children: new Map() });
  shared.children.set(word, child);
  return child;
}

/** The shared path one level up (`..`); the root stays the root. */
export function parentPath(path: readonly string[]): readonly string[] {
  const parent = interned.get(path)?.parent;
  if (parent !== undefined) return parent;
  return path.length === 0 ? ROOT_PATH : sharedPath(path.slice(0, -1));
}

/** The shared array for `words` (itself when already shared). */
export function sharedPath(words: readonly string[]): readonly string[] {
  if (interned.has(words)) return words;
  let path = ROOT_PATH;
  for (const word of words) path = childPath(path, word);
  return path;
}

/** `/ip ipsec peer` for `['ip', 'ipsec', 'peer']`. */
export function slashKey(path: readonly string[]): string {
  return interned.get(path)?.slashKey ?? '/' + path.join(' ');
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
