// A minimal LSP client for tests and the benchmark: spawns the built server (`node dist/server.js --stdio`)
// and speaks the protocol to it over its standard streams.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  createProtocolConnection,
  StreamMessageReader,
  StreamMessageWriter,
  type Diagnostic,
  type InitializeResult,
  type ProtocolConnection,
  type PublishDiagnosticsParams,
  type ServerCapabilities,
  type TextDocumentContentChangeEvent,
} from 'vscode-languageserver/node';
import { repoRoot } from '../helpers/shared';

/** The built server; ROUTEROS_SERVER points elsewhere (a bundle under test). */
export const serverPath = process.env.ROUTEROS_SERVER ?? join(repoRoot, 'dist', 'server.js');

type DiagnosticsWaiter = { uri: string; accept: (params: PublishDiagnosticsParams) => boolean; resolve: (d: Diagnostic[]) => void };

export class LspClient {
  private waiters: DiagnosticsWaiter[] = [];
  /** The latest diagnostics published per URI. */
  readonly published = new Map<string, Diagnostic[]>();
  capabilities: ServerCapabilities = {};
  /** Resolves once the server has asked for its settings (and been answered). */
  readonly configured: Promise<void>;
  private markConfigured: () => void = () => undefined;

  private constructor(private readonly child: ChildProcess, readonly connection: ProtocolConnection, settings: object | null) {
    connection.onNotification('textDocument/publishDiagnostics', (params: PublishDiagnosticsParams) => {
      this.published.set(params.uri, params.diagnostics);
      const ready = this.waiters.filter((waiter) => waiter.uri === params.uri && waiter.accept(params));
      this.waiters = this.waiters.filter((waiter) => !ready.includes(waiter));
      for (const waiter of ready) waiter.resolve(params.diagnostics);
    });
    this.configured = new Promise((resolve) => (this.markConfigured = resolve));
    connection.onRequest('workspace/configuration', (params: { items: { section?: string }[] }) => {
      setImmediate(this.markConfigured);
      return params.items.map((item) => (item.section === 'routeros' ? settings : null));
    });
    connection.onRequest('client/registerCapability', () => null);
    connection.onNotification('window/logMessage', () => undefined);
  }

  /**
   * Starts the server and completes the initialize handshake, with a workspace folder URI or options.
   * `settings` answers the server's `routeros` configuration requests (null: the server's defaults); `server`
   * is another server's script (the benchmark's null server), `serverPath` by default.
   */
  static async start(folderOrOptions: string | { workspaceFolder?: string; settings?: object; server?: string } = {}): Promise<LspClient> {
    const options = typeof folderOrOptions === 'string' ? { workspaceFolder: folderOrOptions } : folderOrOptions;
    const { workspaceFolder, server = serverPath } = options;
    if (!existsSync(server)) throw new Error(`${server} is missing: run \`node esbuild.mjs\` first`);
    const child = spawn(process.execPath, [...(process.env.ROUTEROS_SERVER_NODE_ARGS ?? '').split(' ').filter(Boolean), server, '--stdio'], { stdio: ['pipe', 'pipe', 'inherit'] });
    const connection = createProtocolConnection(new StreamMessageReader(child.stdout!), new StreamMessageWriter(child.stdin!));
    connection.listen();
    const client = new LspClient(child, connection, options.settings ?? null);
    const folders = workspaceFolder ? [{ uri: workspaceFolder, name: 'workspace' }] : null;
    const result: InitializeResult = await connection.sendRequest('initialize', {
      processId: process.pid,
      rootUri: workspaceFolder ?? null,
      workspaceFolders: folders,
      capabilities: { workspace: { configuration: true }, textDocument: { completion: { completionItem: { snippetSupport: false } } } },
    });
    client.capabilities = result.capabilities;
    await connection.sendNotification('initialized', {});
    return client;
  }

  get pid(): number {
    return this.child.pid ?? -1;
  }

  /** The server's resident memory in MB (Linux /proc), or undefined elsewhere. */
  residentMegabytes(): number | undefined {
    try {
      const status = readFileSync(`/proc/${this.pid}/status`, 'utf8');
      const kb = /VmRSS:\s+(\d+) kB/.exec(status)?.[1];
      return kb === undefined ? undefined : Number(kb) / 1024;
    } catch {
      return undefined;
    }
  }

  /**
   * The server process's CPU time (all its threads, the collector's included) and minor page faults so far,
   * from Linux /proc; undefined elsewhere.
   */
  processStats(): { cpuMs: number; pageFaults: number } | undefined {
    try {
      const stat = readFileSync(`/proc/${this.pid}/stat`, 'utf8');
      // The fields after the command name (which may hold spaces) start at state, field 3.
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      const ticks = 100; // USER_HZ on Linux
      return { pageFaults: Number(fields[7]), cpuMs: ((Number(fields[11]) + Number(fields[12])) * 1000) / ticks };
    } catch {
      return undefined;
    }
  }

  request<T>(method: string, params: unknown): Promise<T> {
    return this.connection.sendRequest(method, params) as Promise<T>;
  }

  /** Resolves with the next diagnostics published for `uri` that `accept` takes (any, by default). */
  nextDiagnostics(uri: string, accept: (params: PublishDiagnosticsParams) => boolean = () => true): Promise<Diagnostic[]> {
    return new Promise((resolve) => this.waiters.push({ uri, accept, resolve }));
  }

  async open(uri: string, text: string, version = 1): Promise<void> {
    await this.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'routeros', version, text } });
  }

  async change(uri: string, version: number, changes: TextDocumentContentChangeEvent[]): Promise<void> {
    await this.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: changes });
  }

  async stop(): Promise<void> {
    try {
      await Promise.race([this.connection.sendRequest('shutdown'), new Promise((resolve) => setTimeout(resolve, 2000))]);
      await this.connection.sendNotification('exit');
    } catch {
      // The server may already be gone; it is killed below either way.
    }
    this.connection.dispose();
    // A moment to exit on its own (so `--cpu-prof` and the like can write their files), then killed.
    if (this.child.exitCode === null) await new Promise((resolve) => { const timer = setTimeout(resolve, 1000); this.child.once('exit', () => { clearTimeout(timer); resolve(undefined); }); });
    this.child.kill();
  }
}
