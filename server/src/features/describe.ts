// Markdown that completion and hover share: what an argument means, which values it takes, its default,
// where it exists, and what must match on the other router; what a value means and how strong it is.
import { IPSEC_DOCS, legacyArgument, type ArgumentInfo, type EnumValue, type Strength, type Target } from '../knowledge/index';

/** `enum, list` / `time (0s..1h)` / `name of a /ip ipsec peer`. */
function kindText(arg: ArgumentInfo): string {
  if (arg.reference) return `name of ${arg.reference.anyInterface ? 'an interface' : `a /${arg.reference.menu.join(' ')} item`}${arg.list ? ' (list)' : ''}`;
  const bounds = arg.min !== undefined || arg.max !== undefined ? ` (${arg.min ?? ''}..${arg.max ?? ''})` : '';
  return `${arg.kind}${arg.list ? ', comma list' : ''}${bounds}`;
}

/** How weak a value is, when our documentation says it is weak or insecure. */
export function weakness(value: EnumValue): 'weak' | 'insecure' | undefined {
  const strength: Strength | undefined = value.doc?.strength;
  return strength === 'weak' || strength === 'insecure' ? strength : undefined;
}

export function describeValue(value: EnumValue, arg: ArgumentInfo): string {
  const lines = [`**\`${value.name}\`** — value of \`${arg.name}\``];
  const weak = weakness(value);
  if (weak) lines.push(`⚠ **${weak}**${weak === 'insecure' ? ': must not be used' : ': should not be used'}.`);
  if (value.doc?.note) lines.push(value.doc.note);
  if (value.description) lines.push(value.description);
  if (!value.present || value.summary !== arg.summary) lines.push(`Exists in ${value.summary}.`);
  if (value.doc?.source) lines.push(`Source: ${value.doc.source}`);
  return lines.join('\n\n');
}

/** Argument descriptions are asked for on every completion; the knowledge views keep their ArgumentInfo objects. */
const described = new WeakMap<ArgumentInfo, string>();

export function describeArgument(arg: ArgumentInfo, target: Target): string {
  let text = described.get(arg);
  if (text === undefined) {
    text = buildDescription(arg, target);
    described.set(arg, text);
  }
  return text;
}

function buildDescription(arg: ArgumentInfo, target: Target): string {
  const doc = arg.doc;
  const lines = [`**\`${arg.name}\`** · \`/${arg.menu.join(' ')} ${arg.command}\` · ${kindText(arg)}`];
  if (doc?.summary) lines.push(doc.summary);
  const values = valuesLine(arg);
  if (values) lines.push(values);
  if (arg.typedPrefixes.length > 0) lines.push(`Written \`TYPE:VALUE\`, TYPE one of ${arg.typedPrefixes.map((t) => `\`${t}\``).join(', ')}.`);
  if (arg.hint && arg.kind !== 'enum') lines.push(`Console hint: \`${arg.hint}\``);
  if (doc?.default) lines.push(defaultLine(doc.default));
  lines.push(availabilityLine(arg, target));
  if (doc?.match) lines.push(`**Other router:** ${doc.match.text}${doc.match.rule ? ` (rule ${doc.match.rule}, ${doc.match.source})` : ` (${doc.match.source})`}`);
  if (doc?.ikev1Only) lines.push('Used by IKEv1 only; IKEv2 ignores it.');
  const legacy = arg.menu[1] === 'ipsec' ? legacyArgument(arg.menu, arg.name) : undefined;
  if (legacy) lines.push(`**RouterOS 6 syntax:** ${legacy.explanation}`);
  if (doc?.sources.length) lines.push(`Source: ${doc.sources.join(', ')}`);
  return lines.join('\n\n');
}

function valuesLine(arg: ArgumentInfo): string | undefined {
  if (arg.values.length === 0 || arg.reference) return undefined;
  const shown = arg.values.slice(0, 40).map((value) => {
    const weak = weakness(value);
    return weak ? `\`${value.name}\` (${weak})` : `\`${value.name}\``;
  });
  const more = arg.values.length > shown.length ? ` … and ${arg.values.length - shown.length} more` : '';
  return `Values: ${shown.join(' · ')}${more}`;
}

function defaultLine(value: { value: string; v6?: string; note?: string }): string {
  const v6 = value.v6 !== undefined ? ` (RouterOS 6: \`${value.v6}\`)` : '';
  const shown = value.value === '' ? 'empty' : `\`${value.value}\``;
  return `Default: ${shown}${v6}${value.note ? ` — ${value.note}` : ''}`;
}

export function availabilityLine(item: { present: boolean; summary: string }, target: Target): string {
  const release = target.line === 7 ? target.release : `RouterOS ${target.release}`;
  return `Exists in ${item.summary}${item.present ? '' : ` — **not in ${release}**, the release this file is checked against`}.`;
}

/** The section of ipsec.md that documents a menu: the one its arguments cite most. */
export function menuSection(menu: readonly string[]): string | undefined {
  const docs = IPSEC_DOCS.get(menu.join(' '));
  if (!docs) return undefined;
  const counts = new Map<string, number>();
  for (const doc of Object.values(docs)) for (const source of doc.sources) counts.set(source, (counts.get(source) ?? 0) + 1);
  let best: string | undefined;
  for (const [source, count] of counts) if (best === undefined || count > counts.get(best)!) best = source;
  return best;
}
