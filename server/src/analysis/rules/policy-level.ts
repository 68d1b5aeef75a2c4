import type { RouterRule } from '../rule';
import type { FindingInit } from '../finding';
import { itemLabel, setPropertyFix, spanOf } from '../describe';

export const policyLevel: RouterRule = {
  code: 'policy-level',
  scope: 'router',
  severity: 'warning',
  fact: 'ipsec.md §3.4 (multiple policies to one peer: level=unique so each gets its own SA pair; community guidance, §5 item 10) and §3.6 Q4',
  summary: 'Several policies to one peer should each have level=unique.',
  check(router) {
    const findings: FindingInit[] = [];
    for (const peer of router.peers()) {
      const policies = router.policiesOf(peer).filter((policy) => router.text(policy, 'action') === 'encrypt');
      if (policies.length < 2) continue;
      for (const policy of policies) {
        if (router.text(policy, 'level') === 'unique' || policy.implicitFrom) continue;
        const fix = setPropertyFix(router, policy, 'level', 'unique', 'Set level=unique');
        findings.push({
          span: spanOf(router, policy, 'level'),
          message: `${policies.length} policies go to ${itemLabel(peer)} and this one has level=${router.text(policy, 'level') ?? 'require'}: with shared SAs the other end may refuse or mix traffic; use level=unique.`,
          fixes: fix ? [fix] : [],
        });
      }
    }
    return findings;
  },
};
