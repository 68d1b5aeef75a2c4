// How an outline names one configuration line: a peer by its name, an identity by its peer, a policy
// by its addresses, a firewall rule by its chain and comment, anything else by its name or comment.
import { SymbolKind } from 'vscode-languageserver';
import { unquotedText, type Span, type Value } from '../../parser/index';
import type { ResolvedCommand } from '../../model/resolved';

export interface ItemName {
  readonly name: string;
  readonly detail?: string;
  readonly kind: SymbolKind;
  /** What to select: the value that names the item, or the command word. */
  readonly selection: Span;
}

const FIREWALL_TABLES = new Set(['filter', 'nat', 'mangle', 'raw']);

type Named = Omit<ItemName, 'selection'> & { readonly by?: string };
type Namer = (arg: (name: string) => string | undefined) => Named;

const NAMERS: Readonly<Record<string, Namer>> = {
  '/ip ipsec identity': (arg) => ({ name: arg('peer') ?? '(no peer)', detail: `identity${suffix(arg('auth-method'))}`, kind: SymbolKind.Key, by: 'peer' }),
  '/ip ipsec policy': (arg) => ({
    name: `${arg('src-address') ?? 'any'} → ${arg('dst-address') ?? 'any'}`,
    detail: ['policy', arg('peer') && `peer ${arg('peer')}`, arg('template') === 'yes' ? 'template' : undefined].filter(Boolean).join(' · '),
    kind: SymbolKind.Event,
    by: 'src-address',
  }),
};

function suffix(text: string | undefined): string {
  return text ? ` · ${text}` : '';
}

function firewallName(arg: (name: string) => string | undefined): Named {
  const comment = arg('comment');
  return { name: `${arg('chain') ?? '(no chain)'}${comment ? ` — ${comment}` : ''}`, detail: arg('action') ?? 'accept', kind: SymbolKind.Event, by: 'chain' };
}

function isFirewallMenu(menu: readonly string[]): boolean {
  return (menu[0] === 'ip' || menu[0] === 'ipv6') && menu[1] === 'firewall' && FIREWALL_TABLES.has(menu[2] ?? '');
}

function genericName(command: ResolvedCommand, arg: (name: string) => string | undefined): Named {
  const kind = command.menu[0] === 'interface' ? SymbolKind.Interface : SymbolKind.Object;
  for (const field of ['name', 'list', 'comment', 'address']) {
    const text = arg(field);
    if (text) return { name: field === 'list' ? `${text}${suffix(arg('address'))}` : text, kind, by: field };
  }
  const first = command.args[0];
  return { name: first ? `${first.name}=${unquotedText(first.value) ?? '…'}` : command.command ?? '', kind };
}

/** The outline entry of an `add` line, or undefined when the line adds nothing nameable. */
export function addedItemName(command: ResolvedCommand): ItemName | undefined {
  const values = new Map(command.args.map((a) => [a.name, a.value] as const));
  const arg = (name: string): string | undefined => textOf(values.get(name));
  const key = '/' + command.menu.join(' ');
  const named = NAMERS[key]?.(arg) ?? (isFirewallMenu(command.menu) ? firewallName(arg) : genericName(command, arg));
  if (named.name === '') return undefined;
  const selection = (named.by !== undefined ? values.get(named.by)?.span : undefined) ?? command.commandSpan ?? command.statement.span;
  return { name: named.name, ...(named.detail ? { detail: named.detail } : {}), kind: named.kind, selection };
}

/** `set [ find default=yes ] …` → `set default`; `set 0 …` → `set 0`; a single-item menu → `set`. */
export function setLineName(command: ResolvedCommand): ItemName {
  const target = command.unnamed[0];
  const text = target === undefined ? '' : target.kind === 'substitution' ? findText(target) : unquotedText(target) ?? '…';
  return { name: text ? `set ${text}` : 'set', kind: SymbolKind.Property, selection: command.commandSpan ?? command.statement.span };
}

function findText(target: Value & { kind: 'substitution' }): string {
  const statement = target.statements[0];
  if (statement?.kind !== 'command') return '[…]';
  const conditions = statement.items.slice(1).map((item) => (item.kind === 'arg' ? `${item.name}=${unquotedText(item.value) ?? '…'}` : item.kind === 'word' ? item.text : '…'));
  return conditions.join(' ').replace(/^where /, '').replace(/^default=yes$/, 'default') || '[find]';
}

function textOf(value: Value | undefined): string | undefined {
  const text = value && unquotedText(value);
  return text === '' ? undefined : text;
}
