import type { PairRule } from '../rule';
import { facingIdentities, relatedTo, routerLabel, setPropertyFix, shown, spanOf } from '../describe';
import type { ConfigItem } from '../../model/config';
import type { IpsecView } from '../../model/ipsec';
import type { Fix } from '../finding';

/** Switching to a pre-shared key needs the key too: take the other router's, or offer nothing. */
function authFix(view: IpsecView, mine: ConfigItem, otherView: IpsecView, theirs: ConfigItem, method: string, other: string): Fix | undefined {
  const fix = setPropertyFix(view, mine, 'auth-method', method, `Use auth-method=${method} like ${other}`);
  if (!fix || !method.startsWith('pre-shared-key') || mine.props.has('secret')) return fix;
  const secret = otherView.attr(theirs, 'secret').value;
  if (secret.state !== 'known') return undefined;
  const withSecret = setPropertyFix(view, mine, 'secret', secret.text, '');
  return withSecret ? { title: `${fix.title} (and its secret)`, edits: [...fix.edits, ...withSecret.edits] } : undefined;
}

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
  check(pair) {
    const { local, remote } = pair;
    const identities = facingIdentities(pair);
    if (!identities) return [];
    const { mine, theirs } = identities;
    const a = local.view.text(mine, 'auth-method');
    const b = remote.view.text(theirs, 'auth-method');
    if (a === undefined || b === undefined || (partners[a] ?? [a]).includes(b)) return [];
    const other = routerLabel(remote.view);
    const fix = authFix(local.view, mine, remote.view, theirs, b, other);
    return [{
      span: spanOf(local.view, mine, 'auth-method'),
      message: `auth-method does not fit: this router uses ${shown(local.view, mine, 'auth-method')}, ${other} uses ${shown(remote.view, theirs, 'auth-method')}.`,
      related: [relatedTo(remote, theirs, 'auth-method', `${other}: auth-method=${b}`)],
      fixes: fix ? [fix] : [],
    }];
  },
};
