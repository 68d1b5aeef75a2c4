import type { RouterRule } from '../rule';
import type { FindingInit } from '../finding';
import { IPSEC } from '../../model/ipsec';
import { connectedInterface, firstMatch } from '../firewall';
import { spanOf } from '../describe';
import { tunnelPolicies } from '../tunnel-policies';

const rewrites = new Set(['masquerade', 'src-nat', 'netmap', 'same']);

export const natBypass: RouterRule = {
  code: 'nat-bypass',
  scope: 'router',
  severity: 'warning',
  fact: 'ipsec.md §3.5 and §2.3 (NAT bypass), setups.md §1 step 8: masquerade rewrites the source before the policy can match unless an accept stands above it (or the masquerade has ipsec-policy=out,none)',
  summary: 'A masquerade or src-nat rule must not catch traffic that an IPsec policy should encrypt.',
  check(router) {
    const findings: FindingInit[] = [];
    for (const { policy, src, dst } of tunnelPolicies(router)) {
      const outInterface = connectedInterface(router, dst);
      const rule = firstMatch(router, IPSEC.nat, { chain: 'srcnat', src, dst, ipsec: 'out', ...(outInterface ? { outInterface } : {}) });
      const action = rule && router.text(rule, 'action');
      if (!rule || !action || !rewrites.has(action)) continue;
      const insertAt = rule.span?.start;
      findings.push({
        span: spanOf(router, rule, 'action'),
        message: `This ${action} rule catches ${src} → ${dst} before IPsec: the source is rewritten and the policy no longer matches. Add a srcnat accept for it above this rule.`,
        related: [{ uri: router.uri, span: spanOf(router, policy, 'src-address'), message: `the policy for ${src} → ${dst}` }],
        fixes: insertAt === undefined || rule.implicitFrom ? [] : [{
          title: `Add a NAT bypass for ${src} → ${dst} above this rule`,
          preferred: true,
          edits: [{ uri: router.uri, span: { start: insertAt, end: insertAt }, newText: `/ip firewall nat add action=accept chain=srcnat src-address=${src} dst-address=${dst} place-before=0 comment="IPsec: no NAT for ${dst}"\n` }],
        }],
      });
    }
    return findings;
  },
};
