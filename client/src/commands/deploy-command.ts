// "RouterOS: Deploy to Router…": pick a router (the last one used for this file comes first),
// confirm with the router's identity and version (and the file's errors, if any), deploy with a
// cancellable progress notification, then show what happened: the result, or the router's error
// on the failing line. A successful deploy opens the live view.
import { basename } from 'node:path';
import * as vscode from 'vscode';
import type { RouterConnection } from '../router/connection';
import { deployScript, type DeployResult } from '../router/deploy/deploy';
import { hasCharactersOutsideWindows1252 } from '../router/deploy/parts';
import { planDeploy, type DeployPlan } from '../router/deploy/plan';
import { RouterError } from '../router/errors';
import { collectSecrets, redact } from '../router/redact';
import { fetchRouterInfo, type RouterInfo } from '../router/router-info';
import { endpointOf, type RouterEntry } from '../router/router-settings';
import type { RouterAccess } from './router-access';

export const DEPLOY_DIAGNOSTIC_SOURCE = 'RouterOS deploy';

export interface DeployContext {
  readonly access: RouterAccess;
  readonly state: vscode.Memento;
  readonly diagnostics: vscode.DiagnosticCollection;
  readonly output: vscode.LogOutputChannel;
  /** Opens the live view on a router after a successful deploy. */
  readonly showLive: (entry: RouterEntry) => void;
}

async function targetDocument(resource: unknown): Promise<vscode.TextDocument | undefined> {
  const uri = resource instanceof vscode.Uri ? resource : vscode.window.activeTextEditor?.document.uri;
  if (!uri) return undefined;
  const document = await vscode.workspace.openTextDocument(uri);
  if (document.isDirty) await document.save();
  return document;
}

async function pickRouter(context: DeployContext, document: vscode.TextDocument): Promise<RouterEntry | undefined> {
  const routers = context.access.routers();
  if (routers.length === 0) {
    const open = await vscode.window.showWarningMessage('No router is configured: add one to the "routeros.routers" setting.', 'Open Settings');
    if (open) await vscode.commands.executeCommand('workbench.action.openSettings', 'routeros.routers');
    return undefined;
  }
  const last = context.state.get<string>(`routeros.lastRouter:${document.uri.toString()}`);
  const ordered = [...routers].sort((a, b) => Number(b.name === last) - Number(a.name === last));
  const picked = await vscode.window.showQuickPick(
    ordered.map((entry) => ({
      label: entry.name,
      description: `${entry.host}:${endpointOf(entry).port}${entry.name === last ? ' · last used for this file' : ''}`,
      detail: entry.tls ? (entry.fingerprint ? 'TLS, pinned certificate' : entry.anonymousTls ? 'anonymous TLS' : 'TLS') : 'plaintext API',
      entry,
    })),
    { title: `Deploy ${basename(document.fileName)} to which router?` },
  );
  if (picked) await context.state.update(`routeros.lastRouter:${document.uri.toString()}`, picked.entry.name);
  return picked?.entry;
}

function errorCount(document: vscode.TextDocument): number {
  return vscode.languages
    .getDiagnostics(document.uri)
    .filter((diagnostic) => diagnostic.severity === vscode.DiagnosticSeverity.Error && diagnostic.source !== DEPLOY_DIAGNOSTIC_SOURCE).length;
}

async function confirm(document: vscode.TextDocument, info: RouterInfo, plan: DeployPlan): Promise<boolean> {
  const errors = errorCount(document);
  const notes = [
    plan.method,
    plan.caution,
    errors > 0 ? `${basename(document.fileName)} has ${errors} error(s) in the Problems panel.` : undefined,
    hasCharactersOutsideWindows1252(document.getText()) ? 'Characters outside Windows-1252 (e.g. Cyrillic) arrive as "?".' : undefined,
  ].filter(Boolean);
  const deploy = {
    label: errors > 0 ? 'Deploy anyway' : 'Deploy',
    description: `identity "${info.identity}" · RouterOS ${info.version.text}${info.board ? ` · ${info.board}` : ''}`,
    detail: notes.join(' '),
  };
  const picked = await vscode.window.showQuickPick([deploy, { label: 'Cancel' }], {
    title: `Deploy ${basename(document.fileName)} to ${info.identity} (RouterOS ${info.version.text})?`,
    ignoreFocusOut: true,
  });
  return picked === deploy;
}

