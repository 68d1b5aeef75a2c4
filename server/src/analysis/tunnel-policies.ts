// The static encrypt policies that carry LAN traffic through a tunnel: what NAT and FastTrack must leave alone.
import type { ConfigItem } from '../model/config';
import { parseNetwork } from '../model/addresses';
import { IPSEC, type IpsecView } from '../model/ipsec';
import { perView } from './per-view';

export interface TunnelPolicy {
  readonly policy: ConfigItem;
  readonly src: string;
  readonly dst: string;
}

/** Computed once per view: several rules and every pair ask for them. */
export const tunnelPolicies = perView(collect);

function collect(view: IpsecView): TunnelPolicy[] {
  const found: TunnelPolicy[] = [];
  for (const policy of view.enabled(IPSEC.policy)) {
    if (view.text(policy, 'template') === 'yes' || view.text(policy, 'action') !== 'encrypt' || view.text(policy, 'tunnel') !== 'yes') continue;
    const src = view.text(policy, 'src-address');
    const dst = view.text(policy, 'dst-address');
    const srcNet = src === undefined ? undefined : parseNetwork(src);
    const dstNet = dst === undefined ? undefined : parseNetwork(dst);
    if (!srcNet || !dstNet || srcNet.length === 0 || dstNet.length === 0 || !src || !dst) continue;
    found.push({ policy, src, dst });
  }
  return found;
}
