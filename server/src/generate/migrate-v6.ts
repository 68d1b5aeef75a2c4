// Quick fix for RouterOS 6 IPsec syntax in a v7 script: a v6 peer line that carries the secret and the
// phase 1 algorithms becomes a profile, a peer and an identity (ipsec.md §0 and §1.15); a v6 policy's
// `sa-src-address`/`sa-dst-address` become `peer=`.
import type { Span } from '../parser/ast';
import type { Fix } from '../analysis/finding';
import { quoteIfNeeded } from '../analysis/describe';
import type { ConfigItem } from '../model/config';
import { nameOf } from '../model/config';
import type { RouterDocument } from '../model/document';
import { IPSEC } from '../model/ipsec';

const peerProperties = ['address', 'local-address', 'port', 'passive', 'exchange-mode', 'send-initial-contact', 'disabled', 'comment'];
const profileProperties = ['enc-algorithm', 'hash-algorithm', 'dh-group', 'lifetime', 'lifebytes', 'dpd-interval', 'dpd-maximum-failures', 'nat-traversal', 'proposal-check'];
const identityProperties = ['auth-method', 'secret', 'certificate', 'remote-certificate', 'my-id', 'remote-id', 'generate-policy', 'mode-config', 'policy-template-group', 'notrack-chain'];
const renamedValues: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  'auth-method': { 'rsa-signature': 'digital-signature' },
  'exchange-mode': { 'main-l2tp': 'main' },
  'generate-policy': { yes: 'port-override' },
};

function assignments(item: ConfigItem, properties: readonly string[]): string {
  return properties.flatMap((property) => {
    const prop = item.props.get(property);
    if (!prop?.span || prop.value.state !== 'known') return [];
    const value = renamedValues[property]?.[prop.value.text] ?? prop.value.text;
    return [` ${property}=${quoteIfNeeded(value)}`];
  }).join('');
}

function hasAny(item: ConfigItem, properties: readonly string[]): boolean {
  return properties.some((property) => item.props.get(property)?.span !== undefined);
}

function peerFix(document: RouterDocument, peer: ConfigItem): Fix | undefined {
  if (!peer.span || (!hasAny(peer, identityProperties) && !hasAny(peer, profileProperties))) return undefined;
  const name = nameOf(peer) ?? 'peer1';
  const lines: string[] = [];
  const profileName = `${name}-profile`;
  const withProfile = hasAny(peer, profileProperties);
  if (withProfile) lines.push(`/ip ipsec profile add name=${quoteIfNeeded(profileName)}${assignments(peer, profileProperties)}`);
  lines.push(`/ip ipsec peer add name=${quoteIfNeeded(name)}${assignments(peer, peerProperties)}${withProfile ? ` profile=${quoteIfNeeded(profileName)}` : ''}`);
  if (hasAny(peer, identityProperties)) lines.push(`/ip ipsec identity add peer=${quoteIfNeeded(name)}${assignments(peer, identityProperties)}`);
  return { title: 'Migrate this RouterOS 6 peer to profile + peer + identity', preferred: true, edits: [{ uri: document.uri, span: peer.span, newText: lines.join('\n') }] };
}

function policyFix(document: RouterDocument, policy: ConfigItem): Fix | undefined {
  const saSrc = policy.props.get('sa-src-address');
  const saDst = policy.props.get('sa-dst-address');
  const peer = policy.props.get('peer');
  if (!saDst?.span || !saDst.nameSpan || !peer || peer.value.state !== 'known') return undefined;
  const edits = [{ uri: document.uri, span: { start: saDst.nameSpan.start, end: saDst.span.end }, newText: `peer=${quoteIfNeeded(peer.value.text)}` }];
  if (saSrc?.span && saSrc.nameSpan) edits.push({ uri: document.uri, span: { start: saSrc.nameSpan.start - 1, end: saSrc.span.end }, newText: '' });
  return { title: `Use peer=${peer.value.text} instead of sa-src-address/sa-dst-address`, preferred: true, edits: edits.sort((a, b) => b.span.start - a.span.start) };
}

/** The migration fix for the v6 item written at `span`, if there is one. */
export function migrationFixAt(document: RouterDocument, span: Span): Fix | undefined {
  const within = (item: ConfigItem) => item.span !== undefined && item.span.start <= span.start && span.end <= item.span.end;
  const peer = document.ipsec.items(IPSEC.peer).find(within);
  if (peer) return peerFix(document, peer);
  const policy = document.ipsec.items(IPSEC.policy).find(within);
  return policy ? policyFix(document, policy) : undefined;
}
