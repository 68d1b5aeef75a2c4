import type { PairRule } from '../rule';
import type { ConfigItem } from '../../model/config';
import type { RouterSide } from '../pairing';
import { facingIdentities, relatedTo, routerLabel, setPropertyFix, spanOf } from '../describe';

/** The ID a side sends (ipsec.md §1.4 my-id: `auto` sends the IP address for PSK); undefined when unknowable. */
function sentId(side: RouterSide, identity: ConfigItem, facing: RouterSide): string | undefined {
  const myId = side.view.text(identity, 'my-id');
  if (myId !== undefined && myId !== 'auto') return myId;
  if (side.view.text(identity, 'auth-method') !== 'pre-shared-key') return undefined;
  const local = side.view.text(side.peer, 'local-address');
  if (local) return `address:${local}`;
  const target = facing.view.text(facing.peer, 'address');
  return target && /\/(32|128)$/.test(target) ? `address:${target.replace(/\/\d+$/, '')}` : undefined;
}

function sameId(expected: string, sent: string): boolean {
  const [typeA, ...restA] = expected.split(':');
  const [typeB, ...restB] = sent.split(':');
  const a = restA.join(':');
  const b = restB.join(':');
  return typeA === typeB && (typeA === 'fqdn' || typeA === 'user-fqdn' ? a.toLowerCase() === b.toLowerCase() : a === b);
}

export const mirrorId: PairRule = {
  code: 'mirror-id',
  scope: 'pair',
  severity: 'error',
  fact: "ipsec.md §1.4 (my-id/remote-id), §3.2/§3.3 IDs and §3.6 P9: a remote-id other than auto/ignore must equal the other side's effective my-id",
  summary: "A remote-id must accept the ID the other router sends (its my-id).",
  check(pair) {
    const { local, remote } = pair;
    const identities = facingIdentities(pair);
    if (!identities) return [];
    const { mine, theirs } = identities;
    const expected = local.view.text(mine, 'remote-id');
    if (expected === undefined || expected === 'auto' || expected === 'ignore' || !expected.includes(':')) return [];
    const other = routerLabel(remote.view);
    const sent = sentId(remote, theirs, local);
    if (sent === undefined) return [{ span: spanOf(local.view, mine, 'remote-id'), severity: 'information', message: `Cannot verify remote-id=${expected}: the ID ${other} sends depends on its certificate.`, related: [relatedTo(remote, theirs, 'my-id', `${other}'s identity`)] }];
    if (sameId(expected, sent)) return [];
    const fix = setPropertyFix(local.view, mine, 'remote-id', sent, `Expect ${sent}`);
    return [{
      span: spanOf(local.view, mine, 'remote-id'),
      message: `remote-id=${expected} will not accept ${other}, which sends ${sent}${remote.view.attr(theirs, 'my-id').explicit ? '' : ' (my-id=auto)'}: "identity not found".`,
      related: [relatedTo(remote, theirs, 'my-id', `${other}: my-id=${remote.view.text(theirs, 'my-id') ?? 'auto'}`)],
      fixes: fix ? [fix] : [],
    }];
  },
};
