// A simulated RouterOS router: API (TCP) and API-SSL (TLS) listeners on loopback, a configuration,
// a version with its differences, fault switches, and IPsec tunnels to the other simulated
// routers it finds in its directory.
import { createServer, type Server, type Socket } from 'node:net';
import { createServer as createTlsServer } from 'node:tls';
import { parseRouterOsVersion, type RouterOsVersion } from '../../client/src/router/version';
import type { Sentence } from '../../client/src/router/protocol/sentence';
import { executeCommand, type RouterState } from './api/commands';
import type { Outcome } from './api/outcome';
import { ApiSession, type SessionHost } from './api/session';
import { addItem } from './config/menu-commands';
import { ConfigStore } from './config/store';
import { processDirectory, type PeerDirectory } from './directory';
import { noFaults, type Faults } from './faults';
import { ipsecStatus, type IpsecStatus } from './ipsec/status';
import { SafeMode } from './safe-mode';
import { runImport } from './script/import-file';
import { simulatorCertificate, type SimulatorCertificate } from './tls/certificate';

export interface SimulatedRouterOptions {
  readonly name: string;
  /** RouterOS version, e.g. `7.18.2`. */
  readonly version: string;
  readonly username?: string;
  readonly password?: string;
  /** API port (0 = any free port). */
  readonly port?: number;
  /** API-SSL port (0 = any free port); null = no TLS service. */
  readonly tlsPort?: number | null;
  /** `certificate` (a self-signed one, pinned by fingerprint) or `anonymous` (RouterOS without a certificate). */
  readonly tlsMode?: 'certificate' | 'anonymous';
  /** `/ip address` entries the router starts with, e.g. its WAN: `{ address: '203.0.113.1/24', interface: 'ether1' }`. */
  readonly addresses?: readonly { address: string; interface: string }[];
  readonly directory?: PeerDirectory;
  readonly faults?: Partial<Faults>;
}

const HOST = '127.0.0.1';

export class SimulatedRouter implements SessionHost, RouterState {
  readonly store = new ConfigStore();
  readonly safeMode = new SafeMode(this.store);
  readonly faults: Faults;
  readonly version: RouterOsVersion;
  readonly startedAt = Date.now();
  readonly certificate: SimulatorCertificate | undefined;
  private readonly directory: PeerDirectory;
  private readonly sessions = new Set<ApiSession>();
  private servers: Server[] = [];
  private ipsecChangedAt = Date.now();
  private publishedName = '';
  port = 0;
  tlsPort = 0;

  constructor(private readonly options: SimulatedRouterOptions) {
    const version = parseRouterOsVersion(options.version);
    if (!version) throw new Error(`not a RouterOS version: ${options.version}`);
    this.version = version;
    this.faults = { ...noFaults(), ...options.faults };
    this.directory = options.directory ?? processDirectory;
    this.certificate = options.tlsPort !== null && options.tlsMode !== 'anonymous' ? simulatorCertificate(options.name) : undefined;
    this.store.update('system/identity', this.store.items('system/identity')[0].id, { name: options.name });
    for (const entry of options.addresses ?? []) addItem(this.store, 'ip/address', entry);
    this.store.onChange((path) => this.configurationChanged(path));
    this.publish();
  }

  get name(): string {
    return this.store.items('system/identity')[0]?.props.name ?? this.options.name;
  }

  get sendsEmpty(): boolean {
    return this.version.major > 7 || (this.version.major === 7 && this.version.minor >= 18);
  }

  get legacyLogin(): boolean {
    return this.version.major < 6 || (this.version.major === 6 && this.version.minor < 43);
  }

  async start(): Promise<void> {
    const plain = createServer((socket) => this.accept(socket));
    this.port = await listen(plain, this.options.port ?? (this.port || 0));
    this.servers = [plain];
    if (this.options.tlsPort === null) return;
    const secure = createTlsServer(this.tlsOptions(), (socket) => this.accept(socket));
    secure.on('tlsClientError', () => undefined);
    this.tlsPort = await listen(secure, this.options.tlsPort ?? (this.tlsPort || 0));
    this.servers.push(secure);
    // A disabled service does not listen: its port numbers are known, connections are refused.
    if (this.faults.apiDisabled) await this.stop();
  }

  /** Closes the services and every session: the router has gone away. */
  async stop(): Promise<void> {
    for (const session of this.sessions) session.vanish();
    await Promise.all(this.servers.map((server) => new Promise((resolve) => server.close(resolve))));
    this.servers = [];
  }

  /** Drops every client connection without a word, keeping the services up. */
  dropSessions(): void {
    for (const session of this.sessions) session.vanish();
  }

  /** Leaves the directory: the other routers stop seeing this one. */
  async shutdown(): Promise<void> {
    await this.stop();
    this.directory.withdraw(this.name);
  }

  /** Every login attempt, by user name: tests check that a refused certificate got no password. */
  readonly loginAttempts: string[] = [];

  recordLogin(user: string): void {
    this.loginAttempts.push(user);
  }

  checkPassword(user: string, password: string): boolean {
    return user === (this.options.username ?? 'admin') && password === (this.options.password ?? '');
  }

  passwordOf(user: string): string | undefined {
    return user === (this.options.username ?? 'admin') ? (this.options.password ?? '') : undefined;
  }

  execute(sentence: Sentence, session: ApiSession): Outcome {
    return executeCommand(this, sentence, session.id);
  }

  sessionEnded(session: ApiSession): void {
    this.sessions.delete(session);
    this.safeMode.sessionEnded(session.id);
  }

  /** The tunnels as they stand at `now` (a later time shows them further along). */
  ipsec(now = Date.now()): IpsecStatus {
    return ipsecStatus(this.published(), this.directory.others(this.name), now);
  }

  runImport(fileName: string, dryRun: boolean): Outcome {
    return runImport(this.store, fileName, dryRun);
  }

  private accept(socket: Socket): void {
    this.sessions.add(new ApiSession(socket, this));
  }

  private tlsOptions() {
    if (this.certificate) return { key: this.certificate.keyPem, cert: this.certificate.certificatePem };
    return { ciphers: 'ADH-AES256-GCM-SHA384:ADH-AES128-GCM-SHA256:@SECLEVEL=0', maxVersion: 'TLSv1.2' as const, dhparam: 'auto' as const };
  }

  private configurationChanged(path: string): void {
    if (path === 'ip/address' || path.startsWith('ip/ipsec/')) this.ipsecChangedAt = Date.now();
    if (path === 'system/identity' && this.publishedName !== this.name) this.directory.withdraw(this.publishedName);
    this.publish();
  }

  private published() {
    const ipsec = Object.fromEntries(
      ['profile', 'proposal', 'peer', 'identity', 'policy'].map((menu) => [`ip/ipsec/${menu}`, this.store.items(`ip/ipsec/${menu}`)]),
    );
    const addresses = this.store
      .items('ip/address')
      .filter((item) => item.props.disabled !== 'true')
      .map((item) => (item.props.address ?? '').split('/')[0]);
    return { name: this.name, addresses, ipsec, changedAt: this.ipsecChangedAt };
  }

  private publish(): void {
    this.publishedName = this.name;
    this.directory.publish(this.published());
  }
}

function listen(server: Server, port: number): Promise<number> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, HOST, () => {
      server.off('error', reject);
      const address = server.address();
      resolve(typeof address === 'object' && address ? address.port : port);
    });
  });
}
