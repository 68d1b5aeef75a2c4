import type { PairRule } from '../rule';
import type { FindingInit } from '../finding';
import { relatedTo, routerLabel, setPropertyFix, shown, spanOf } from '../describe';
import { matchPolicies } from '../policies';

export const mirrorTunnelMode: PairRule = {
  code: 'mirror-tunnel-mode',
  scope: 'pair',
  severity: 'error',
  fact: 'ipsec.md §3.4 (protocol/mode: tunnel equal on both sides) and §3.6 Q3',
  summary: 'Mirrored policies must both use tunnel mode, or both transport mode.',
  check(pair) {
    const findings: FindingInit[] = [];
    const other = routerLabel(pair.remote.view);
    for (const { local, mirror } of matchPolicies(pair)) {
      if (!mirror) continue;
      const mine = pair.local.view.text(local, 'tunnel');
      const theirs = pair.remote.view.text(mirror, 'tunnel');
      if (mine === undefined || theirs === undefined || mine === theirs) continue;
      // Only towards tunnel mode: transport mode for LAN traffic is itself a mistake (policy-not-tunnel).
      const fix = theirs === 'yes' ? setPropertyFix(pair.local.view, local, 'tunnel', theirs, `Use tunnel=${theirs} like ${other}`) : undefined;
      findings.push({
        span: spanOf(pair.local.view, local, 'tunnel'),
        message: `Tunnel mode differs: this policy has tunnel=${shown(pair.local.view, local, 'tunnel')}, ${other}'s mirror has tunnel=${shown(pair.remote.view, mirror, 'tunnel')}.`,
        related: [relatedTo(pair.remote, mirror, 'tunnel', `${other}: tunnel=${theirs}`)],
        fixes: fix ? [fix] : [],
      });
    }
    return findings;
  },
};
