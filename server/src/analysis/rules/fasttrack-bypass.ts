import type { RouterRule } from '../rule';
import type { FindingInit } from '../finding';
import { IPSEC } from '../../model/ipsec';
import { firstMatch, type Flow } from '../firewall';
import { spanOf } from '../describe';
import { tunnelPolicies } from '../tunnel-policies';

export const fasttrackBypass: RouterRule = {
  code: 'fasttrack-bypass',
  scope: 'router',
  severity: 'warning',
  fact: 'ipsec.md §2.3 (FastTrack bypass) and setups.md §1 step 9: fast-tracked packets skip the policy lookup, so tunnel traffic needs an accept (or raw notrack) above fasttrack-connection',
  summary: 'A fasttrack-connection rule must not take tunnel traffic past IPsec.',
  check(router) {
    const findings: FindingInit[] = [];
    const reported = new Set<number>();
    for (const { policy, src, dst } of tunnelPolicies(router)) {
      const flows: Flow[] = [
        { chain: 'forward', src, dst, ipsec: 'out' },
        { chain: 'forward', src: dst, dst: src, ipsec: 'in' },
      ];
      for (const flow of flows) {
        if (untracked(router, flow)) continue;
        const rule = firstMatch(router, IPSEC.filter, flow);
        if (!rule || router.text(rule, 'action') !== 'fasttrack-connection' || reported.has(rule.key)) continue;
        reported.add(rule.key);
        const at = rule.span?.start;
        findings.push({
          span: spanOf(router, rule, 'action'),
          message: `FastTrack catches tunnel traffic (${flow.src} → ${flow.dst}) before IPsec sees it: packets are lost at random. Accept IPsec traffic above this rule, or notrack it in /ip firewall raw.`,
          related: [{ uri: router.uri, span: spanOf(router, policy, 'src-address'), message: `the policy for ${src} → ${dst}` }],
          fixes: at === undefined ? [] : [{
            title: 'Accept IPsec traffic above FastTrack (ipsec-policy=in,ipsec and out,ipsec)',
            preferred: true,
            edits: [{ uri: router.uri, span: { start: at, end: at }, newText: '/ip firewall filter add action=accept chain=forward ipsec-policy=in,ipsec place-before=0 comment="IPsec: not fasttracked"\n/ip firewall filter add action=accept chain=forward ipsec-policy=out,ipsec place-before=0 comment="IPsec: not fasttracked"\n' }],
          }],
        });
      }
    }
    return findings;
  },
};

/** A raw `notrack` rule for the flow means conntrack (and so FastTrack) never sees it. */
function untracked(router: Parameters<RouterRule['check']>[0], flow: Flow): boolean {
  const rule = firstMatch(router, IPSEC.raw, { chain: 'prerouting', ...(flow.src ? { src: flow.src } : {}), ...(flow.dst ? { dst: flow.dst } : {}) });
  return rule !== undefined && router.text(rule, 'action') === 'notrack';
}
