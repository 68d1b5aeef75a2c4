// Menu paths as callers write them: word arrays, or text with spaces or slashes.
import type { MenuPath } from './types';

/** `'/ip ipsec peer'`, `'/ip/ipsec/peer'`, `['ip', 'ipsec', 'peer']` and `['ip/ipsec', 'peer']` all
 *  give `['ip', 'ipsec', 'peer']`. */
export function menuWords(path: MenuPath): string[] {
  const parts = typeof path === 'string' ? [path] : path;
  return parts.flatMap((part) => part.split(/[\s/]+/)).filter((word) => word !== '');
}

/** The key a path is cached under. */
export function menuKey(path: MenuPath): string {
  return menuWords(path).join(' ');
}
