import type { PairRule } from '../rule';
import type { FindingInit } from '../finding';
import type { IpsecView } from '../../model/ipsec';
import { placeOf, routerLabel, setPropertyFix, shown, type Referenced } from '../describe';
import { matchPolicies } from '../policies';
import type { RouterSide } from '../pairing';


import { AEAD_CIPHERS } from '../../knowledge/ipsec-docs/algorithms';

interface Proposal extends Referenced {
  readonly side: RouterSide;
}

function commonCiphers(a: Proposal, b: Proposal): string[] | undefined {
  const mine = a.side.view.list(a.item, 'enc-algorithms');
  const theirs = b.side.view.list(b.item, 'enc-algorithms');
  return mine && theirs ? mine.filter((cipher) => theirs.includes(cipher)) : undefined;
}

function compare(a: Proposal, b: Proposal, other: string): FindingInit[] {
  const findings: FindingInit[] = [];
  const view: IpsecView = a.side.view;
  const related = (property: string) => [{ uri: b.view.uri, span: placeOf(b, property), message: `${other}: ${property}=${b.side.view.text(b.item, property) ?? '?'}` }];
  const ciphers = commonCiphers(a, b);
  if (ciphers && ciphers.length === 0) {
    const fix = setPropertyFix(view, a.item, 'enc-algorithms', b.side.view.text(b.item, 'enc-algorithms') ?? '', `Use ${other}'s enc-algorithms`);
    findings.push({ span: placeOf(a, 'enc-algorithms'), message: `No common phase 2 cipher: this proposal offers ${shown(view, a.item, 'enc-algorithms')}, ${other}'s offers ${shown(b.side.view, b.item, 'enc-algorithms')}; phase 2 fails with "no suitable proposal found".`, related: related('enc-algorithms'), fixes: fix ? [fix] : [] });
  }
  const onlyAead = ciphers !== undefined && ciphers.length > 0 && ciphers.every((cipher) => AEAD_CIPHERS.includes(cipher));
  const authA = view.list(a.item, 'auth-algorithms');
  const authB = b.side.view.list(b.item, 'auth-algorithms');
  if (!onlyAead && authA && authB && !authA.some((auth) => authB.includes(auth))) {
    const fix = setPropertyFix(view, a.item, 'auth-algorithms', authB.join(','), `Use ${other}'s auth-algorithms`);
    findings.push({ span: placeOf(a, 'auth-algorithms'), message: `No common phase 2 integrity algorithm: this proposal has ${shown(view, a.item, 'auth-algorithms')}, ${other}'s has ${shown(b.side.view, b.item, 'auth-algorithms')}.`, related: related('auth-algorithms'), fixes: fix ? [fix] : [] });
  }
  const pfsA = view.text(a.item, 'pfs-group');
  const pfsB = b.side.view.text(b.item, 'pfs-group');
  if (pfsA !== undefined && pfsB !== undefined && pfsA !== pfsB) {
    const fix = setPropertyFix(view, a.item, 'pfs-group', pfsB, `Use pfs-group=${pfsB} like ${other}`);
    findings.push({ span: placeOf(a, 'pfs-group'), message: `pfs-group differs: this proposal has ${shown(view, a.item, 'pfs-group')}, ${other}'s has ${shown(b.side.view, b.item, 'pfs-group')} (with IKEv2 the tunnel comes up and then fails at the first re-key).`, related: related('pfs-group'), fixes: fix ? [fix] : [] });
  }
  return findings;
}

export const mirrorPhase2: PairRule = {
  code: 'mirror-phase2',
  scope: 'pair',
  severity: 'error',
  fact: 'ipsec.md §3.4 and §3.6 Q1–Q2: enc-algorithms and auth-algorithms sets intersect (AEAD-aware), pfs-group equal; §3.1 (policy lookup): a policy generated from a template takes the template proposal',
  summary: 'The proposals of mirrored policies must share a cipher and an integrity algorithm and use the same PFS group.',
  check(pair) {
    const other = routerLabel(pair.remote.view);
    const seen = new Set<string>();
    const findings: FindingInit[] = [];
    for (const { local, mirror, template } of matchPolicies(pair)) {
      // The other router's mirror, or the template it generates the mirror from: its proposal is the one used.
      const counterpart = mirror ?? template;
      if (!counterpart) continue;
      const a = pair.local.view.proposalOf(local);
      const b = pair.remote.view.proposalOf(counterpart);
      if (!a || !b || seen.has(`${a.key}/${b.key}`)) continue;
      seen.add(`${a.key}/${b.key}`);
      findings.push(...compare({ side: pair.local, view: pair.local.view, item: a, via: { item: local, property: 'proposal' } }, { side: pair.remote, view: pair.remote.view, item: b, via: { item: counterpart, property: 'proposal' } }, other));
    }
    return findings;
  },
};