function showFailure(context: DeployContext, document: vscode.TextDocument, result: DeployResult): void {
  const failure = result.failure;
  if (!failure || failure.line === undefined || failure.line > document.lineCount) return;
  const line = document.lineAt(failure.line - 1);
  const start = failure.column === undefined ? line.firstNonWhitespaceCharacterIndex : Math.min(failure.column - 1, line.text.length);
  const diagnostic = new vscode.Diagnostic(new vscode.Range(line.lineNumber, start, line.lineNumber, line.text.length), failure.message, vscode.DiagnosticSeverity.Error);
  diagnostic.source = DEPLOY_DIAGNOSTIC_SOURCE;
  context.diagnostics.set(document.uri, [diagnostic]);
}

async function runDeploy(document: vscode.TextDocument, connection: RouterConnection, info: RouterInfo): Promise<DeployResult> {
  return vscode.window.withProgress(
    { location: vscode.ProgressLocation.Notification, title: `Deploying to ${info.identity}`, cancellable: true },
    (progress, token) => {
      const cancel = new AbortController();
      token.onCancellationRequested(() => cancel.abort());
      return deployScript(connection, info, {
        script: document.getText(),
        fileLabel: basename(document.fileName),
        signal: cancel.signal,
        onProgress: (step) => progress.report({ message: step }),
      });
    },
  );
}

async function report(context: DeployContext, entry: RouterEntry, document: vscode.TextDocument, result: DeployResult): Promise<void> {
  context.output.info(result.summary);
  if (result.outcome === 'applied') {
    context.showLive(entry);
    void vscode.window.showInformationMessage(result.summary);
    return;
  }
  showFailure(context, document, result);
  if (result.outcome === 'cancelled') void vscode.window.showInformationMessage(result.summary);
  else void vscode.window.showErrorMessage(result.summary);
}

/** Connecting can take the whole timeout: say so, and let the user give up. */
function connecting(context: DeployContext, entry: RouterEntry): Promise<{ connection: RouterConnection; info: RouterInfo }> {
  return Promise.resolve(
    vscode.window.withProgress({ location: vscode.ProgressLocation.Notification, title: `Connecting to ${entry.name}…` }, async () => {
      const connection = await context.access.connect(entry, true);
      try {
        return { connection, info: await fetchRouterInfo(connection) };
      } catch (error) {
        await connection.close();
        throw error;
      }
    }),
  );
}

export async function deployToRouter(context: DeployContext, resource?: unknown): Promise<void> {
  const document = await targetDocument(resource);
  if (!document) return void vscode.window.showWarningMessage('Open or select a RouterOS script (.rsc) to deploy.');
  const entry = await pickRouter(context, document);
  if (!entry) return;
  const secrets = collectSecrets(document.getText());
  let connection: RouterConnection | undefined;
  try {
    const reached = await connecting(context, entry);
    connection = reached.connection;
    const plan = planDeploy(connection.endpoint, reached.info.version); // too old: said before anything is asked
    if (!(await confirm(document, reached.info, plan))) return;
    context.diagnostics.delete(document.uri);
    await report(context, entry, document, await runDeploy(document, connection, reached.info));
  } catch (error) {
    const message = redact(error instanceof RouterError ? error.message : `Deploy failed: ${String(error)}`, secrets);
    if (error instanceof RouterError && error.kind === 'cancelled') return;
    context.output.error(message);
    void vscode.window.showErrorMessage(message);
  } finally {
    await connection?.close();
  }
}
