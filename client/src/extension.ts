// Wiring only: start the language client and register the commands.
import * as path from 'node:path';
import * as vscode from 'vscode';
import { LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';
import { generateOtherSite } from './commands/generate-other-site';
import { openLocation } from './commands/open-location';
import { registerRouterCommands } from './commands/register-router-commands';

let client: LanguageClient | undefined;

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  const output = vscode.window.createOutputChannel('RouterOS', { log: true });
  context.subscriptions.push(output);

  const serverModule = context.asAbsolutePath(path.join('dist', 'server.js'));
  const serverOptions: ServerOptions = {
    run: { module: serverModule, transport: TransportKind.ipc },
    debug: { module: serverModule, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6009'] } },
  };
  const clientOptions: LanguageClientOptions = {
    documentSelector: [
      { language: 'routeros', scheme: 'file' },
      { language: 'routeros', scheme: 'untitled' },
    ],
    synchronize: {
      configurationSection: 'routeros',
      fileEvents: vscode.workspace.createFileSystemWatcher('**/*.rsc'),
    },
    outputChannel: output,
  };
  client = new LanguageClient('routeros', 'RouterOS', serverOptions, clientOptions);
  const languageClient = client;
  context.subscriptions.push(
    vscode.commands.registerCommand('routeros.generateOtherSite', () => generateOtherSite(languageClient)),
    vscode.commands.registerCommand('routeros.openLocation', openLocation),
  );
  registerRouterCommands(context, output);
  await client.start();
}

export async function deactivate(): Promise<void> {
  await client?.stop();
}
