// Keeps watching one router: connects, feeds snapshots while the session lives, and when the
// router goes away tries again with growing pauses (1 s, 2 s, 4 s … 30 s) until it comes back.
// Errors that waiting will not mend (wrong password, certificate, version) stop the watch.
import type { RouterConnection } from '../connection';
import { RouterError } from '../errors';
import { feedIpsecStatus, type IpsecSnapshot } from './feed';

export type WatchState =
  | { readonly kind: 'connecting' }
  | { readonly kind: 'live' }
  | { readonly kind: 'waiting'; readonly error: RouterError; readonly retryInMs: number }
  | { readonly kind: 'failed'; readonly error: RouterError }
  | { readonly kind: 'stopped' };

export interface WatchOptions {
  readonly connect: () => Promise<RouterConnection>;
  readonly intervalSeconds: number;
  readonly onSnapshot: (snapshot: IpsecSnapshot) => void;
  readonly onState: (state: WatchState) => void;
  readonly firstRetryMs?: number;
  readonly longestRetryMs?: number;
}

export interface RouterWatch {
  stop(): Promise<void>;
}

const lasting = new Set(['auth', 'permission', 'tls', 'config', 'too-old', 'protocol']);

export function watchRouter(options: WatchOptions): RouterWatch {
  const firstRetryMs = options.firstRetryMs ?? 1000;
  const longestRetryMs = options.longestRetryMs ?? 30000;
  let stopped = false;
  let wake: (() => void) | undefined;
  let connection: RouterConnection | undefined;

  const pause = (ms: number) =>
    new Promise<void>((resolve) => {
      const timer = setTimeout(resolve, ms);
      wake = () => {
        clearTimeout(timer);
        resolve();
      };
    });

  const session = async (open: RouterConnection): Promise<RouterError> => {
    connection = open;
    const ended = new Promise<RouterError | undefined>((resolve) => open.onClose(resolve));
    const feed = feedIpsecStatus(open, options.intervalSeconds, (snapshot) => !stopped && options.onSnapshot(snapshot));
    options.onState({ kind: 'live' });
    const error = await Promise.race([ended, new Promise<undefined>((resolve) => (wake = () => resolve(undefined)))]);
    await feed.stop();
    connection = undefined;
    return error ?? new RouterError('closed', 'The session ended.');
  };

  const loop = async () => {
    let retryMs = firstRetryMs;
    while (!stopped) {
      options.onState({ kind: 'connecting' });
      let error: RouterError;
      try {
        const open = await options.connect();
        if (stopped) {
          await open.close();
          break;
        }
        error = await session(open);
        retryMs = firstRetryMs;
      } catch (failure) {
        error = failure instanceof RouterError ? failure : new RouterError('closed', String(failure));
      }
      if (stopped) break;
      if (lasting.has(error.kind)) return options.onState({ kind: 'failed', error });
      options.onState({ kind: 'waiting', error, retryInMs: retryMs });
      await pause(retryMs);
      retryMs = Math.min(retryMs * 2, longestRetryMs);
    }
    options.onState({ kind: 'stopped' });
  };
  const running = loop();

  return {
    stop: async () => {
      stopped = true;
      wake?.();
      await connection?.close();
      await running;
    },
  };
}
