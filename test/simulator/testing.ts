import { after } from 'node:test';
// Test support: a started router with its own directory (tests do not see each other's routers),
// the request that reaches it, and a raw API client that speaks words, not promises.
import { connect as connectTcp, type Socket } from 'node:net';
import { connect as connectTls } from 'node:tls';
import type { ConnectRequest } from '../../client/src/router/connection';
import { encodeSentence, SentenceDecoder } from '../../client/src/router/protocol/words';
import { menus } from './config/menus';
import { SharedMapDirectory } from './directory';
import { SimulatedRouter, type SimulatedRouterOptions } from './router';

export const PASSWORD = 'demo';

/** A starter for a test file: every router it starts is shut down when the file's tests end. */
export function routersOfThisFile(): (options?: Partial<SimulatedRouterOptions>) => Promise<SimulatedRouter> {
  const started: SimulatedRouter[] = [];
  after(async () => {
    await Promise.all(started.map((router) => router.shutdown()));
  });
  return async (options = {}) => {
    const router = await startRouter(options);
    started.push(router);
    return router;
  };
}

export async function startRouter(options: Partial<SimulatedRouterOptions> = {}): Promise<SimulatedRouter> {
  const router = new SimulatedRouter({
    name: 'Seattle',
    version: '7.18.2',
    password: PASSWORD,
    directory: new SharedMapDirectory(),
    ...options,
  });
  await router.start();
  return router;
}

/** Logs in over TLS with the router's key pinned, unless `overrides` say otherwise. */
export function requestFor(router: SimulatedRouter, overrides: Partial<ConnectRequest> = {}): ConnectRequest {
  return {
    endpoint: { label: router.name, host: '127.0.0.1', port: router.tlsPort, tls: true },
    username: 'admin',
    password: PASSWORD,
    trust: { fingerprint: router.certificate?.publicKeyFingerprint },
    timeoutSeconds: 3,
    ...overrides,
  };
}

export function plaintextRequest(router: SimulatedRouter, overrides: Partial<ConnectRequest> = {}): ConnectRequest {
  return requestFor(router, { endpoint: { label: router.name, host: '127.0.0.1', port: router.port, tls: false }, trust: {}, ...overrides });
}

/** Resolves once `condition` holds, checking every 50 ms; rejects after `seconds`. */
export async function eventually<T>(condition: () => Promise<T | undefined> | T | undefined, seconds = 10): Promise<T> {
  const deadline = Date.now() + seconds * 1000;
  for (;;) {
    const value = await condition();
    if (value !== undefined && value !== false) return value;
    if (Date.now() > deadline) throw new Error(`condition not met within ${seconds} s`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** Speaks the protocol word by word, to see exactly what the router sends. */
export class RawApiClient {
  private readonly decoder = new SentenceDecoder();
  private readonly received: string[][] = [];
  private waiting: (() => void) | undefined;
  closed = false;

  private constructor(readonly socket: Socket) {
    socket.on('data', (chunk: Buffer) => {
      this.received.push(...this.decoder.push(chunk));
      this.waiting?.();
    });
    socket.on('close', () => {
      this.closed = true;
      this.waiting?.();
    });
    socket.on('error', () => undefined);
  }

  static async open(router: SimulatedRouter, tls = false): Promise<RawApiClient> {
    const socket = tls
      ? connectTls({ host: '127.0.0.1', port: router.tlsPort, rejectUnauthorized: false })
      : connectTcp({ host: '127.0.0.1', port: router.port });
    await new Promise((resolve, reject) => socket.once(tls ? 'secureConnect' : 'connect', resolve).once('error', reject));
    return new RawApiClient(socket);
  }

  send(...words: string[]): void {
    this.socket.write(encodeSentence(words));
  }

  /** The next `count` sentences the router sends. */
  async read(count = 1, seconds = 5): Promise<string[][]> {
    await eventually(() => this.received.length >= count || this.closed, seconds);
    return this.received.splice(0, count);
  }

  /** Sentences up to and including the `!done` carrying `tag` (or the first `!done` when untagged). */
  async readUntilDone(tag?: string, seconds = 5): Promise<string[][]> {
    const isEnd = (words: string[]) => words[0] === '!done' && (tag === undefined || words.includes(`.tag=${tag}`));
    await eventually(() => this.received.some(isEnd) || this.closed, seconds);
    const end = this.received.findIndex(isEnd);
    return this.received.splice(0, end + 1);
  }

  async login(password = PASSWORD): Promise<void> {
    this.send('/login', '=name=admin', `=password=${password}`);
    await this.readUntilDone();
  }

  close(): void {
    this.socket.destroy();
  }
}

/** Everything a router holds beyond a fresh start, uploaded files aside: equal means "unchanged". */
export function configurationOf(router: SimulatedRouter): string {
  return JSON.stringify(menus.filter((menu) => menu.path !== 'file').map((menu) => [menu.path, router.store.userItems(menu.path)]));
}
