// "RouterOS: Show Installed SAs": pick a router (or take the one given) and watch it in the view.
import * as vscode from 'vscode';
import { RouterError } from '../router/errors';
import type { RouterEntry } from '../router/router-settings';
import type { LiveStatus } from '../views/live-status';
import type { RouterAccess } from './router-access';

/** `reveal` shows the router in the view without taking the focus (a deploy's user may be typing). */
export async function showInstalledSas(access: RouterAccess, live: LiveStatus, reveal: (name: string) => void, entry?: RouterEntry): Promise<void> {
  const routers = access.routers();
  const target =
    entry ??
    (routers.length === 1
      ? routers[0]
      : (await vscode.window.showQuickPick(routers.map((router) => ({ label: router.name, description: router.host, router })), { title: 'Watch which router?' }))
          ?.router);
  if (!target) {
    if (routers.length === 0) void vscode.window.showWarningMessage('No router is configured: add one to the "routeros.routers" setting.');
    return;
  }
  try {
    // Ask for the password now, while the user is here; reconnects later reuse it.
    const connection = await access.connect(target, true);
    await connection.close();
  } catch (error) {
    if (!(error instanceof RouterError && error.kind === 'cancelled')) void vscode.window.showErrorMessage(error instanceof Error ? error.message : String(error));
    return;
  }
  live.watch(target);
  reveal(target.name);
}
