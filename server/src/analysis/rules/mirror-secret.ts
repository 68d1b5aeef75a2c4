import type { PairRule } from '../rule';
import type { ConfigItem } from '../../model/config';
import type { IpsecView } from '../../model/ipsec';
import { facingIdentities, relatedTo, routerLabel, setPropertyFix, spanOf } from '../describe';

const usesSecret = (view: IpsecView, identity: ConfigItem) => ['pre-shared-key', 'pre-shared-key-xauth'].includes(view.text(identity, 'auth-method') ?? '');

/** `0x…` secrets are hex (ipsec.md §4.3); compare the bytes. */
function secretBytes(text: string): string {
  if (/^0x([0-9a-fA-F]{2})+$/.test(text)) return Buffer.from(text.slice(2), 'hex').toString('latin1');
  return text;
}

export const mirrorSecret: PairRule = {
  code: 'mirror-secret',
  scope: 'pair',
  severity: 'error',
  fact: 'ipsec.md §3.2/§3.3 and §3.6 P8: pre-shared keys must be byte-identical; a RouterOS 7 export hides them (§1.15), so then they cannot be verified',
  summary: 'Both ends must use the same pre-shared key; when a secret is hidden by the export it cannot be verified.',
  check(pair) {
    const { local, remote } = pair;
    const identities = facingIdentities(pair, usesSecret);
    if (!identities) return [];
    const { mine, theirs } = identities;
    const other = routerLabel(remote.view);
    const a = local.view.attr(mine, 'secret').value;
    const b = remote.view.attr(theirs, 'secret').value;
    const related = [relatedTo(remote, theirs, 'secret', `${other}'s identity for this tunnel`)];
    if (a.state !== 'known' || b.state !== 'known') {
      const why = (a.state !== 'known' ? a.reason : b.state !== 'known' ? b.reason : 'dynamic') === 'hidden' ? 'left out of the export (RouterOS 7 hides secrets unless show-sensitive is given; RouterOS 6 with hide-sensitive)' : 'computed when the script runs';
      return [{ span: spanOf(local.view, mine, 'secret'), severity: 'information', message: `Cannot verify the pre-shared key against ${other}: a secret is ${why}.`, related }];
    }
    if (secretBytes(a.text) === secretBytes(b.text)) return [];
    const fix = setPropertyFix(local.view, mine, 'secret', b.text, `Use ${other}'s secret`);
    return [{
      span: spanOf(local.view, mine, 'secret'),
      message: `The pre-shared keys differ: this router's (${a.text.length} characters) is not ${other}'s (${b.text.length} characters); authentication fails (AUTHENTICATION_FAILED / "wrong password").`,
      related,
      fixes: fix ? [fix] : [],
    }];
  },
};
