// Every diagnostic of every file of a workspace: what RouterOS would reject (core diagnostics) and the
// IPsec rules, each router alone and each tunnel from both ends. Used by the server, the CLI and tests.
import { WorkspaceAnalysis, type SeverityOverride } from './analysis/index';
import type { Finding } from './analysis/finding';
import { peerNetwork, type PeerPair } from './analysis/pairing';
import type { RouterContext } from './analysis/rule';
import { CoreDiagnosticsJob } from './features/index';
import { migrationFixAt } from './generate/migrate-v6';
import type { RouterDocument } from './model/document';
import { IPSEC } from './model/ipsec';
import { WorkspaceIndex, type PairSetting } from './model/workspace';
import { Stage } from './slices';

export interface CheckOptions {
  /** `routeros.version` (an export header overrides it per file). */
  readonly version?: string;
  readonly maxFileSize?: number;
  /** `routeros.rules`: severity or `off` per rule code. */
  readonly severities?: Readonly<Record<string, SeverityOverride>>;
  /** `routeros.pairs`. */
  readonly pairs?: readonly PairSetting[];
  /** Workspace folder URIs, to resolve relative paths of `pairs`. */
  readonly folders?: readonly string[];
}

export const defaultSettings = { version: '7.24', maxFileSize: 5_000_000 };

/** A script that is a piece of a configuration: it defines no peer or no policy of its own. */
function isFragment(document: RouterDocument): boolean {
  const view = document.ipsec;
  return view.items(IPSEC.peer).length === 0 || view.items(IPSEC.policy).every((policy) => policy.builtin);
}

export class WorkspaceChecker {
  private readonly analysis = new WorkspaceAnalysis();
  /** Each document's core diagnostics (with the v6 migration fixes), made in slices. */
  private readonly core = new WeakMap<RouterDocument, Stage<Finding[]>>();

  constructor(readonly index: WorkspaceIndex) {}

  /**
   * Does the expensive part of `run` (reading every document and its core diagnostics) in slices: works
   * until `deadline` (a `performance.now()` time) and returns true once `run` has only the IPsec rules
   * left to do. A server calls it between requests, so typing never waits for a large file to be read.
   */
  advance(deadline: number): boolean {
    for (const document of this.index.all()) {
      const core = this.coreOf(document);
      if (core.done) continue;
      if (!core.step(deadline) || performance.now() >= deadline) return false;
    }
    return true;
  }

  private coreOf(document: RouterDocument): Stage<Finding[]> {
    let core = this.core.get(document);
    if (!core) {
      core = new Stage(() => new CoreDiagnosticsJob(document), (findings) => findings.map((finding) => withMigration(document, finding)));
      this.core.set(document, core);
    }
    return core;
  }

  run(options: CheckOptions = {}): Map<string, Finding[]> {
    const documents = this.index.all();
    const analysed = documents.filter((document) => !document.oversized);
    const byView = new Map(analysed.map((document) => [document.ipsec, document]));
    const context = (view: RouterDocument['ipsec']): RouterContext => {
      const document = byView.get(view)!;
      return {
        fragment: isFragment(document),
        definedElsewhere: (menu, name) => this.index.definedElsewhere(menu, name, document.uri),
      };
    };
    // The two ends of a tunnel are two routers: a name one of them uses never refers to an item of the other
    // (undefined-reference, and navigation and completion until the next check).
    const tunnelsFound = (pairs: readonly PeerPair[]) =>
      this.index.noteTunnels(pairs.map((pair) => ({ local: pair.local.view.uri, remote: pair.remote.view.uri, reachedAt: peerNetwork(pair.remote.view, pair.remote.peer) })));
    const ipsec = this.analysis.run(
      { views: analysed.map((document) => document.ipsec), context, tunnelsFound },
      { severities: options.severities ?? {}, statedPairs: this.index.statedPairs(options.pairs ?? [], options.folders ?? []) },
    );
    const result = new Map<string, Finding[]>();
    for (const document of documents) {
      result.set(document.uri, [...this.coreOf(document).finish(), ...(ipsec.get(document.uri) ?? [])]);
    }
    return result;
  }

  /** The tunnels of the last run, each seen from both ends. */
  pairs() {
    return this.analysis.lastPairs();
  }
}

/** A v6 peer or policy in a v7 script gets the quick fix that rewrites it in the v7 form. */
function withMigration(document: RouterDocument, finding: Finding): Finding {
  if (finding.code !== 'legacy-syntax') return finding;
  const fix = migrationFixAt(document, finding.span);
  return fix ? { ...finding, fixes: [...finding.fixes, fix] } : finding;
}

/** Checks files given as text (the CLI, tests): one workspace of exactly these files. */
export function checkWorkspace(files: readonly { uri: string; text: string }[], options: CheckOptions = {}): Map<string, Finding[]> {
  const index = new WorkspaceIndex({ version: options.version ?? defaultSettings.version, maxFileSize: options.maxFileSize ?? defaultSettings.maxFileSize });
  for (const file of files) index.update(file.uri, file.text, 1);
  return new WorkspaceChecker(index).run(options);
}
