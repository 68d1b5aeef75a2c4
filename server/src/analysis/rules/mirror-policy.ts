import type { PairRule } from '../rule';
import type { FindingInit } from '../finding';
import { relatedTo, routerLabel, spanOf } from '../describe';
import { describeSelectors, matchPolicies, selectorsOf } from '../policies';

export const mirrorPolicy: PairRule = {
  code: 'mirror-policy',
  scope: 'pair',
  severity: 'error',
  fact: 'ipsec.md §3.4 (selectors: A.src-address = B.dst-address, A.dst-address = B.src-address, ports swapped, protocol equal) and §3.6 Q3',
  summary: "Each policy's addresses, ports and protocol must be the exact mirror of a policy on the other router.",
  check(pair) {
    const findings: FindingInit[] = [];
    const other = routerLabel(pair.remote.view);
    for (const match of matchPolicies(pair)) {
      if (match.mirror) continue;
      const mine = selectorsOf(pair.local.view, match.local);
      const span = spanOf(pair.local.view, match.local, 'src-address');
      if (!match.closest) {
        findings.push({
          span,
          message: `This router sends ${describeSelectors(mine)} to ${other}, but ${other} has no policy for this tunnel: phase 2 never comes up.`,
          related: [relatedTo(pair.remote, pair.remote.peer, undefined, `${other}'s peer for this tunnel`)],
        });
        continue;
      }
      const theirs = selectorsOf(pair.remote.view, match.closest);
      findings.push({
        span,
        message: `The policies are not mirror images: this router sends ${describeSelectors(mine)}, ${other} expects ${describeSelectors({ ...theirs, src: theirs.dst, dst: theirs.src, srcPort: theirs.dstPort, dstPort: theirs.srcPort })} (its policy: ${describeSelectors(theirs)}).`,
        related: [relatedTo(pair.remote, match.closest, 'src-address', `${other}'s policy: ${describeSelectors(theirs)}`)],
      });
    }
    return findings;
  },
};
