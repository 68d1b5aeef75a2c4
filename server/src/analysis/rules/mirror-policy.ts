import type { PairRule } from '../rule';
import type { FindingInit } from '../finding';
import { relatedTo, routerLabel, spanOf } from '../describe';
import { describeSelectors, generatingTemplates, matchPolicies, selectorsOf } from '../policies';

export const mirrorPolicy: PairRule = {
  code: 'mirror-policy',
  scope: 'pair',
  severity: 'error',
  fact: 'ipsec.md §3.4 (selectors: A.src-address = B.dst-address, A.dst-address = B.src-address, ports swapped, protocol equal; or inside a template of the group the other side generates policies from), §3.1 (policy lookup for phase 2) and §3.6 Q3',
  summary: "Each policy's addresses, ports and protocol must be the exact mirror of a policy on the other router, or fit a template it generates policies from.",
  check(pair) {
    const findings: FindingInit[] = [];
    const other = routerLabel(pair.remote.view);
    const templates = generatingTemplates(pair.remote.view, pair.remote.peer);
    for (const match of matchPolicies(pair)) {
      // A mirror, or a template the other router generates the mirror from (ipsec.md §3.1, step 3).
      if (match.mirror || match.template) continue;
      const mine = selectorsOf(pair.local.view, match.local);
      const span = spanOf(pair.local.view, match.local, 'src-address');
      if (!match.closest && templates.length > 0) {
        const template = templates[0]!;
        const written = selectorsOf(pair.remote.view, template);
        findings.push({
          span,
          message: `This router sends ${describeSelectors(mine)} to ${other}, which generates its policies for this peer from templates, but no template contains ${mine.dst} → ${mine.src} (its template: ${describeSelectors(written)}): phase 2 never comes up.`,
          related: templates.map((item) => relatedTo(pair.remote, item, 'src-address', `${other}'s template: ${describeSelectors(selectorsOf(pair.remote.view, item))}`)),
        });
        continue;
      }
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
