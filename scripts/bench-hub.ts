// Benchmark of the workspace analysis (prints figures, asserts nothing): a hub router with N spokes, each
// spoke in its own file with a tunnel to the hub. Reports the full workspace analysis, then the time until
// the spoke's and the hub's diagnostics are current after one edit in a spoke.
// Targets (issue "IPsec understanding"): 200 spokes analysed in under 1 s; after an edit under 50 ms.
//   node --import tsx scripts/bench-hub.ts [--spokes 200] [--rounds 20]
import { loadavg } from 'node:os';
import { WorkspaceIndex } from '../server/src/model/workspace';
import { WorkspaceChecker } from '../server/src/check';

const args = process.argv.slice(2);
const option = (name: string, fallback: number) => {
  const at = args.indexOf(`--${name}`);
  return at >= 0 ? Number(args[at + 1]) : fallback;
};
const SPOKES = option('spokes', 200);
const ROUNDS = option('rounds', 20);
const HUB = '203.0.113.1';

const spokeWan = (i: number) => `198.51.${100 + Math.floor(i / 250)}.${(i % 250) + 1}`;
const spokeLan = (i: number) => `10.${Math.floor(i / 250) + 1}.${i % 250}.0/24`;

function hubScript(): string {
  const lines = ['/ip address add address=203.0.113.1/24 interface=ether1', '/ip address add address=10.0.0.1/16 interface=bridge',
    '/ip ipsec profile add name=spokes enc-algorithm=aes-256 hash-algorithm=sha256 dh-group=ecp384',
    '/ip ipsec proposal add name=spokes auth-algorithms=sha256 enc-algorithms=aes-256-cbc pfs-group=ecp384'];
  for (let i = 0; i < SPOKES; i++) {
    lines.push(
      `/ip ipsec peer add name=spoke${i} address=${spokeWan(i)}/32 profile=spokes exchange-mode=ike2`,
      `/ip ipsec identity add peer=spoke${i} auth-method=pre-shared-key secret="spoke-${i}-secret-0123456789abcdef"`,
      `/ip ipsec policy add src-address=10.0.0.0/16 dst-address=${spokeLan(i)} tunnel=yes action=encrypt peer=spoke${i} proposal=spokes`,
      `/ip firewall nat add chain=srcnat action=accept src-address=10.0.0.0/16 dst-address=${spokeLan(i)}`,
    );
  }
  lines.push('/ip firewall nat add chain=srcnat action=masquerade out-interface=ether1');
  return lines.join('\n') + '\n';
}

function spokeScript(i: number, secret = `spoke-${i}-secret-0123456789abcdef`): string {
  return [
    `/ip address add address=${spokeWan(i)}/24 interface=ether1`,
    `/ip address add address=${spokeLan(i).replace('.0/24', '.1/24')} interface=bridge`,
    '/ip ipsec profile add name=hub enc-algorithm=aes-256 hash-algorithm=sha256 dh-group=ecp384',
    '/ip ipsec proposal add name=hub auth-algorithms=sha256 enc-algorithms=aes-256-cbc pfs-group=ecp384',
    `/ip ipsec peer add name=hub address=${HUB}/32 profile=hub exchange-mode=ike2`,
    `/ip ipsec identity add peer=hub auth-method=pre-shared-key secret="${secret}"`,
    `/ip ipsec policy add src-address=${spokeLan(i)} dst-address=10.0.0.0/16 tunnel=yes action=encrypt peer=hub proposal=hub`,
    `/ip firewall nat add chain=srcnat action=accept src-address=${spokeLan(i)} dst-address=10.0.0.0/16`,
    '/ip firewall nat add chain=srcnat action=masquerade out-interface=ether1',
  ].join('\n') + '\n';
}

const ms = (start: bigint) => Number(process.hrtime.bigint() - start) / 1e6;
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

// Warm up first, as a running language server is: the knowledge base loaded, the code compiled.
const warm = new WorkspaceIndex({ version: '7.24', maxFileSize: 5_000_000 });
warm.update('file:///warm-hub.rsc', hubScript(), 1);
warm.update('file:///warm-spoke.rsc', spokeScript(0), 1);
new WorkspaceChecker(warm).run();

const index = new WorkspaceIndex({ version: '7.24', maxFileSize: 5_000_000 });
const checker = new WorkspaceChecker(index);
index.update('file:///hub.rsc', hubScript(), 1);
for (let i = 0; i < SPOKES; i++) index.update(`file:///spoke${i}.rsc`, spokeScript(i), 1);

let start = process.hrtime.bigint();
let results = checker.run();
const full = ms(start);
const errors = [...results.values()].flat().filter((finding) => finding.severity === 'error').length;

const edits: number[] = [];
for (let round = 0; round < ROUNDS; round++) {
  const spoke = Math.floor(round / 2) % SPOKES; // break a spoke's secret, then restore it
  start = process.hrtime.bigint();
  index.update(`file:///spoke${spoke}.rsc`, spokeScript(spoke, round % 2 === 0 ? 'a-wrong-secret-0123456789abcdef' : undefined), round + 2);
  results = checker.run();
  edits.push(ms(start));
  const hubSees = (results.get('file:///hub.rsc') ?? []).some((finding) => finding.code === 'mirror-secret');
  if (hubSees !== (round % 2 === 0)) throw new Error(`the hub did not follow the edit: ${JSON.stringify((results.get('file:///hub.rsc') ?? []).map((f) => f.code))} / spoke: ${JSON.stringify((results.get(`file:///spoke${spoke}.rsc`) ?? []).map((f) => f.message))}`);
}

console.log(`Machine load average ${loadavg()[0]!.toFixed(1)}; hub with ${SPOKES} spokes (${index.all().length} files), ${errors} errors on the clean workspace`);
console.log(`  full workspace analysis (parsing and checking every file): ${full.toFixed(0)} ms`);
console.log(`  one edit in a spoke → spoke's and hub's diagnostics current: median ${median(edits).toFixed(1)} ms, max ${Math.max(...edits).toFixed(1)} ms over ${ROUNDS} edits`);
