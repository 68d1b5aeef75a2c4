// Presence answers and command-line word resolution shared by the 7.x and RouterOS 6 views.
import { childPath, parentPath, sharedPath } from './paths';
import type { ArgumentInfo, Availability, KnowledgeView, Presence, ResolvedWords } from './types';

const PRESENT: Presence = { status: 'present' };
const UNKNOWN: Presence = { status: 'unknown' };

export function unknownPresence(): Presence {
  return UNKNOWN;
}

/** Absent from every known release: most likely a typo. */
export function absence(summary = 'no known 7.x release'): Presence {
  return { status: 'absent', releases: [], summary };
}

export function presenceOf(info: Availability | undefined): Presence | undefined {
  if (!info) return undefined;
  return info.present ? PRESENT : { status: 'absent', releases: info.releases, summary: info.summary };
}

export function valuePresenceOf(arg: ArgumentInfo | undefined, value: string): Presence {
  if (!arg) return UNKNOWN;
  const known = arg.allValues.find((v) => v.name === value);
  if (known) return presenceOf(known) ?? UNKNOWN;
  return arg.kind === 'enum' && arg.closed ? absence() : UNKNOWN;
}

/** Menu words first (`..` goes up), then the command if the next word names one. */
export function resolveWordsWith(view: KnowledgeView, words: readonly string[], from: readonly string[]): ResolvedWords {
  let menu = sharedPath(from);
  let consumed = 0;
  for (; consumed < words.length; consumed++) {
    const word = words[consumed]!;
    if (word === '..') {
      menu = parentPath(menu);
      continue;
    }
    const child = childPath(menu, word);
    if (!view.menu(child)) break;
    menu = child;
  }
  const next = words[consumed];
  if (next !== undefined && view.command(menu, next)) return { menu, command: next, consumed: consumed + 1 };
  return { menu, consumed };
}
