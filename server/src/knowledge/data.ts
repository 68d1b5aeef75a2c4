// The shape of generated/commands.json (written by scripts/gen-knowledge.ts) and its lazy loader.
// Compact on purpose: the packaged extension must stay small, so identical value kinds and identical
// argument sets are stored once and referenced by index, and "exists in every release" is implied.
import type { ReleaseMask } from './versions';

export const KNOWLEDGE_FORMAT = 1;

/** What the console's one-line hint and tab completion say about an argument's values. */
export type ValueKind =
  | 'enum' // one (or with `list`, several) of `values`
  | 'bool' // yes/no (true/false also accepted)
  | 'time' // 30m, 1d2h3m, 00:30:00
  | 'number'
  | 'ipv4' // A.B.C.D
  | 'ipv6'
  | 'ip' // IPv4 or IPv6 address
  | 'ipv4-prefix' // A.B.C.D/M
  | 'prefix' // IPv4 or IPv6 address or prefix
  | 'range' // A.B.C.D, A.B.C.D-A.B.C.D or A.B.C.D/M
  | 'mac'
  | 'string'
  | 'hex' // hexadecimal string
  | 'script' // a script body `{ … }` or string
  | 'reference' // the name of an item of another menu (curated, see references.ts)
  | 'address-or-dns' // an address or prefix (IPv4/IPv6) or a DNS name (curated: peer address=)
  | 'ipsec-policy' // firewall `in,ipsec` / `out,none` (curated)
  | 'unknown'; // the console says nothing usable: accept anything

/** One entry of the shared kind table. Keys are short because the table is repeated data. */
export interface KindSpec {
  readonly k: ValueKind;
  /** The console's one-line hint (newest release that had one). */
  readonly h?: string;
  /** 1 = a comma-separated list is accepted. */
  readonly l?: 1;
  /** 1 = `!value` (negation) is accepted. */
  readonly n?: 1;
  /** 1 = `TYPE:VALUE` is accepted (the type is one of `e`). */
  readonly t?: 1;
  /** 1 = `e` are suggestions (names of objects on the crawled router), not the full set. */
  readonly o?: 1;
  /** Enumeration values (for `enum`) or keywords accepted besides the kind (`disable-dpd`, `none`).
   *  A pair carries the releases the value exists in when that is not every release of the argument. */
  readonly e?: ReadonlyArray<string | readonly [string, ReleaseMask]>;
  /** Descriptions of values from tab completion. */
  readonly d?: Readonly<Record<string, string>>;
  /** Bounds: numbers for `number`, milliseconds for `time`, characters for `string`/`hex`. */
  readonly min?: number;
  readonly max?: number;
}

// Releases are inherited: a menu, command or argument without its own mask exists in every release
// its parent exists in; the root exists in every release.

/** A kind index, or [kind index, releases] when the argument is in fewer releases than its command. */
export type ArgumentEntry = number | readonly [number, ReleaseMask];
/** An argument-set index, or [argument-set index, releases] when narrower than the menu. */
export type CommandEntry = number | readonly [number, ReleaseMask];

export interface MenuNode {
  /** Releases the menu exists in; absent = the same as its parent. */
  readonly v?: ReleaseMask;
  /** Child menus. */
  readonly m?: Readonly<Record<string, MenuNode>>;
  /** Commands. */
  readonly c?: Readonly<Record<string, CommandEntry>>;
}

export interface GeneratedKnowledge {
  readonly format: number;
  readonly releases: readonly string[];
  readonly kinds: readonly KindSpec[];
  readonly argumentSets: ReadonlyArray<Readonly<Record<string, ArgumentEntry>>>;
  readonly root: MenuNode;
}

let loaded: GeneratedKnowledge | undefined;

/** The generated tree, parsed on first use. `require` (not `import`) keeps the parse lazy and spares
 *  the type checker from inferring a type for megabytes of JSON; esbuild still bundles the file. */
export function generatedKnowledge(): GeneratedKnowledge {
  loaded ??= require('./generated/commands.json') as GeneratedKnowledge;
  return loaded;
}
