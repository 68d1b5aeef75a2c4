import { randomBytes } from 'node:crypto';
import type { RouterRule } from '../rule';
import type { FindingInit } from '../finding';
import { nameOf } from '../../model/config';
import { itemLabel, spanOf } from '../describe';

export const missingIdentity: RouterRule = {
  code: 'missing-identity',
  scope: 'router',
  severity: 'error',
  fact: 'ipsec.md §3.6b (each enabled peer that negotiates needs at least one enabled identity) and setups.md §1 step 4 (without an identity the peer never authenticates)',
  summary: 'Every peer needs an identity that authenticates it.',
  check(router, context) {
    const findings: FindingInit[] = [];
    for (const peer of router.peers()) {
      if (router.identitiesOf(peer).length > 0) continue;
      const name = nameOf(peer);
      const end = peer.span?.end;
      const secret = randomBytes(24).toString('base64url');
      findings.push({
        span: spanOf(router, peer, 'name'),
        severity: context.fragment ? 'information' : undefined,
        message: `No identity points at ${itemLabel(peer)}: it can never authenticate, so the tunnel never comes up. Add /ip ipsec identity add peer=${name ?? '…'} with a secret or certificate.`,
        fixes: end === undefined || name === undefined ? [] : [{
          title: `Add an identity for peer "${name}" (pre-shared key)`,
          edits: [{ uri: router.uri, span: { start: end, end }, newText: `\n/ip ipsec identity add peer=${name} auth-method=pre-shared-key secret="${secret}"` }],
        }],
      });
    }
    return findings;
  },
};
