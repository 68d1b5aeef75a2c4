import type { PairRule } from '../rule';
import { relatedTo, routerLabel, setPropertyFix, shown, spanOf } from '../describe';

/** Methods that authenticate against each other (ipsec.md §1.4 and §3.3: EAP client ↔ eap-radius server). */
const partners: Readonly<Record<string, readonly string[]>> = {
  'pre-shared-key': ['pre-shared-key'],
  'digital-signature': ['digital-signature', 'eap', 'eap-radius'],
  eap: ['eap-radius', 'digital-signature'],
  'eap-radius': ['eap', 'digital-signature'],
  'pre-shared-key-xauth': ['pre-shared-key-xauth'],
  'rsa-key': ['rsa-key'],
  'rsa-signature-hybrid': ['rsa-signature-hybrid'],
};

export const mirrorAuthMethod: PairRule = {
  code: 'mirror-auth-method',
  scope: 'pair',
  severity: 'error',
  fact: 'ipsec.md §3.2 (same auth-method family) and §3.3 (EAP client with eap-radius server), §3.6 P8',
  summary: 'The identities of both ends must use compatible authentication methods.',
  check({ local, remote }) {
    const mine = local.view.identitiesOf(local.peer)[0];
    const theirs = remote.view.identitiesOf(remote.peer)[0];
    if (!mine || !theirs) return [];
    const a = local.view.text(mine, 'auth-method');
    const b = remote.view.text(theirs, 'auth-method');
    if (a === undefined || b === undefined || (partners[a] ?? [a]).includes(b)) return [];
    const other = routerLabel(remote.view);
    const fix = setPropertyFix(local.view, mine, 'auth-method', b, `Use auth-method=${b} like ${other}`);
    return [{
      span: spanOf(local.view, mine, 'auth-method'),
      message: `auth-method does not fit: this router uses ${shown(local.view, mine, 'auth-method')}, ${other} uses ${shown(remote.view, theirs, 'auth-method')}.`,
      related: [relatedTo(remote, theirs, 'auth-method', `${other}: auth-method=${b}`)],
      fixes: fix ? [fix] : [],
    }];
  },
};
