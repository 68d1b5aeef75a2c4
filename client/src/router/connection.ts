// One logged-in API session with a router, over node-routeros. What the library gets wrong is
// contained here: its port default for TLS, its silent or hanging failures during login, its empty
// error messages, its unsettled promises when the router goes away, and (through ReceivePath) its
// receive path. Every promise this module returns settles, within the configured timeout.
// The library's index requires source-map-support (not a dependency) when ENV=testing, which
// breaks bundling: import the modules themselves.
import { RouterOSAPI } from 'node-routeros/dist/RouterOSAPI';
import type { RStream } from 'node-routeros/dist/RStream';
import type { Socket } from 'node:net';
import type { TLSSocket, TlsOptions } from 'node:tls';
import {
  RouterError, closedError, describeEndpoint, loginError, socketError, timeoutError, type Endpoint,
} from './errors';
import { ReceivePath, type LibraryReceiver } from './receive-path';
import { attributeWords } from './protocol/sentence';
import { pinProblem, tlsConnectionOptions, type TlsTrust } from './tls-policy';

export type Row = Readonly<Record<string, string>>;

/**
 * node-routeros writes every word it sends — the password, the script — to its `debug` log when the
 * DEBUG environment variable names it. Whatever DEBUG says, that log stays off.
 */
export function silenceLibraryLog(): void {
  const debug = require('debug') as { disable(): string; enable(namespaces: string): void };
  const previous = debug.disable();
  debug.enable([previous, '-routeros-api:*'].filter(Boolean).join(','));
}
silenceLibraryLog();

export interface ConnectRequest {
  readonly endpoint: Endpoint;
  readonly username: string;
  readonly password: string;
  readonly trust?: TlsTrust;
  /** Seconds to connect and log in, and the longest silence tolerated from a live router. */
  readonly timeoutSeconds: number;
  readonly log?: (line: string) => void;
}

export interface RouterStream {
  /** Cancels the command on the router (`/cancel`); settles even when the router is gone. */
  stop(): Promise<void>;
}

export interface StreamHandlers {
  /** One `!re` row, or a whole `.section` batch as an array, or `[]` when nothing came for a while. */
  onData(packet: Row | Row[]): void;
  onError(error: RouterError): void;
}

/** The library internals we wire into: present in node-routeros 1.6.9, checked at every connect. */
interface LibraryConnector {
  socket: Socket;
  receiver: LibraryReceiver;
}

function libraryConnector(api: RouterOSAPI): LibraryConnector {
  const connector = (api as unknown as { connector?: Partial<LibraryConnector> }).connector;
  if (!connector?.socket || typeof connector.receiver?.processRawData !== 'function' || !(connector.receiver.tags instanceof Map)) {
    throw new RouterError('protocol', 'node-routeros is not the expected version 1.6.9: its connector could not be wired.');
  }
  return connector as LibraryConnector;
}

/** What we attach to a fresh library connection before any byte arrives. */
interface Wiring {
  readonly socket: Socket;
  readonly receivePath: ReceivePath;
  /** The socket's own error, with the code node-routeros drops. */
  socketFailure?: unknown;
  /** Why a pinned certificate was refused (the login is then never sent). */
  pinFailure?: string;
  /** How far the connection got, for a timeout message that says where it stuck. */
  stage: 'connecting' | 'handshake' | 'login';
}

function wire(api: RouterOSAPI, request: ConnectRequest): Wiring {
  const connector = libraryConnector(api);
  const log = request.log ?? (() => undefined);
  const wiring: Wiring = { socket: connector.socket, receivePath: new ReceivePath(connector.socket, log), stage: 'connecting' };
  wiring.receivePath.install(connector.receiver);
  connector.socket.once('connect', () => (wiring.stage = request.endpoint.tls ? 'handshake' : 'login'));
  connector.socket.once('secureConnect', () => (wiring.stage = 'login'));
  connector.socket.on('error', (error) => {
    wiring.socketFailure ??= error;
  });
  if (request.endpoint.tls && request.trust?.fingerprint) {
    // Runs before the library's own secureConnect handler, which sends the login at once.
    connector.socket.prependOnceListener('secureConnect', () => {
      wiring.pinFailure = pinProblem(request.trust ?? {}, connector.socket as TLSSocket);
      if (wiring.pinFailure) connector.socket.destroy(new Error(wiring.pinFailure));
    });
  }
  api.on('error', () => undefined); // after login the library emits socket errors here; unhandled they would throw
  return wiring;
}

