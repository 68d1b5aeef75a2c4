// What a router prints under /ip ipsec active-peers, installed-sa and policy, worked out from its
// tables and the other routers' when asked. Both ends derive the same start time (the later of
// their last changes, plus the time a negotiation takes) and the same SPIs, so the two routers'
// views agree; byte counters grow with time at a rate fixed per SA.
import { createHash } from 'node:crypto';
import type { Row } from '../api/outcome';
import type { PublishedRouter } from '../directory';
import { formatDate, formatDuration, parseDuration } from '../time';
import { agreePhase2, type Phase2Agreement } from './phase2';
import { pairPeers, phase1Succeeds, type PeerPairing } from './phase1';
import { table } from './tables';

/** How long an exchange takes before SAs appear. */
export const NEGOTIATION_MS = 1500;

export interface IpsecStatus {
  readonly activePeers: Row[];
  readonly installedSas: Row[];
  /** Computed fields per policy id: active, ph2-state, ph2-count, invalid. */
  readonly policyStatus: ReadonlyMap<string, Row>;
}

interface Tunnel {
  readonly pairing: PeerPairing;
  readonly since: number;
  readonly agreements: Phase2Agreement[];
}

function digest(...parts: string[]): Buffer {
  return createHash('sha256').update(parts.join('|')).digest();
}

/** The SPI of the SA carrying traffic `from` → `to` for these selectors: the same on both routers. */
function spiOf(from: string, to: string, source: string, destination: string, generation: number): number {
  return (digest(from, to, source, destination, String(generation)).readUInt32BE(0) | 0x100) >>> 0;
}

function cipherColumns(cipher: string): { 'enc-algorithm': string; 'enc-key-size': string } {
  const match = /^(aes|camellia)-(\d+)(?:-(cbc|ctr|gcm))?$/.exec(cipher);
  if (match) return { 'enc-algorithm': `${match[1]}-${match[3] ?? 'cbc'}`, 'enc-key-size': match[2] };
  const sizes: Record<string, string> = { '3des': '192', des: '64', chacha20poly1305: '256', blowfish: '128', twofish: '256', null: '0' };
  return { 'enc-algorithm': cipher, 'enc-key-size': sizes[cipher] ?? '0' };
}

function saRow(tunnel: Tunnel, agreement: Phase2Agreement, outbound: boolean, now: number): Row {
  const { localAddress, remoteAddress } = tunnel.pairing;
  const [from, to] = outbound ? [localAddress, remoteAddress] : [remoteAddress, localAddress];
  const policy = agreement.localPolicy.props;
  const [source, destination] = outbound ? [policy['src-address'], policy['dst-address']] : [policy['dst-address'], policy['src-address']];
  const hard = parseDuration(agreement.lifetime) ?? 1800000;
  const soft = Math.floor(hard * 0.8);
  const age = now - tunnel.since;
  const generation = Math.floor(age / soft);
  const spi = spiOf(from, to, source ?? '', destination ?? '', generation);
  const current = age - generation * soft;
  const bytesPerSecond = 1200 + (spi % 2400);
  const bytes = Math.floor((current / 1000) * bytesPerSecond);
  return {
    spi: `0x${spi.toString(16).toUpperCase()}`, 'src-address': from, 'dst-address': to, state: 'mature',
    'auth-algorithm': agreement.integrity === 'null' ? 'none' : agreement.integrity, ...cipherColumns(agreement.cipher),
    addtime: formatDate(now - current), 'expires-in': formatDuration(soft - current),
    'add-lifetime': `${formatDuration(soft)}/${formatDuration(hard)}`, 'current-bytes': String(bytes),
    'current-packets': String(Math.floor(bytes / 420)), 'invalid-packets': '0', replay: '128',
    'seen-traffic': String(bytes > 0), ESP: 'true', AH: 'false', 'hw-aead': 'false',
  };
}

function peerRow(tunnel: Tunnel, sas: Row[], now: number): Row {
  const { pairing } = tunnel;
  const sum = (rows: Row[], field: string) => String(rows.reduce((total, row) => total + Number(row[field] ?? 0), 0));
  const outbound = sas.filter((sa) => sa['src-address'] === pairing.localAddress);
  const inbound = sas.filter((sa) => sa['dst-address'] === pairing.localAddress);
  const ike = digest(pairing.localAddress, pairing.remoteAddress).toString('hex').toUpperCase();
  const [spii, spir] = pairing.initiator ? [ike.slice(0, 16), ike.slice(16, 32)] : [ike.slice(16, 32), ike.slice(0, 16)];
  return {
    'local-address': pairing.localAddress, 'remote-address': pairing.remoteAddress, port: '500', state: 'established',
    side: pairing.initiator ? 'initiator' : 'responder', responder: String(!pairing.initiator), 'natt-peer': 'false',
    id: pairing.remoteAddress, uptime: formatDuration(now - tunnel.since), 'last-seen': '1s',
    'ph2-total': String(tunnel.agreements.length), spii, spir,
    'tx-bytes': sum(outbound, 'current-bytes'), 'tx-packets': sum(outbound, 'current-packets'),
    'rx-bytes': sum(inbound, 'current-bytes'), 'rx-packets': sum(inbound, 'current-packets'),
  };
}

function tunnelsOf(local: PublishedRouter, others: readonly PublishedRouter[], now: number): Tunnel[] {
  return pairPeers(local, others)
    .filter(phase1Succeeds)
    .map((pairing) => ({ pairing, since: Math.max(local.changedAt, pairing.remote.changedAt) + NEGOTIATION_MS, agreements: agreePhase2(pairing) }))
    .filter((tunnel) => tunnel.since <= now);
}

function policyRows(local: PublishedRouter, tunnels: Tunnel[]): Map<string, Row> {
  const established = new Set(tunnels.flatMap((tunnel) => tunnel.agreements.map((agreement) => agreement.localPolicy.id)));
  const seen = new Set<string>();
  const status = new Map<string, Row>();
  for (const policy of table(local, 'policy')) {
    const selectors = `${policy.props['src-address']} ${policy.props['dst-address']} ${policy.props.template}`;
    const invalid = policy.props.template !== 'true' && seen.has(selectors);
    seen.add(selectors);
    const up = established.has(policy.id);
    status.set(policy.id, {
      active: String(up), invalid: String(invalid), dynamic: 'false',
      ...(policy.props.template === 'true' ? {} : { 'ph2-state': up ? 'established' : 'no-phase2', 'ph2-count': up ? '1' : '0' }),
    });
  }
  return status;
}

export function ipsecStatus(local: PublishedRouter, others: readonly PublishedRouter[], now: number): IpsecStatus {
  const tunnels = tunnelsOf(local, others, now);
  const activePeers: Row[] = [];
  const installedSas: Row[] = [];
  for (const tunnel of tunnels) {
    const sas = tunnel.agreements.flatMap((agreement) => [saRow(tunnel, agreement, false, now), saRow(tunnel, agreement, true, now)]);
    installedSas.push(...sas);
    activePeers.push(peerRow(tunnel, sas, now));
  }
  const withIds = (rows: Row[]) => rows.map((row, index) => ({ '.id': `*${(index + 1).toString(16).toUpperCase()}`, ...row }));
  return { activePeers: withIds(activePeers), installedSas: withIds(installedSas), policyStatus: policyRows(local, tunnels) };
}
