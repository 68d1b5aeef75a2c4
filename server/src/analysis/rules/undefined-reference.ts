import type { RouterRule } from '../rule';
import type { FindingInit } from '../finding';
import { IPSEC } from '../../model/ipsec';

interface Reference {
  readonly from: string;
  readonly property: string;
  readonly to: string;
  /** Values that name no item (`none`) or a built-in one. */
  readonly allowed: readonly string[];
}

const references: readonly Reference[] = [
  { from: IPSEC.identity, property: 'peer', to: IPSEC.peer, allowed: [] },
  { from: IPSEC.policy, property: 'peer', to: IPSEC.peer, allowed: [] },
  { from: IPSEC.peer, property: 'profile', to: IPSEC.profile, allowed: [] },
  { from: IPSEC.policy, property: 'proposal', to: IPSEC.proposal, allowed: [] },
  { from: IPSEC.policy, property: 'group', to: IPSEC.group, allowed: [] },
  { from: IPSEC.identity, property: 'policy-template-group', to: IPSEC.group, allowed: ['none'] },
  { from: IPSEC.identity, property: 'mode-config', to: IPSEC.modeConfig, allowed: ['none'] },
  { from: IPSEC.modeConfig, property: 'address-pool', to: IPSEC.pool, allowed: ['none'] },
  { from: IPSEC.identity, property: 'certificate', to: IPSEC.certificate, allowed: ['none'] },
  { from: IPSEC.identity, property: 'remote-certificate', to: IPSEC.certificate, allowed: ['none'] },
];

export const undefinedReference: RouterRule = {
  code: 'undefined-reference',
  scope: 'router',
  severity: 'warning',
  fact: 'ipsec.md §3.6b (every peer=, profile=, proposal=, group=, policy-template-group=, mode-config=, address-pool= names an existing item; certificates are never in an export) and setups.md §2 (every name is defined in an earlier step)',
  summary: 'A name used in a reference must be defined, in this file before it is used, or in another file of the workspace.',
  check(router, context) {
    const findings: FindingInit[] = [];
    for (const reference of references) {
      for (const item of router.items(reference.from)) {
        if (item.implicitFrom) continue;
        const prop = item.props.get(reference.property);
        if (!prop?.span || prop.value.state !== 'known' || reference.allowed.includes(prop.value.text)) continue;
        for (const name of reference.to === IPSEC.certificate ? prop.value.text.split(',') : [prop.value.text]) {
          const finding = checkName(router, context, reference, name, prop.span);
          if (finding) findings.push(finding);
        }
      }
    }
    return findings;
  },
};

function checkName(router: Parameters<RouterRule['check']>[0], context: Parameters<RouterRule['check']>[1], reference: Reference, name: string, span: { start: number; end: number }): FindingInit | undefined {
  const target = router.named(reference.to, name);
  const kind = reference.to.split(' ').slice(-1)[0] === 'group' ? 'policy group' : reference.to.split(' ').pop();
  if (target) {
    if (!target.span || target.span.start < span.start || target.conditional) return undefined;
    return {
      span,
      severity: 'error',
      message: `${kind} "${name}" is defined further down: RouterOS rejects this line when it runs, because the ${kind} does not exist yet.`,
      related: [{ uri: router.uri, span: target.span, message: `${kind} "${name}" is defined here` }],
    };
  }
  // `profile=` with nothing after it (typing, or a value lost in an edit) names nothing at all.
  if (name === '') return { span, message: `${reference.property}= is empty: it must name a ${kind}.` };
  if (context.definedElsewhere(reference.to, name)) return undefined;
  if (reference.to === IPSEC.certificate) {
    return { span, severity: 'information', message: `Cannot verify certificate "${name}": certificates are created on the router or imported, and an export never contains them.` };
  }
  return {
    span,
    severity: context.fragment ? 'information' : undefined,
    message: `No ${kind} named "${name}" is defined in this file or the workspace${context.fragment ? ' (this script looks like a fragment: it may exist on the router)' : ''}.`,
  };
}