function connectFailure(request: ConnectRequest, wiring: Wiring, error: unknown): RouterError {
  const { endpoint, timeoutSeconds } = request;
  if (error instanceof RouterError) return error;
  if (wiring.pinFailure) return new RouterError('tls', `TLS with ${describeEndpoint(endpoint)} refused: ${wiring.pinFailure}`);
  if (wiring.socketFailure) return socketError(endpoint, wiring.socketFailure, timeoutSeconds);
  const errno = (error as { errno?: unknown } | null)?.errno;
  if (errno === 'CANTLOGIN') return loginError(endpoint, request.username, 'invalid user name or password');
  if (errno === 'SOCKTMOUT') return timeoutError(endpoint, timeoutSeconds, 'logging in');
  if (error instanceof Error && error.message && errno === undefined) return loginError(endpoint, request.username, error.message);
  return socketError(endpoint, error, timeoutSeconds);
}

function stalledError(request: ConnectRequest, stage: Wiring['stage']): RouterError {
  const { endpoint, timeoutSeconds } = request;
  if (stage === 'handshake') {
    return new RouterError(
      'timeout',
      `${describeEndpoint(endpoint)} accepted the connection but did not answer the TLS handshake within ${timeoutSeconds} s: ` +
        `is port ${endpoint.port} the plaintext api service (8728 by default) rather than api-ssl?`,
    );
  }
  return timeoutError(endpoint, timeoutSeconds, stage === 'login' ? 'logging in' : 'connecting');
}

/** Connects and logs in; rejects with a specific RouterError within `timeoutSeconds`. */
export async function connectToRouter(request: ConnectRequest): Promise<RouterConnection> {
  const { endpoint, timeoutSeconds } = request;
  const api = new RouterOSAPI({
    host: endpoint.host,
    port: endpoint.port, // always explicit: with TLS the library would otherwise use 8728
    user: request.username,
    password: request.password,
    timeout: timeoutSeconds,
    // Typed as server options by the library, but handed to tls.connect().
    tls: endpoint.tls ? (tlsConnectionOptions(request.trust ?? {}) as TlsOptions) : undefined,
  });
  const loggingIn = api.connect();
  let wiring: Wiring | undefined;
  let timer: NodeJS.Timeout | undefined;
  try {
    wiring = wire(api, request);
    const ended = new Promise<never>((_, reject) => {
      // The library never settles connect() when the router closes during login: we do.
      api.once('close', () => reject(closedError(endpoint, wiring?.receivePath.endReason ?? 'during login')));
      timer = setTimeout(() => reject(stalledError(request, wiring?.stage ?? 'connecting')), timeoutSeconds * 1000);
    });
    await Promise.race([loggingIn, ended]);
    // The library's own keepalive sends `#`, whose answer is not documented; this one is always answered.
    api.keepaliveBy(['/system/identity/print', '=.proplist=name']);
    return new RouterConnection(api, wiring, request);
  } catch (error) {
    loggingIn.catch(() => undefined);
    wiring?.socket.destroy();
    throw wiring ? connectFailure(request, wiring, error) : error;
  } finally {
    clearTimeout(timer);
  }
}

export class RouterConnection {
  private readonly pending = new Set<(error: RouterError) => void>();
  private readonly closeListeners = new Set<(error: RouterError | undefined) => void>();
  private readonly watchdog: NodeJS.Timeout;
  private ended: RouterError | 'closed-by-us' | undefined;

  constructor(
    private readonly api: RouterOSAPI,
    private readonly wiring: Wiring,
    private readonly request: ConnectRequest,
  ) {
    const { endpoint, timeoutSeconds } = request;
    api.on('close', () => this.end(closedError(endpoint, wiring.receivePath.endReason ?? 'the router ended the session')));
    api.on('error', (error: unknown) => this.end(connectFailure(request, wiring, error)));
    // A keepalive goes out every timeout/2 s and a live router answers it: silence means it is gone.
    this.watchdog = setInterval(() => {
      if (Date.now() - wiring.receivePath.lastReceivedAt > timeoutSeconds * 1500) {
        this.end(timeoutError(endpoint, timeoutSeconds, 'the router stopped answering'));
      }
    }, (timeoutSeconds * 1000) / 2);
  }

