// The shape of our hand-written IPsec documentation. Every fact names the section of ipsec.md (the
// project's IPsec reference) it comes from, so hover text and rules can cite it.
import type { ValueKind } from '../data';

/**
 * How strong a value is (ipsec.md §1.13): `ok`; `weak` = a SHOULD NOT or weak choice (warning);
 * `insecure` = a MUST NOT (error); `info` = still allowed but being phased out, or worth knowing.
 */
export type Strength = 'ok' | 'weak' | 'insecure' | 'info';

export interface ValueDoc {
  readonly strength?: Strength;
  readonly note?: string;
  /** Where the fact comes from, e.g. `ipsec.md §1.13`. */
  readonly source: string;
}

export interface DefaultDoc {
  /** The default in current 7.x releases. */
  readonly value: string;
  /** The default in RouterOS 6 (6.43 and later) when it differs. */
  readonly v6?: string;
  /** Version differences and caveats. */
  readonly note?: string;
}

/** How the two routers of a tunnel must agree on this argument (ipsec.md §3). */
export interface MatchDoc {
  readonly how: 'equal' | 'intersect' | 'mirror' | 'compatible' | 'local';
  readonly text: string;
  /** The rule id in ipsec.md §3.6 (P1…P10, Q1…Q7) when there is one. */
  readonly rule?: string;
  readonly source: string;
}

/** A value kind we know better than the console hint does. */
export interface CuratedKind {
  readonly kind: ValueKind;
  readonly list?: boolean;
  readonly min?: number;
  readonly max?: number;
  /** Words accepted besides the kind (`any`, `none`, `disable-dpd`). */
  readonly keywords?: readonly string[];
  /** For `TYPE:VALUE` arguments: the accepted types. */
  readonly types?: readonly string[];
}

export interface ArgumentDoc {
  /** What the argument means, in one or two sentences. */
  readonly summary: string;
  readonly default?: DefaultDoc;
  /** Per-value meaning and strength. */
  readonly values?: Readonly<Record<string, ValueDoc>>;
  readonly match?: MatchDoc;
  /** A comma list is accepted (where the console's hint does not say). */
  readonly list?: boolean;
  /** The value is a secret: redact it wherever it could be printed. */
  readonly sensitive?: boolean;
  /** Only IKEv1 uses it; IKEv2 ignores it (ipsec.md §1.3, §3.3). */
  readonly ikev1Only?: boolean;
  readonly kind?: CuratedKind;
  /** Sections of ipsec.md the facts above come from. */
  readonly sources: readonly string[];
}

export type MenuDocs = Readonly<Record<string, ArgumentDoc>>;
