import type { RouterRule } from '../rule';
import type { FindingInit } from '../finding';
import type { ConfigItem } from '../../model/config';
import { IPSEC, type IpsecView } from '../../model/ipsec';
import { AEAD_CIPHERS } from '../../knowledge/ipsec-docs/algorithms';
import { PROFILE_DOCS } from '../../knowledge/ipsec-docs/profile';
import { PROPOSAL_DOCS } from '../../knowledge/ipsec-docs/proposal';
import type { MenuDocs } from '../../knowledge/ipsec-docs/types';
import { spanOf } from '../describe';

const checked: readonly { menu: string; docs: MenuDocs; properties: readonly string[] }[] = [
  { menu: IPSEC.profile, docs: PROFILE_DOCS, properties: ['enc-algorithm', 'hash-algorithm', 'dh-group', 'prf-algorithm'] },
  { menu: IPSEC.proposal, docs: PROPOSAL_DOCS, properties: ['enc-algorithms', 'auth-algorithms', 'pfs-group'] },
];

function weakValues(view: IpsecView, item: ConfigItem, property: string, docs: MenuDocs): FindingInit | undefined {
  if (!item.props.get(property)?.span) return undefined;
  const values = view.list(item, property) ?? [];
  const problems = values.flatMap((value) => {
    const doc = docs[property]?.values?.[value];
    return doc && (doc.strength === 'weak' || doc.strength === 'insecure') ? [{ value, doc }] : [];
  });
  if (problems.length === 0) return undefined;
  const insecure = problems.some((problem) => problem.doc.strength === 'insecure');
  return {
    span: spanOf(view, item, property),
    severity: insecure ? 'error' : 'warning',
    message: `${property}: ${problems.map((problem) => `${problem.value} — ${problem.doc.note ?? problem.doc.strength}`).join(' ')}`,
  };
}

/** auth-algorithms=null leaves a non-AEAD cipher without integrity (ipsec.md §1.13, §3.6b). */
function nullIntegrity(view: IpsecView, proposal: ConfigItem): FindingInit | undefined {
  const auth = view.list(proposal, 'auth-algorithms') ?? [];
  const ciphers = view.list(proposal, 'enc-algorithms') ?? [];
  const plain = ciphers.filter((cipher) => !AEAD_CIPHERS.includes(cipher));
  if (!auth.every((value) => value === 'null') || plain.length === 0) return undefined;
  return {
    span: spanOf(view, proposal, 'auth-algorithms'),
    severity: 'error',
    message: `auth-algorithms=null with ${plain.join(', ')}: those ciphers are not AEAD, so ESP carries no integrity protection. Use sha256, or only GCM/chacha20poly1305 ciphers.`,
  };
}

/** Aggressive mode sends the PSK hash in the clear for offline guessing (ipsec.md §1.13 Authentication). */
function aggressivePsk(view: IpsecView, peer: ConfigItem): FindingInit | undefined {
  if (view.text(peer, 'exchange-mode') !== 'aggressive') return undefined;
  const psk = view.identitiesOf(peer).some((identity) => view.text(identity, 'auth-method') === 'pre-shared-key');
  return psk ? { span: spanOf(view, peer, 'exchange-mode'), severity: 'warning', message: 'Aggressive mode with a pre-shared key exposes the key to offline dictionary attacks; use main or ike2.' } : undefined;
}

export const weakAlgorithm: RouterRule = {
  code: 'weak-algorithm',
  scope: 'router',
  severity: 'warning',
  fact: 'ipsec.md §1.13 (RFC 8247 / RFC 8221 requirement levels: MUST NOT → error, SHOULD NOT or weak → warning; aggressive mode + PSK → warning)',
  summary: 'Algorithms written in a profile or proposal must not be weak or forbidden (des, 3des, md5, modp768, modp1024, …).',
  check(router) {
    const findings: (FindingInit | undefined)[] = [];
    for (const { menu, docs, properties } of checked) {
      for (const item of router.items(menu)) {
        for (const property of properties) findings.push(weakValues(router, item, property, docs));
        if (menu === IPSEC.proposal) findings.push(nullIntegrity(router, item));
      }
    }
    for (const peer of router.peers()) findings.push(aggressivePsk(router, peer));
    return findings.filter((finding): finding is FindingInit => finding !== undefined);
  },
};