  get endpoint(): Endpoint {
    return this.request.endpoint;
  }

  get isOpen(): boolean {
    return this.ended === undefined;
  }

  /** Called once when the session ends: with the error, or undefined after close(). */
  onClose(listener: (error: RouterError | undefined) => void): void {
    this.closeListeners.add(listener);
  }

  /** Runs one command; resolves with its `!re` rows (and a row for `!done` data such as `ret`). */
  run(command: string, args: Readonly<Record<string, string>> = {}, queries: readonly string[] = []): Promise<Row[]> {
    if (this.ended) return Promise.reject(this.endedError());
    const words = [command, ...attributeWords(args), ...queries];
    const reply = this.api.write(words); // the library appends `.tag=…` to this very array
    const tag = words.length > 1 && words[words.length - 1].startsWith('.tag=') ? words[words.length - 1].slice(5) : '';
    const outcome = reply.then(
      (rows) => rows as Row[],
      (error: unknown) => {
        throw this.commandError(tag, error);
      },
    );
    return this.untilEnded(outcome);
  }

  stream(command: string, args: Readonly<Record<string, string>>, handlers: StreamHandlers): RouterStream {
    if (this.ended) {
      const error = this.endedError();
      queueMicrotask(() => handlers.onError(error));
      return { stop: async () => undefined };
    }
    let stopped = false;
    const words = [command, ...attributeWords(args)];
    const stream: RStream = this.api.stream(words, (error: Error | null, packet: unknown) => {
      if (stopped) return;
      if (error) handlers.onError(new RouterError('trap', error.message));
      else handlers.onData(packet as Row | Row[]);
    });
    return {
      stop: async () => {
        if (stopped) return;
        stopped = true;
        if (!this.ended) await this.untilEnded(stream.stop(), this.request.timeoutSeconds).catch(() => undefined);
      },
    };
  }

  async close(): Promise<void> {
    if (this.ended) return;
    this.ended = 'closed-by-us';
    clearInterval(this.watchdog);
    this.rejectPending(closedError(this.endpoint, 'closed by this computer'));
    const quiet = new Promise<void>((resolve) => setTimeout(resolve, this.request.timeoutSeconds * 1000).unref());
    await Promise.race([this.api.close().catch(() => undefined), quiet]);
    this.wiring.socket.destroy();
    for (const listener of this.closeListeners) listener(undefined);
  }

  private end(error: RouterError): void {
    if (this.ended) return;
    this.ended = error;
    clearInterval(this.watchdog);
    this.wiring.socket.destroy();
    this.rejectPending(error);
    for (const listener of this.closeListeners) listener(error);
  }

  private endedError(): RouterError {
    return this.ended instanceof RouterError ? this.ended : closedError(this.endpoint, 'closed by this computer');
  }

  private rejectPending(error: RouterError): void {
    for (const reject of this.pending) reject(error);
    this.pending.clear();
  }

  /** Settles with `work`, or rejects when the session ends first (or after `seconds`, if given). */
  private untilEnded<T>(work: Promise<T>, seconds?: number): Promise<T> {
    let reject!: (error: RouterError) => void;
    const ended = new Promise<never>((_, fail) => (reject = fail));
    this.pending.add(reject);
    const timer = seconds === undefined ? undefined : setTimeout(() => reject(timeoutError(this.endpoint, seconds, 'waiting for a reply')), seconds * 1000);
    return Promise.race([work, ended]).finally(() => {
      clearTimeout(timer);
      this.pending.delete(reject);
    });
  }

  private commandError(tag: string, error: unknown): RouterError {
    if (error instanceof RouterError) return error;
    const trap = tag ? this.wiring.receivePath.takeTrap(tag) : undefined;
    const message = trap?.messages.filter(Boolean).join('; ') || (error as Error)?.message || 'the router refused the command';
    return new RouterError('trap', message, trap?.category);
  }
}
