// The IPsec state a router reports, as typed rows: installed SAs, active peers, and policies with
// their phase 2 state. Read from API rows, where every value is a string and may be missing.
import type { Row } from '../connection';

export interface InstalledSa {
  readonly id: string;
  readonly spi: string;
  readonly source: string;
  readonly destination: string;
  readonly state: string;
  readonly encryption: string;
  readonly keySize: number | undefined;
  readonly integrity: string;
  readonly bytes: number;
  readonly packets: number;
  readonly expiresIn: string;
  /** Bytes per second since the previous snapshot; undefined on the first. */
  readonly bytesPerSecond: number | undefined;
}

export interface ActivePeer {
  readonly id: string;
  readonly localAddress: string;
  readonly remoteAddress: string;
  readonly state: string;
  readonly uptime: string;
  readonly side: string;
  readonly rxBytes: number;
  readonly txBytes: number;
}

export interface PolicyState {
  readonly id: string;
  readonly source: string;
  readonly destination: string;
  readonly peer: string;
  readonly phase2: string;
  readonly active: boolean;
  readonly invalid: boolean;
  readonly disabled: boolean;
}

export const proplists = {
  installedSa: '.id,spi,src-address,dst-address,state,enc-algorithm,enc-key-size,auth-algorithm,current-bytes,current-packets,expires-in',
  activePeers: '.id,local-address,remote-address,state,uptime,side,rx-bytes,tx-bytes',
  policy: '.id,src-address,dst-address,peer,ph2-state,active,invalid,template,disabled,dynamic',
} as const;

const count = (value: string | undefined) => (value !== undefined && /^\d+$/.test(value) ? Number(value) : 0);
const flag = (value: string | undefined) => value === 'true' || value === 'yes';

export function toInstalledSa(row: Row): InstalledSa {
  return {
    id: row['.id'] ?? row.spi ?? '',
    spi: row.spi ?? '',
    source: row['src-address'] ?? '',
    destination: row['dst-address'] ?? '',
    state: row.state ?? '',
    encryption: row['enc-algorithm'] ?? '',
    keySize: row['enc-key-size'] === undefined ? undefined : count(row['enc-key-size']),
    integrity: row['auth-algorithm'] ?? '',
    bytes: count(row['current-bytes']),
    packets: count(row['current-packets']),
    expiresIn: row['expires-in'] ?? '',
    bytesPerSecond: undefined,
  };
}

export function toActivePeer(row: Row): ActivePeer {
  return {
    id: row['.id'] ?? '',
    localAddress: row['local-address'] ?? '',
    remoteAddress: row['remote-address'] ?? '',
    state: row.state ?? '',
    uptime: row.uptime ?? '',
    side: row.side ?? '',
    rxBytes: count(row['rx-bytes']),
    txBytes: count(row['tx-bytes']),
  };
}

/** Policies worth watching: the static ones (templates and disabled entries are left out). */
export function toPolicyStates(rows: readonly Row[]): PolicyState[] {
  return rows
    .filter((row) => !flag(row.template) && !flag(row.dynamic))
    .map((row) => ({
      id: row['.id'] ?? '',
      source: row['src-address'] ?? '',
      destination: row['dst-address'] ?? '',
      peer: row.peer ?? '',
      phase2: row['ph2-state'] ?? '',
      active: flag(row.active),
      invalid: flag(row.invalid),
      disabled: flag(row.disabled),
    }));
}
