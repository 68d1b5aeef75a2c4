// Words and edits the rules share: how to name a router, where to point, how to offer "make it so".
import type { Span } from '../parser/ast';
import type { ConfigItem } from '../model/config';
import { nameOf } from '../model/config';
import type { IpsecView } from '../model/ipsec';
import { fileNameOf } from '../model/uri';
import { writtenValue } from '../parser/index';
import type { Fix, RelatedLocation } from './finding';
import type { PeerPair, RouterSide } from './pairing';

/** `/system identity set name=Boise` if the script says so, else the file name. */
export function routerLabel(view: IpsecView): string {
  const identity = view.items('/system identity')[0];
  const name = identity && view.text(identity, 'name');
  if (name) return name;
  return fileNameOf(view.uri);
}

export function itemLabel(item: ConfigItem): string {
  const name = nameOf(item);
  const kind = item.menu.split(' ').pop();
  const address = item.props.get('address')?.value;
  // A RouterOS 6 peer has no name of its own: call it by its address.
  if (item.props.get('name')?.span === undefined && address?.state === 'known') return `the ${kind} at ${address.text}`;
  return name !== undefined ? `${kind} "${name}"` : `this ${kind}`;
}

/** Where to report on an item: its written property, else its line, else (implicit items) the line that made it. */
export function spanOf(view: IpsecView, item: ConfigItem, property?: string): Span {
  return view.anchor(item, property) ?? { start: 0, end: 0 };
}

export function relatedTo(side: RouterSide, item: ConfigItem, property: string | undefined, message: string): RelatedLocation {
  return { uri: side.view.uri, span: spanOf(side.view, item, property), message };
}

/** An item that is referenced (a profile by a peer, a proposal by a policy), with the referencing line. */
export interface Referenced {
  readonly view: IpsecView;
  readonly item: ConfigItem;
  /** The item that names it and the property that does (`peer` / `profile`). */
  readonly via: { readonly item: ConfigItem; readonly property: string };
}

/** Where to report on a referenced item: its own written property, or — for a built-in `default` item,
 *  which no line of the script writes — the reference to it. */
export function placeOf(target: Referenced, property: string): Span {
  const written = target.item.props.get(property)?.span;
  if (written) return written;
  if (target.item.builtin || !target.item.span) return spanOf(target.view, target.via.item, target.via.property);
  return spanOf(target.view, target.item, property);
}

/** Display of a property's value, saying when it is RouterOS's default rather than written. */
export function shown(view: IpsecView, item: ConfigItem, property: string): string {
  const attr = view.attr(item, property);
  if (attr.value.state !== 'known') return attr.value.reason === 'hidden' ? '(hidden by the export)' : '(unknown)';
  return attr.explicit ? attr.value.text : `${attr.value.text} (default)`;
}

/** A fix that writes `property=value` on the item: replaces the written value or appends to its line. */
export function setPropertyFix(view: IpsecView, item: ConfigItem, property: string, value: string, title: string): Fix | undefined {
  const written = item.props.get(property);
  if (item.implicitFrom || item.builtin) return undefined;
  if (written?.span) return { title, edits: [{ uri: view.uri, span: written.span, newText: quoteIfNeeded(value) }] };
  if (!item.span) return undefined;
  const end = item.span.end;
  return { title, edits: [{ uri: view.uri, span: { start: end, end }, newText: ` ${property}=${quoteIfNeeded(value)}` }] };
}

/** A value as a fix writes it: bare when RouterOS reads it so, else quoted (parser/text.ts). */
export function quoteIfNeeded(value: string): string {
  return writtenValue(value);
}

/** The identity of each end of a tunnel (the first that `keep` accepts), or undefined when one end has none. */
export function facingIdentities(pair: PeerPair, keep: (view: IpsecView, identity: ConfigItem) => boolean = () => true): { mine: ConfigItem; theirs: ConfigItem } | undefined {
  const mine = pair.local.view.identitiesOf(pair.local.peer).find((identity) => keep(pair.local.view, identity));
  const theirs = pair.remote.view.identitiesOf(pair.remote.peer).find((identity) => keep(pair.remote.view, identity));
  return mine && theirs ? { mine, theirs } : undefined;
}
