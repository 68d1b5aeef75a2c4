// The VS Code side of reaching a configured router: the routers from the settings, the password
// (SecretStorage, asked once, remembered only when the user says so), the CA file, the warnings,
// and a logged-in connection. Passwords never go to settings, logs or the output channel.
import { readFile } from 'node:fs/promises';
import { isAbsolute, join } from 'node:path';
import * as vscode from 'vscode';
import { connectToRouter, type RouterConnection } from '../router/connection';
import { RouterError } from '../router/errors';
import { endpointOf, readRouterEntries, transportWarning, trustOf, type RouterEntry } from '../router/router-settings';

const SECRET_PREFIX = 'routeros.password';

export class RouterAccess {
  /** Passwords the user chose not to remember: kept for this window only, so reconnects need not ask. */
  private readonly sessionPasswords = new Map<string, string>();
  private readonly warned = new Set<string>();

  constructor(
    private readonly secrets: vscode.SecretStorage,
    private readonly output: vscode.LogOutputChannel,
  ) {}

  /** The usable routers of `routeros.routers`; problems with the others go to the output channel. */
  routers(): RouterEntry[] {
    const { routers, problems } = readRouterEntries(vscode.workspace.getConfiguration('routeros').get('routers'));
    for (const problem of problems) this.output.warn(problem);
    return routers;
  }

  get timeoutSeconds(): number {
    const seconds = vscode.workspace.getConfiguration('routeros').get<number>('connectTimeout', 10);
    return Number.isFinite(seconds) && seconds > 0 ? seconds : 10;
  }

  /**
   * Connects and logs in. `interactive`: may ask for the password (a user action); a background
   * reconnect may not, and fails with kind `auth` when it does not know one.
   */
  async connect(entry: RouterEntry, interactive: boolean): Promise<RouterConnection> {
    this.warnOnce(entry);
    const password = await this.password(entry, interactive);
    if (password === undefined) throw new RouterError(interactive ? 'cancelled' : 'auth', interactive ? 'Cancelled.' : `No password known for ${entry.name}.`);
    try {
      return await connectToRouter({
        endpoint: endpointOf(entry),
        username: entry.username,
        password,
        trust: trustOf(entry, await this.caText(entry)),
        timeoutSeconds: this.timeoutSeconds,
        log: (line) => this.output.debug(`${entry.name}: ${line}`),
      });
    } catch (error) {
      if (error instanceof RouterError && error.kind === 'auth') await this.forget(entry);
      throw error;
    }
  }

  async forget(entry: RouterEntry): Promise<void> {
    this.sessionPasswords.delete(secretKey(entry));
    await this.secrets.delete(secretKey(entry));
  }

  private async password(entry: RouterEntry, interactive: boolean): Promise<string | undefined> {
    const key = secretKey(entry);
    const known = this.sessionPasswords.get(key) ?? (await this.secrets.get(key));
    if (known !== undefined || !interactive) return known;
    const password = await vscode.window.showInputBox({
      title: `Password for ${entry.username} on ${entry.name}`,
      prompt: `${entry.host}:${endpointOf(entry).port}`,
      password: true,
      ignoreFocusOut: true,
    });
    if (password === undefined) return undefined;
    const choice = await vscode.window.showQuickPick(
      [
        { label: 'Remember', description: 'in VS Code\'s secret storage (RouterOS: Forget Router Password removes it)' },
        { label: 'Only this session' },
      ],
      { title: `Remember the password for ${entry.name}?`, ignoreFocusOut: true },
    );
    if (choice?.label === 'Remember') await this.secrets.store(key, password);
    else this.sessionPasswords.set(key, password);
    return password;
  }

  private async caText(entry: RouterEntry): Promise<string | undefined> {
    if (!entry.ca) return undefined;
    const folder = vscode.workspace.workspaceFolders?.[0]?.uri.fsPath ?? '';
    const path = isAbsolute(entry.ca) ? entry.ca : join(folder, entry.ca);
    try {
      return await readFile(path, 'utf8');
    } catch {
      throw new RouterError('config', `Router "${entry.name}": the CA file ${path} cannot be read.`);
    }
  }

  private warnOnce(entry: RouterEntry): void {
    const warning = transportWarning(entry);
    if (!warning || this.warned.has(entry.name)) return;
    this.warned.add(entry.name);
    this.output.warn(warning);
    void vscode.window.showWarningMessage(warning);
  }
}

function secretKey(entry: RouterEntry): string {
  return `${SECRET_PREFIX}:${entry.username}@${entry.host}:${endpointOf(entry).port}`;
}

/** "RouterOS: Forget Router Password…" */
export async function forgetPassword(access: RouterAccess): Promise<void> {
  const routers = access.routers();
  const picked = await vscode.window.showQuickPick(
    routers.map((entry) => ({ label: entry.name, description: `${entry.username}@${entry.host}`, entry })),
    { title: 'Forget the stored password of which router?' },
  );
  if (!picked) return;
  await access.forget(picked.entry);
  void vscode.window.showInformationMessage(`The password for ${picked.entry.name} is forgotten.`);
}
