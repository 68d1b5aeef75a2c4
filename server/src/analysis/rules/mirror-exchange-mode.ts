import type { PairRule } from '../rule';
import { relatedTo, routerLabel, setPropertyFix, shown, spanOf } from '../describe';

const family = (mode: string | undefined) => (mode === 'ike2' ? 'IKEv2' : 'IKEv1');

export const mirrorExchangeMode: PairRule = {
  code: 'mirror-exchange-mode',
  scope: 'pair',
  severity: 'error',
  fact: 'ipsec.md §3.2 and §3.6 P1: the exchange mode must be identical (main↔main, aggressive↔aggressive, ike2↔ike2)',
  summary: 'Both peers must use the same exchange-mode.',
  check({ local, remote }) {
    const mine = local.view.text(local.peer, 'exchange-mode');
    const theirs = remote.view.text(remote.peer, 'exchange-mode');
    if (mine === undefined || theirs === undefined || mine === theirs) return [];
    const other = routerLabel(remote.view);
    // Offer only the direction that ends in a sound setup: never move this side to aggressive mode (ipsec.md §1.13).
    const fix = theirs === 'aggressive' ? undefined : setPropertyFix(local.view, local.peer, 'exchange-mode', theirs, `Use exchange-mode=${theirs} like ${other}`);
    return [{
      span: spanOf(local.view, local.peer, 'exchange-mode'),
      message: `exchange-mode differs: this peer uses ${shown(local.view, local.peer, 'exchange-mode')} (${family(mine)}), ${other} uses ${shown(remote.view, remote.peer, 'exchange-mode')} (${family(theirs)}); phase 1 never starts.`,
      related: [relatedTo(remote, remote.peer, 'exchange-mode', `${other}: exchange-mode=${theirs}`)],
      fixes: fix ? [fix] : [],
    }];
  },
};
