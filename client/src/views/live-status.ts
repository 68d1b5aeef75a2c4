// Watches the routers the user asked about: one RouterWatch each (streams, reconnects), feeding the
// tree view and one status-bar item (`Boise: 2 SA · 1.2 MB`). Everything stops when the view is
// closed or the extension ends; nothing keeps a router session open behind the user's back.
import * as vscode from 'vscode';
import type { RouterConnection } from '../router/connection';
import type { RouterEntry } from '../router/router-settings';
import { statusSummary } from '../router/tail/format';
import { watchRouter, type RouterWatch } from '../router/tail/watch';
import type { IpsecTreeProvider, WatchedRouter } from './ipsec-tree';

interface Watched {
  entry: RouterEntry;
  current: WatchedRouter;
  watch: RouterWatch;
}

export class LiveStatus implements vscode.Disposable {
  private readonly watched = new Map<string, Watched>();
  private readonly statusBar = vscode.window.createStatusBarItem('routeros.liveStatus', vscode.StatusBarAlignment.Left, 50);

  constructor(
    private readonly connect: (entry: RouterEntry) => Promise<RouterConnection>,
    private readonly tree: IpsecTreeProvider,
    private readonly intervalSeconds: () => number,
    private readonly output: vscode.LogOutputChannel,
  ) {
    this.statusBar.name = 'RouterOS IPsec';
    this.statusBar.command = 'routeros.installedSas.focus';
  }

  isWatching(name: string): boolean {
    return this.watched.has(name);
  }

  /** Starts watching; a watch that gave up (e.g. it had no password) starts afresh. */
  watch(entry: RouterEntry): void {
    const existing = this.watched.get(entry.name);
    if (existing && existing.current.state.kind !== 'failed') return;
    if (existing) void this.stop(entry.name);
    const current: WatchedRouter = { name: entry.name, state: { kind: 'connecting' }, snapshot: undefined };
    const record: Watched = { entry, current, watch: { stop: async () => undefined } };
    this.watched.set(entry.name, record);
    record.watch = watchRouter({
      connect: () => this.connect(entry),
      intervalSeconds: this.intervalSeconds(),
      onSnapshot: (snapshot) => {
        if (record.current.snapshot?.installedSas.length !== snapshot.installedSas.length) {
          this.output.info(statusSummary(entry.name, snapshot));
        }
        this.change(record, { ...record.current, snapshot });
      },
      onState: (state) => {
        if (state.kind === 'waiting' || state.kind === 'failed') this.output.warn(`${entry.name}: ${state.error.message}`);
        this.change(record, { ...record.current, state });
      },
    });
    this.refresh();
  }

  async stop(name: string): Promise<void> {
    const record = this.watched.get(name);
    if (!record) return;
    this.watched.delete(name);
    this.refresh();
    await record.watch.stop();
  }

  async stopAll(): Promise<void> {
    await Promise.all([...this.watched.keys()].map((name) => this.stop(name)));
  }

  dispose(): void {
    void this.stopAll();
    this.statusBar.dispose();
  }

  private change(record: Watched, next: WatchedRouter): void {
    record.current = next;
    if (this.watched.get(record.entry.name) === record) this.refresh();
  }

  private refresh(): void {
    const routers = [...this.watched.values()].map((record) => record.current);
    this.tree.update(routers);
    const parts = routers.map((router) => (router.snapshot && router.state.kind === 'live' ? statusSummary(router.name, router.snapshot) : `${router.name}: ${router.state.kind}`));
    if (parts.length === 0) return this.statusBar.hide();
    this.statusBar.text = `$(shield) ${parts.join('  ')}`;
    this.statusBar.tooltip = 'RouterOS IPsec: installed SAs and bytes through them. Click to open the view.';
    this.statusBar.show();
  }
}
