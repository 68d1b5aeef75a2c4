import type { RouterRule } from '../rule';
import type { FindingInit } from '../finding';
import { IPSEC } from '../../model/ipsec';
import { firstMatch, type Flow } from '../firewall';
import { spanOf } from '../describe';

const blocking = new Set(['drop', 'reject', 'tarpit']);
const ikeTraffic: readonly { label: string; flow: Omit<Flow, 'chain' | 'src'> }[] = [
  { label: 'IKE (UDP 500)', flow: { protocol: 'udp', dstPort: 500, newConnection: true } },
  { label: 'NAT-T (UDP 4500)', flow: { protocol: 'udp', dstPort: 4500, newConnection: true } },
  { label: 'ESP', flow: { protocol: 'ipsec-esp', newConnection: true } },
];

export const firewallIke: RouterRule = {
  code: 'firewall-ike',
  scope: 'router',
  severity: 'warning',
  fact: 'ipsec.md §2.3 (input allow: udp 500,4500 and ipsec-esp) and setups.md §1 step 6: accept IKE, NAT-T and ESP above any drop on input',
  summary: 'A drop on the input chain must not block IKE, NAT-T or ESP from a configured peer.',
  check(router) {
    const findings: FindingInit[] = [];
    const reported = new Map<number, string[]>();
    for (const peer of router.peers()) {
      const address = router.text(peer, 'address');
      for (const { label, flow } of ikeTraffic) {
        const rule = firstMatch(router, IPSEC.filter, { chain: 'input', src: address && address !== '0.0.0.0/0' ? address : undefined, ...flow } as Flow);
        if (!rule || !blocking.has(router.text(rule, 'action') ?? '')) continue;
        const labels = reported.get(rule.key) ?? [];
        if (!labels.includes(label)) labels.push(label);
        reported.set(rule.key, labels);
      }
    }
    for (const rule of router.items(IPSEC.filter)) {
      const labels = reported.get(rule.key);
      if (!labels) continue;
      const at = rule.span?.start;
      findings.push({
        span: spanOf(router, rule, 'action'),
        message: `This ${router.text(rule, 'action')} on input blocks ${labels.join(', ')} from the IPsec peers: a tunnel the other side starts never comes up. Accept them above this rule.`,
        fixes: at === undefined ? [] : [{
          title: 'Accept IKE, NAT-T and ESP above this rule',
          preferred: true,
          edits: [{ uri: router.uri, span: { start: at, end: at }, newText: '/ip firewall filter add action=accept chain=input protocol=udp dst-port=500,4500 place-before=0 comment="IPsec: IKE and NAT-T"\n/ip firewall filter add action=accept chain=input protocol=ipsec-esp place-before=0 comment="IPsec: ESP"\n' }],
        }],
      });
    }
    return findings;
  },
};
