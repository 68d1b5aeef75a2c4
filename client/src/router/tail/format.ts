// Words and numbers for the live view, the status bar and the command line.
import type { IpsecSnapshot } from './feed';

export function formatBytes(bytes: number): string {
  if (bytes < 1000) return `${bytes} B`;
  const units = ['kB', 'MB', 'GB', 'TB'];
  let value = bytes / 1000;
  let unit = 0;
  while (value >= 1000 && unit < units.length - 1) {
    value /= 1000;
    unit++;
  }
  return `${value < 10 ? value.toFixed(1) : Math.round(value)} ${units[unit]}`;
}

export function totalBytes(snapshot: IpsecSnapshot): number {
  return snapshot.installedSas.reduce((total, sa) => total + sa.bytes, 0);
}

/** `Boise: 2 SA · 1.2 MB` */
export function statusSummary(routerName: string, snapshot: IpsecSnapshot): string {
  return `${routerName}: ${snapshot.installedSas.length} SA · ${formatBytes(totalBytes(snapshot))}`;
}

/** `aes-cbc 256 / sha1` */
export function algorithms(sa: { encryption: string; keySize: number | undefined; integrity: string }): string {
  const cipher = sa.keySize ? `${sa.encryption} ${sa.keySize}` : sa.encryption;
  return sa.integrity && sa.integrity !== 'none' ? `${cipher} / ${sa.integrity}` : cipher;
}

/** The snapshot as plain text lines, for the command line. */
export function snapshotLines(routerName: string, snapshot: IpsecSnapshot): string[] {
  const lines = [`${new Date(snapshot.takenAt).toISOString()}  ${statusSummary(routerName, snapshot)}`];
  for (const peer of snapshot.activePeers) {
    lines.push(`  peer ${peer.localAddress} ↔ ${peer.remoteAddress}  ${peer.state}  up ${peer.uptime}  (${peer.side})`);
  }
  for (const sa of snapshot.installedSas) {
    const rate = sa.bytesPerSecond === undefined ? '' : `  ${formatBytes(Math.round(sa.bytesPerSecond))}/s`;
    lines.push(
      `  SA ${sa.spi}  ${sa.source} → ${sa.destination}  ${sa.state}  ${algorithms(sa)}  ${formatBytes(sa.bytes)} ${sa.packets} pkts${rate}  expires in ${sa.expiresIn}`,
    );
  }
  for (const policy of snapshot.policies) {
    lines.push(`  policy ${policy.source} → ${policy.destination}  peer ${policy.peer || '-'}  ph2 ${policy.phase2 || '-'}${policy.invalid ? '  INVALID' : ''}`);
  }
  return lines;
}
