// Realistic RouterOS 7 exports of a chosen size, for the benchmark and large-file tests: the menus a
// branch router's export has, in export order, long lines folded at 80 columns the way exports fold them.

export interface GeneratedExport {
  readonly text: string;
  readonly lines: number;
}

/** A deterministic pseudo-random sequence, so every run measures the same text. */
function sequence(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

/** Folds a long command like an export: ` \` at a space, continuation lines indented by 4 spaces. */
function fold(line: string, width = 79): string[] {
  const out: string[] = [];
  let rest = line;
  let indent = '';
  while (indent.length + rest.length > width) {
    const cut = rest.lastIndexOf(' ', width - indent.length - 2);
    if (cut <= 0) break;
    out.push(`${indent}${rest.slice(0, cut)} \\`);
    rest = rest.slice(cut + 1);
    indent = '    ';
  }
  out.push(indent + rest);
  return out;
}

type Section = { readonly menu: string; readonly line: (i: number, random: () => number) => string };

const octet = (random: () => number): number => 1 + Math.floor(random() * 253);

const SECTIONS: readonly Section[] = [
  { menu: '/interface vlan', line: (i) => `add interface=bridge name=vlan${i} vlan-id=${(i % 4000) + 2}` },
  { menu: '/ip pool', line: (i) => `add name=pool${i} ranges=10.${i % 250}.${(i >> 8) % 250}.10-10.${i % 250}.${(i >> 8) % 250}.200` },
  { menu: '/ip ipsec profile', line: (i) => `add dh-group=ecp256,modp2048 enc-algorithm=aes-256,aes-128 hash-algorithm=sha256 name=profile${i}` },
  { menu: '/ip ipsec peer', line: (i, r) => `add address=203.0.113.${octet(r)}/32 exchange-mode=ike2 name=peer${i} profile=profile${i}` },
  { menu: '/ip ipsec proposal', line: (i) => `add auth-algorithms=sha256 enc-algorithms=aes-256-cbc,aes-128-cbc name=proposal${i} pfs-group=ecp256` },
  { menu: '/ip ipsec identity', line: (i) => `add auth-method=pre-shared-key peer=peer${i} comment="site ${i}"` },
  { menu: '/ip ipsec policy', line: (i) => `add dst-address=10.${100 + (i % 100)}.${i % 250}.0/24 peer=peer${i} proposal=proposal${i} src-address=10.0.0.0/16 tunnel=yes` },
  { menu: '/ip address', line: (i) => `add address=10.${i % 250}.${(i >> 8) % 250}.1/24 interface=vlan${i} network=10.${i % 250}.${(i >> 8) % 250}.0` },
  { menu: '/ip firewall address-list', line: (i, r) => `add address=${octet(r)}.${octet(r)}.${octet(r)}.0/24 comment="blocked ${i}" list=blocklist` },
  { menu: '/ip firewall filter', line: (i, r) => `add action=${r() < 0.5 ? 'accept' : 'drop'} chain=forward comment="rule ${i}" dst-port=${1000 + i} in-interface=vlan${i % 50} protocol=tcp src-address-list=blocklist` },
  { menu: '/ip firewall nat', line: (i) => `add action=dst-nat chain=dstnat comment="forward ${i}" dst-port=${2000 + i} protocol=tcp to-addresses=10.0.${i % 250}.10 to-ports=${3000 + i}` },
  { menu: '/ip route', line: (i) => `add distance=1 dst-address=172.16.${i % 250}.0/24 gateway=10.0.0.${1 + (i % 250)}` },
];

const HEADER = ['# 2024-06-01 10:00:00 by RouterOS 7.16.2', '# software id = ABCD-1234', '#', '# model = RB5009UG+S+', '# serial number = HC0000000000'];

/** How much of the export each menu takes: a big router has long address lists and many firewall rules, and a few tunnels. */
function shareOf(menu: string): number {
  if (menu.includes('address-list')) return 6;
  if (menu.includes('filter')) return 3;
  return menu.startsWith('/ip ipsec') ? 0 : 1;
}

/** An export of about `targetLines` lines, with one IPsec tunnel per 2000 lines (at least 3). */
export function generateExport(targetLines: number, seed = 7): GeneratedExport {
  const random = sequence(seed);
  const lines = [...HEADER, '/interface bridge', 'add name=bridge'];
  const tunnels = Math.max(3, Math.floor(targetLines / 2000));
  const total = SECTIONS.reduce((sum, section) => sum + shareOf(section.menu), 0);
  const spread = targetLines - 30 - tunnels * 7;
  for (const section of SECTIONS) {
    lines.push(section.menu);
    const share = shareOf(section.menu);
    const count = share === 0 ? tunnels : Math.max(1, Math.floor((spread * share) / total / 1.28));
    for (let i = 0; i < count; i++) lines.push(...fold(section.line(i, random)));
  }
  lines.push('/system identity', 'set name=branch-router', '');
  return { text: lines.join('\n'), lines: lines.length };
}
