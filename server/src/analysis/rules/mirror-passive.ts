import type { PairRule } from '../rule';
import { relatedTo, routerLabel, setPropertyFix, spanOf } from '../describe';

export const mirrorPassive: PairRule = {
  code: 'mirror-passive',
  scope: 'pair',
  severity: 'error',
  fact: 'ipsec.md §1.3 (passive: never initiate) and §3.6b: both ends passive=yes means nobody initiates',
  summary: 'At least one end of a tunnel must initiate (passive=no).',
  check({ local, remote }) {
    if (local.view.text(local.peer, 'passive') !== 'yes' || remote.view.text(remote.peer, 'passive') !== 'yes') return [];
    const other = routerLabel(remote.view);
    const fix = setPropertyFix(local.view, local.peer, 'passive', 'no', 'Let this router initiate (passive=no)');
    return [{
      span: spanOf(local.view, local.peer, 'passive'),
      message: `Both ends are passive: this peer and ${other}'s wait for each other and the tunnel never starts.`,
      related: [relatedTo(remote, remote.peer, 'passive', `${other}: passive=yes`)],
      fixes: fix ? [fix] : [],
    }];
  },
};
