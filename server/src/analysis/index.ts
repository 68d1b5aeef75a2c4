// Runs the rules over the workspace: each router alone, then each tunnel from both ends. Results are
// cached per router view and per pair, so one edit re-checks only that file and the tunnels it is part of.
import type { IpsecView } from '../model/ipsec';
import type { Finding, Severity } from './finding';
import { findPairs, type PeerPair, type StatedPair } from './pairing';
import { toFinding, type PairRule, type RouterContext, type RouterRule } from './rule';
import { rules } from './rules/index';

export type SeverityOverride = Severity | 'off';

export interface AnalysisOptions {
  /** `routeros.rules`: a severity (or `off`) per rule code. */
  readonly severities?: Readonly<Record<string, SeverityOverride>>;
  readonly statedPairs?: readonly StatedPair[];
}

export interface WorkspaceInput {
  readonly views: readonly IpsecView[];
  readonly context: (view: IpsecView) => RouterContext;
  /** Told the tunnels as soon as they are found, before any rule asks its context about the workspace. */
  readonly tunnelsFound?: (pairs: readonly PeerPair[]) => void;
}

const routerRules = rules.filter((rule): rule is RouterRule => rule.scope === 'router');
const pairRules = rules.filter((rule): rule is PairRule => rule.scope === 'pair');

function adjust(findings: Finding[], severities: AnalysisOptions['severities']): Finding[] {
  if (!severities) return findings;
  const out: Finding[] = [];
  for (const finding of findings) {
    const override = severities[finding.code];
    if (override === 'off') continue;
    // An information finding ("cannot verify") stays information whatever the rule's severity.
    out.push(override && finding.severity !== 'information' ? { ...finding, severity: override } : finding);
  }
  return out;
}

function safely<T>(run: () => T[]): T[] {
  try {
    return run();
  } catch {
    return [];
  }
}

export function checkRouter(view: IpsecView, context: RouterContext): Finding[] {
  return routerRules.flatMap((rule) => safely(() => rule.check(view, context).map((init) => toFinding(rule, view.uri, init))));
}

export function checkPair(pair: PeerPair): Finding[] {
  return pairRules.flatMap((rule) => safely(() => rule.check(pair).map((init) => toFinding(rule, pair.local.view.uri, init))));
}

/**
 * A router's findings, with what its rules asked of the rest of the workspace: they hold while the
 * workspace gives the same answers (another file defining a peer ends an undefined-reference warning).
 */
interface RouterFindings {
  readonly findings: Finding[];
  readonly fragment: boolean;
  readonly asked: readonly { readonly menu: string; readonly name: string; readonly answer: boolean }[];
}

/** Runs the router rules with a context that records the workspace questions they ask. */
function checkRouterRecorded(view: IpsecView, context: RouterContext): RouterFindings {
  const asked: { menu: string; name: string; answer: boolean }[] = [];
  const recording: RouterContext = {
    fragment: context.fragment,
    definedElsewhere(menu, name) {
      const answer = context.definedElsewhere(menu, name);
      asked.push({ menu, name, answer });
      return answer;
    },
  };
  return { findings: checkRouter(view, recording), fragment: context.fragment, asked };
}

function stillHolds(cached: RouterFindings, context: RouterContext): boolean {
  return cached.fragment === context.fragment && cached.asked.every(({ menu, name, answer }) => context.definedElsewhere(menu, name) === answer);
}

/** Findings per file URI, with caches keyed by the (immutable) views, so unchanged files cost nothing. */
export class WorkspaceAnalysis {
  private routerCache = new WeakMap<IpsecView, RouterFindings>();
  private pairCache = new Map<string, { local: IpsecView; remote: IpsecView; findings: Finding[] }>();
  private pairs: PeerPair[] = [];

  run(input: WorkspaceInput, options: AnalysisOptions = {}): Map<string, Finding[]> {
    this.pairs = findPairs(input.views, options.statedPairs ?? []);
    input.tunnelsFound?.(this.pairs);
    const byUri = new Map<string, Finding[]>(input.views.map((view) => [view.uri, [] as Finding[]]));
    for (const view of input.views) {
      const context = input.context(view);
      let cached = this.routerCache.get(view);
      if (!cached || !stillHolds(cached, context)) {
        cached = checkRouterRecorded(view, context);
        this.routerCache.set(view, cached);
      }
      byUri.get(view.uri)!.push(...cached.findings);
    }
    const live = new Set<string>();
    for (const pair of this.pairs) {
      const key = `${pair.local.view.uri}#${pair.local.peer.key}>${pair.remote.view.uri}#${pair.remote.peer.key}`;
      live.add(key);
      let cached = this.pairCache.get(key);
      if (!cached || cached.local !== pair.local.view || cached.remote !== pair.remote.view) {
        cached = { local: pair.local.view, remote: pair.remote.view, findings: checkPair(pair) };
        this.pairCache.set(key, cached);
      }
      byUri.get(pair.local.view.uri)?.push(...cached.findings);
    }
    for (const key of [...this.pairCache.keys()]) if (!live.has(key)) this.pairCache.delete(key);
    for (const [uri, findings] of byUri) byUri.set(uri, adjust(findings, options.severities));
    return byUri;
  }

  /** The tunnels found by the last run, each from both ends. */
  lastPairs(): readonly PeerPair[] {
    return this.pairs;
  }
}
