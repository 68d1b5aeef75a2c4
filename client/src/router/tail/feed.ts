// Live IPsec tables over one connection: `print =interval=` streams for installed SAs, active
// peers and policies, combined into snapshots. A router that refuses `interval` on a menu is
// polled with plain prints instead (its framing of repeated batches is not documented).
import type { RouterConnection, Row, RouterStream } from '../connection';
import type { RouterError } from '../errors';
import { BatchAssembler } from './batches';
import { proplists, toActivePeer, toInstalledSa, toPolicyStates, type ActivePeer, type InstalledSa, type PolicyState } from './rows';

export interface IpsecSnapshot {
  readonly installedSas: readonly InstalledSa[];
  readonly activePeers: readonly ActivePeer[];
  readonly policies: readonly PolicyState[];
  readonly takenAt: number;
}

interface Feed {
  stop(): Promise<void>;
}

function pollMenu(connection: RouterConnection, command: string, proplist: string, seconds: number, onTable: (rows: Row[]) => void): Feed {
  let running = true;
  const poll = () => {
    connection.run(command, { '.proplist': proplist }).then((rows) => running && onTable(rows), () => undefined);
  };
  const timer = setInterval(poll, seconds * 1000);
  poll();
  return {
    stop: async () => {
      running = false;
      clearInterval(timer);
    },
  };
}

function streamMenu(connection: RouterConnection, command: string, proplist: string, seconds: number, onTable: (rows: Row[]) => void): Feed {
  const assembler = new BatchAssembler();
  let fallback: Feed | undefined;
  const stream: RouterStream = connection.stream(command, { '.proplist': proplist, interval: `${seconds}s` }, {
    onData: (packet) => onTable(assembler.accept(packet)),
    onError: (error: RouterError) => {
      if (error.kind === 'trap' && !fallback) fallback = pollMenu(connection, command, proplist, seconds, onTable);
    },
  });
  return {
    stop: async () => {
      await Promise.all([stream.stop(), fallback?.stop()]);
    },
  };
}

function withRates(current: InstalledSa[], previous: IpsecSnapshot | undefined, now: number): InstalledSa[] {
  if (!previous) return current;
  const seconds = (now - previous.takenAt) / 1000;
  const before = new Map(previous.installedSas.map((sa) => [sa.spi, sa]));
  return current.map((sa) => {
    const old = before.get(sa.spi);
    if (!old || seconds <= 0 || sa.bytes < old.bytes) return sa;
    return { ...sa, bytesPerSecond: (sa.bytes - old.bytes) / seconds };
  });
}

/** Streams the three tables and calls `onSnapshot` whenever one of them changes. */
export function feedIpsecStatus(connection: RouterConnection, seconds: number, onSnapshot: (snapshot: IpsecSnapshot) => void): Feed {
  let installedSas: InstalledSa[] = [];
  let activePeers: ActivePeer[] = [];
  let policies: PolicyState[] = [];
  let previous: IpsecSnapshot | undefined;
  let pending: NodeJS.Timeout | undefined;
  // The three tables arrive within moments of each other: one snapshot for the lot.
  const changed = () => {
    pending ??= setTimeout(() => {
      pending = undefined;
      const takenAt = Date.now();
      previous = { installedSas: withRates(installedSas, previous, takenAt), activePeers, policies, takenAt };
      onSnapshot(previous);
    }, 100);
  };
  const feeds = [
    streamMenu(connection, '/ip/ipsec/installed-sa/print', proplists.installedSa, seconds, (rows) => ((installedSas = rows.map(toInstalledSa)), changed())),
    streamMenu(connection, '/ip/ipsec/active-peers/print', proplists.activePeers, seconds, (rows) => ((activePeers = rows.map(toActivePeer)), changed())),
    streamMenu(connection, '/ip/ipsec/policy/print', proplists.policy, seconds, (rows) => ((policies = toPolicyStates(rows)), changed())),
  ];
  return {
    stop: async () => {
      clearTimeout(pending);
      await Promise.all(feeds.map((feed) => feed.stop()));
    },
  };
}
