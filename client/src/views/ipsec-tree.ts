// The "Installed SAs" view: one node per watched router (its state), under it the installed SAs,
// the active peers and the policies with their phase 2 state, as the last snapshot showed them.
import * as vscode from 'vscode';
import type { IpsecSnapshot } from '../router/tail/feed';
import { algorithms, formatBytes, statusSummary } from '../router/tail/format';
import type { WatchState } from '../router/tail/watch';

export interface WatchedRouter {
  readonly name: string;
  readonly state: WatchState;
  readonly snapshot: IpsecSnapshot | undefined;
}

type Node =
  | { readonly kind: 'router'; readonly router: WatchedRouter }
  | { readonly kind: 'group'; readonly router: WatchedRouter; readonly group: 'sas' | 'peers' | 'policies' }
  | { readonly kind: 'row'; readonly item: vscode.TreeItem };

function stateText(router: WatchedRouter): string {
  const { state } = router;
  switch (state.kind) {
    case 'live':
      return router.snapshot ? statusSummary(router.name, router.snapshot).slice(router.name.length + 2) : 'connected';
    case 'waiting':
      return `reconnecting in ${Math.round(state.retryInMs / 1000)} s — ${state.error.message}`;
    case 'failed':
      return `stopped — ${state.error.message}`;
    default:
      return state.kind;
  }
}

function row(label: string, description: string, icon: string, tooltip?: string): Node {
  const item = new vscode.TreeItem(label, vscode.TreeItemCollapsibleState.None);
  item.description = description;
  item.iconPath = new vscode.ThemeIcon(icon);
  item.tooltip = tooltip ?? `${label}  ${description}`;
  return { kind: 'row', item };
}

function rowsOf(snapshot: IpsecSnapshot, group: 'sas' | 'peers' | 'policies'): Node[] {
  if (group === 'sas') {
    return snapshot.installedSas.map((sa) => {
      const rate = sa.bytesPerSecond === undefined ? '' : ` ↑${formatBytes(Math.round(sa.bytesPerSecond))}/s`;
      return row(`${sa.spi}  ${sa.source} → ${sa.destination}`, `${sa.state} · ${algorithms(sa)} · ${formatBytes(sa.bytes)} ${sa.packets} pkts${rate} · expires in ${sa.expiresIn}`, 'key');
    });
  }
  if (group === 'peers') {
    return snapshot.activePeers.map((peer) =>
      row(`${peer.localAddress} ↔ ${peer.remoteAddress}`, `${peer.state} · up ${peer.uptime} · ${peer.side}`, peer.state === 'established' ? 'plug' : 'debug-disconnect'),
    );
  }
  return snapshot.policies.map((policy) =>
    row(`${policy.source} → ${policy.destination}`, `ph2 ${policy.phase2 || '—'}${policy.invalid ? ' · invalid' : ''}${policy.disabled ? ' · disabled' : ''}`, policy.phase2 === 'established' ? 'pass' : 'circle-slash'),
  );
}

const groupLabels = { sas: 'Installed SAs', peers: 'Active peers', policies: 'Policies' } as const;

export class IpsecTreeProvider implements vscode.TreeDataProvider<Node> {
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChangeTreeData = this.changed.event;
  private routers: readonly WatchedRouter[] = [];

  update(routers: readonly WatchedRouter[]): void {
    this.routers = routers;
    this.changed.fire();
  }

  getTreeItem(node: Node): vscode.TreeItem {
    if (node.kind === 'row') return node.item;
    if (node.kind === 'router') {
      const item = new vscode.TreeItem(node.router.name, vscode.TreeItemCollapsibleState.Expanded);
      item.description = stateText(node.router);
      item.contextValue = 'routeros.watchedRouter';
      item.iconPath = new vscode.ThemeIcon(node.router.state.kind === 'live' ? 'radio-tower' : 'warning');
      item.id = `router:${node.router.name}`;
      return item;
    }
    const count = node.router.snapshot ? rowsOf(node.router.snapshot, node.group).length : 0;
    const item = new vscode.TreeItem(`${groupLabels[node.group]} (${count})`, vscode.TreeItemCollapsibleState.Expanded);
    item.id = `group:${node.router.name}:${node.group}`;
    return item;
  }

  /** The node of a watched router, for revealing it (undefined when it is not watched). */
  routerNode(name: string): Node | undefined {
    const router = this.routers.find((candidate) => candidate.name === name);
    return router ? { kind: 'router', router } : undefined;
  }

  getParent(node: Node): Node | undefined {
    return node.kind === 'group' ? { kind: 'router', router: node.router } : undefined;
  }

  getChildren(node?: Node): Node[] {
    if (!node) return this.routers.map((router) => ({ kind: 'router', router }));
    if (node.kind === 'router') return (['sas', 'peers', 'policies'] as const).map((group) => ({ kind: 'group', router: node.router, group }));
    if (node.kind === 'group' && node.router.snapshot) return rowsOf(node.router.snapshot, node.group);
    return [];
  }
}
