// The shape of a rule: a stable code, the fact of ipsec.md it relies on, a default severity, and a check.
import type { IpsecView } from '../model/ipsec';
import type { Finding, FindingInit, Severity } from './finding';
import type { PeerPair } from './pairing';

interface RuleBase {
  /** Stable: the public contract of the CLI, the `routeros.rules` setting and the README. */
  readonly code: string;
  /** The fact in ../shared/reference/ipsec.md (or setups.md) the rule relies on. */
  readonly fact: string;
  readonly severity: Severity;
  /** One sentence for the README and hovers. */
  readonly summary: string;
}

/** Checks one router's configuration. */
export interface RouterRule extends RuleBase {
  readonly scope: 'router';
  check(router: IpsecView, context: RouterContext): FindingInit[];
}

/** Compares the two ends of a tunnel; reports on `pair.local`, pointing at `pair.remote`. */
export interface PairRule extends RuleBase {
  readonly scope: 'pair';
  check(pair: PeerPair): FindingInit[];
}

export type Rule = RouterRule | PairRule;

export interface RouterContext {
  /** The script looks like a piece of a configuration rather than a whole router (no peer, or no address). */
  readonly fragment: boolean;
  /** Whether an item with this name exists in another `.rsc` file of the workspace. */
  definedElsewhere(menu: string, name: string): boolean;
}

export function toFinding(rule: Rule, uri: string, init: FindingInit): Finding {
  return {
    uri,
    span: init.span,
    code: rule.code,
    severity: init.severity ?? rule.severity,
    message: init.message,
    related: init.related ?? [],
    fixes: init.fixes ?? [],
  };
}
