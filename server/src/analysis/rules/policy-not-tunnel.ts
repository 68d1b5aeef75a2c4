import type { RouterRule } from '../rule';
import type { FindingInit } from '../finding';
import { parseNetwork } from '../../model/addresses';
import { IPSEC } from '../../model/ipsec';
import { setPropertyFix, spanOf } from '../describe';
import { ownAddresses } from '../pairing';

/** Protocols that carry a tunnel of their own over a transport-mode policy (GRE, IPIP, EoIP: ipsec.md §2.4). */
const tunnelProtocols = new Set(['gre', 'ipencap', 'ipip', 'ipv6-encap', '47', '4', 'l2tp', 'udp']);

export const policyNotTunnel: RouterRule = {
  code: 'policy-not-tunnel',
  scope: 'router',
  severity: 'warning',
  fact: 'ipsec.md §1.5 (tunnel=no only protects traffic between the SA endpoints), §3.5 and §3.6b; setups.md §1 step 5 (site-to-site uses tunnel=yes)',
  summary: 'A policy that protects networks must use tunnel mode, unless GRE/IPIP/EoIP runs on top of it.',
  check(router) {
    const findings: FindingInit[] = [];
    const own = ownAddresses(router);
    for (const policy of router.enabled(IPSEC.policy)) {
      if (router.text(policy, 'template') === 'yes' || router.text(policy, 'tunnel') !== 'no' || policy.implicitFrom) continue;
      if (router.text(policy, 'action') !== 'encrypt' || tunnelProtocols.has(router.text(policy, 'protocol') ?? 'all')) continue;
      const src = parseNetwork(router.text(policy, 'src-address') ?? '');
      const dst = parseNetwork(router.text(policy, 'dst-address') ?? '');
      if (!src || !dst) continue;
      const hosts = src.length === (src.family === 4 ? 32 : 128) && dst.length === (dst.family === 4 ? 32 : 128);
      const fromRouter = own.some((address) => address.host.base === src.base && address.host.family === src.family);
      if (hosts && (fromRouter || own.length === 0)) continue;
      const fix = setPropertyFix(router, policy, 'tunnel', 'yes', 'Use tunnel mode (tunnel=yes)');
      findings.push({
        span: spanOf(router, policy, 'tunnel'),
        message: `This policy protects ${router.text(policy, 'src-address')} → ${router.text(policy, 'dst-address')} in transport mode (tunnel=${router.attr(policy, 'tunnel').explicit ? 'no' : 'no, the default'}): transport mode only carries traffic between the two routers themselves. Use tunnel=yes, or run GRE/IPIP over it.`,
        fixes: fix ? [fix] : [],
      });
    }
    return findings;
  },
};
