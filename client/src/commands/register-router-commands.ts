// Everything the extension does with routers, registered in one place: deploy, the live view, the
// status bar, the stored passwords. extension.ts calls this once.
import * as vscode from 'vscode';
import type { RouterEntry } from '../router/router-settings';
import { IpsecTreeProvider, type WatchedRouter } from '../views/ipsec-tree';
import { LiveStatus } from '../views/live-status';
import { DEPLOY_DIAGNOSTIC_SOURCE, deployToRouter } from './deploy-command';
import { RouterAccess, forgetPassword } from './router-access';
import { showInstalledSas } from './show-sas-command';

function liveIntervalSeconds(): number {
  const seconds = vscode.workspace.getConfiguration('routeros').get<number>('liveInterval', 2);
  return Number.isFinite(seconds) && seconds >= 1 ? seconds : 2;
}

export function registerRouterCommands(context: vscode.ExtensionContext, output: vscode.LogOutputChannel): void {
  const access = new RouterAccess(context.secrets, output);
  const tree = new IpsecTreeProvider();
  const live = new LiveStatus((entry) => access.connect(entry, false), tree, liveIntervalSeconds, output);
  const diagnostics = vscode.languages.createDiagnosticCollection(DEPLOY_DIAGNOSTIC_SOURCE);
  const view = vscode.window.createTreeView('routeros.installedSas', { treeDataProvider: tree, showCollapseAll: true });
  const reveal = (name: string) => {
    const node = tree.routerNode(name);
    if (node) void Promise.resolve(view.reveal(node, { select: false, focus: false, expand: true })).catch(() => undefined);
  };
  const showLive = (entry: RouterEntry) => void showInstalledSas(access, live, reveal, entry);
  const routerNamed = (node: { router?: WatchedRouter } | undefined) => node?.router?.name;

  context.subscriptions.push(
    live,
    diagnostics,
    view,
    // A deploy error belongs to the text it was found in: editing the file clears it.
    vscode.workspace.onDidChangeTextDocument((event) => diagnostics.delete(event.document.uri)),
    vscode.commands.registerCommand('routeros.deploy', (resource?: unknown) =>
      deployToRouter({ access, state: context.workspaceState, diagnostics, output, showLive }, resource),
    ),
    vscode.commands.registerCommand('routeros.showInstalledSas', () => showInstalledSas(access, live, reveal)),
    vscode.commands.registerCommand('routeros.stopWatching', async (node?: { router?: WatchedRouter }) => {
      const name = routerNamed(node);
      await (name ? live.stop(name) : live.stopAll());
    }),
    vscode.commands.registerCommand('routeros.forgetPassword', () => forgetPassword(access)),
  );
}
