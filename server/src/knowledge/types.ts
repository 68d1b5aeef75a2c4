// The public shapes the knowledge accessor hands out. Menu paths are arrays of words
// (['ip', 'ipsec', 'peer']); every function that takes one also accepts '/ip ipsec peer' or '/ip/ipsec/peer'.
import type { ValueKind } from './data';
import type { ArgumentDoc, ValueDoc } from './ipsec-docs';
import type { Reference } from './references';
import type { Target } from './versions';

export type MenuPath = string | readonly string[];

/** Where something exists. */
export interface Availability {
  /** It exists in the view's target release. */
  readonly present: boolean;
  /** The 7.x releases it exists in (empty in the RouterOS 6 view). */
  readonly releases: readonly string[];
  /** Those releases in words: "7.21 and later", "up to 7.23 (removed in 7.24)", "RouterOS 6". */
  readonly summary: string;
}

/**
 * Whether a menu, command, argument or value exists in the target: `present`; `absent` (with the
 * releases it does exist in: empty when no known release has it, so look for a typo); or `unknown`
 * when this view has no knowledge there (a RouterOS 6 file outside the IPsec menus): never flag those.
 */
export type Presence =
  | { readonly status: 'present' }
  | { readonly status: 'absent'; readonly releases: readonly string[]; readonly summary: string }
  | { readonly status: 'unknown' };

export interface MenuInfo extends Availability {
  readonly path: readonly string[];
}

export interface CommandInfo extends Availability {
  readonly menu: readonly string[];
  readonly name: string;
}

export interface EnumValue extends Availability {
  readonly name: string;
  /** The console's own description of the value, when it has one. */
  readonly description?: string;
  /** Our IPsec documentation of the value: meaning and strength. */
  readonly doc?: ValueDoc;
}

export interface ArgumentInfo extends Availability {
  readonly name: string;
  readonly menu: readonly string[];
  readonly command: string;
  readonly kind: ValueKind;
  /** A comma-separated list is accepted. */
  readonly list: boolean;
  /** `!value` is accepted (firewall matchers). */
  readonly negatable: boolean;
  /** Enumeration members, or keywords accepted besides the kind (`disable-dpd`, `any`, `none`),
   *  or suggestions for names; only those present in the target. */
  readonly values: readonly EnumValue[];
  /** Like `values`, plus those of other releases (with `present: false`). */
  readonly allValues: readonly EnumValue[];
  /** `values` is the complete set for an enum (or the only words besides the kind): others are wrong. */
  readonly closed: boolean;
  /** Types of a `TYPE:VALUE` argument (`my-id=fqdn:vpn.example.com`); empty when not typed. */
  readonly typedPrefixes: readonly string[];
  /** Where `kind` and `values` come from: the console's hint, its tab completion only (such value
   *  sets may omit forms like numbers), our curated IPsec documentation or reference table, or nothing. */
  readonly valuesFrom: 'console-hint' | 'completion' | 'curated' | 'none';
  /** The kind is reliable enough to reject values that do not fit it. When false (an address hint
   *  from the console, which often lists only one of several accepted forms), only values that
   *  plainly try to be that kind are checked. */
  readonly strict: boolean;
  /** The console's one-line hint, e.g. `0s..1h    (time interval)`. */
  readonly hint?: string;
  /** Bounds: the number for `number`, milliseconds for `time`, length for `string` and `hex`. */
  readonly min?: number;
  readonly max?: number;
  /** The menu whose item the value names (`peer=` → /ip ipsec peer). */
  readonly reference?: Reference;
  /** Our IPsec documentation (meaning, default, per-value strength, what must match, sources). */
  readonly doc?: ArgumentDoc;
}

/** The knowledge of one target release. All methods are total: unknown input gives undefined or []. */
export interface KnowledgeView {
  readonly target: Target;
  /** False where this view knows nothing (RouterOS 6 outside the IPsec menus): do not flag there. */
  covers(path: MenuPath): boolean;
  /** A menu known in any release, with its availability in the target. */
  menu(path: MenuPath): MenuInfo | undefined;
  /** Names of the child menus present in the target. */
  childMenus(path: MenuPath): string[];
  /** Commands of a menu present in the target. The root menu ([]) holds the scripting commands. */
  commands(path: MenuPath): CommandInfo[];
  command(path: MenuPath, name: string): CommandInfo | undefined;
  /** Arguments of a command present in the target. */
  arguments(path: MenuPath, command: string): ArgumentInfo[];
  argument(path: MenuPath, command: string, name: string): ArgumentInfo | undefined;
  /** The scripting commands (`:if`, `:local`, `:foreach`, …): the commands of the root menu. */
  rootCommands(): CommandInfo[];
  menuPresence(path: MenuPath): Presence;
  commandPresence(path: MenuPath, command: string): Presence;
  argumentPresence(path: MenuPath, command: string, argument: string): Presence;
  /** Whether an enumeration value exists; `unknown` for arguments whose values are not a closed set. */
  valuePresence(path: MenuPath, command: string, argument: string, value: string): Presence;
  /**
   * Splits the words of a command line into menu words and the command, starting from `from` (the
   * current menu of a relative line; [] for `/…` lines). `..` goes up one menu.
   * `['ip', 'ipsec', 'peer', 'add']` → menu ['ip', 'ipsec', 'peer'], command 'add', consumed 4.
   */
  resolveWords(words: readonly string[], from?: readonly string[]): ResolvedWords;
}

export interface ResolvedWords {
  readonly menu: readonly string[];
  readonly command?: string;
  /** How many words were menu words or the command; the rest are arguments. */
  readonly consumed: number;
}
