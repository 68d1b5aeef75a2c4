// Rename (F2) of a named item (peer, profile, proposal, pool, mode-config, group, certificate, interface,
// address list) or a script variable: every place its router's files name it — the definition, the
// arguments that refer to it, `set x`, `[ find name=x ]` — each written the way its place needs (quoted
// where the name needs quotes, escaped inside strings). Refused, with the reason, when renaming would
// leave the script wrong: a built-in item, a name defined nowhere, a name already taken.
import type { Range, TextEdit, WorkspaceEdit } from 'vscode-languageserver';
import type { Span } from '../../parser/index';
import type { RouterDocument } from '../../model/document';
import type { WorkspaceIndex } from '../../model/workspace';
import { hoverTarget } from '../hover/target';
import { cursorWindow } from '../cursor/window';
import { toRange } from '../ranges';
import { namedTarget, type NamedTarget } from './definition';
import { documentsOf, namesFor } from './names';
import { referenceSites } from './reference-sites';
import { variableSites } from './variable-links';

/** Why a rename cannot be done: shown to the user as is. */
export interface RenameRefusal {
  readonly refused: string;
}

export type PrepareRenameResult = { readonly range: Range; readonly placeholder: string } | RenameRefusal;

/** A word RouterOS reads as one value without quotes. */
const PLAIN_WORD = /^[A-Za-z0-9_.:@+/-]+$/;
/** What `$name` can hold without the `$"…"` form. */
const VARIABLE_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;

interface Place {
  readonly doc: RouterDocument;
  readonly span: Span;
  /** How the new name is written at this place, or a refusal. */
  readonly write: (name: string) => string | RenameRefusal;
  /** Words the place takes besides names: the new name must not be one of them. */
  readonly keywords: readonly string[];
}

type Target = { readonly kind: 'item'; readonly named: NamedTarget } | { readonly kind: 'variable'; readonly name: string };

/** What is under the cursor and where, if it can be renamed. */
export function prepareRename(doc: RouterDocument, offset: number, workspace: WorkspaceIndex): PrepareRenameResult {
  const found = targetAt(doc, offset);
  if ('refused' in found) return found;
  const refusal = renameable(doc, found.target, workspace);
  if (refusal) return refusal;
  return { range: toRange(doc, found.span), placeholder: found.target.kind === 'item' ? found.target.named.name : found.target.name };
}

/** The edits that rename what is under the cursor to `newName` in every file of its router. */
export function rename(doc: RouterDocument, offset: number, newName: string, workspace: WorkspaceIndex): WorkspaceEdit | RenameRefusal {
  const found = targetAt(doc, offset);
  if ('refused' in found) return found;
  const { target } = found;
  const unrenameable = renameable(doc, target, workspace);
  if (unrenameable) return unrenameable;
  const places = placesOf(doc, target, workspace);
  const refusal = acceptable(doc, target, newName, places, workspace);
  if (refusal) return refusal;
  const changes: Record<string, TextEdit[]> = {};
  for (const place of places) {
    const text = place.write(newName);
    if (typeof text !== 'string') return text;
    (changes[place.doc.uri] ??= []).push({ range: toRange(place.doc, place.span), newText: text });
  }
  return { changes };
}

function targetAt(doc: RouterDocument, offset: number): { target: Target; span: Span } | RenameRefusal {
  const window = cursorWindow(doc, offset);
  const at = hoverTarget(window);
  if (at?.kind === 'variable') return { target: { kind: 'variable', name: at.name }, span: window.toDocument(at.span) };
  if (at?.kind === 'value') {
    const named = namedTarget(doc, at);
    if (named) return { target: { kind: 'item', named }, span: window.toDocument(at.span) };
  }
  return { refused: 'Only the name of an item (a peer, profile, proposal, pool, interface, address list…) or a variable can be renamed.' };
}

const what = (named: NamedTarget): string => `${named.reference.menu.join(' ')} ${named.reference.field === 'list' ? 'list' : 'item'} \`${named.name}\``;

/** Refuses items RouterOS builds in and names no file of the router defines. */
function renameable(doc: RouterDocument, target: Target, workspace: WorkspaceIndex): RenameRefusal | undefined {
  if (target.kind === 'variable') return undefined;
  const { named } = target;
  const definitions = namesFor(named.reference, documentsOf(doc, workspace), 'fresh', named.name);
  if (definitions.some((definition) => definition.span === undefined)) return { refused: `\`${named.name}\` is built into RouterOS (${named.reference.menu.join(' ')}): it cannot be renamed.` };
  if (definitions.length === 0) {
    return { refused: `No file of this router defines the ${what(named)}: renaming only where it is used would leave those places naming nothing.` };
  }
  return undefined;
}

/** Refuses a new name that is empty, unwritable, a keyword where the item is named, or already taken in the router. */
function acceptable(doc: RouterDocument, target: Target, newName: string, places: readonly Place[], workspace: WorkspaceIndex): RenameRefusal | undefined {
  if (newName === '' || /[\u0000-\u001f\u007f]/.test(newName)) return { refused: 'A name cannot be empty or hold line breaks, tabs or other control characters.' };
  if (target.kind === 'variable') {
    return VARIABLE_NAME.test(newName) ? undefined : { refused: `\`${newName}\`: a variable name here is letters, digits and _ (not starting with a digit).` };
  }
  const { named } = target;
  if (newName === named.name) return undefined;
  if (named.reference.keywords.includes(newName) || places.some((place) => place.keywords.includes(newName))) return { refused: `\`${newName}\` is a keyword where the ${what(named)} is used: choose another name.` };
  const taken = namesFor(named.reference, documentsOf(doc, workspace), 'fresh', newName)[0];
  if (taken) {
    const where = taken.span ? ` (${taken.uri.slice(taken.uri.lastIndexOf('/') + 1)}, line ${workspace.get(taken.uri)?.document.positionAt(taken.span.start).line ?? 0})` : ' (built in)';
    return { refused: `This router already has an item called \`${newName}\` in ${named.reference.menu.join(' ')}${where}.` };
  }
  return undefined;
}

function placesOf(doc: RouterDocument, target: Target, workspace: WorkspaceIndex): Place[] {
  if (target.kind === 'variable') {
    return variableSites(doc, target.name, workspace).map(({ doc: owner, occurrence }) => ({
      doc: owner,
      span: occurrence.span,
      // `$name` (and `$"name"`) is written with its `$`; a declaration is the bare name.
      write: (name) => (occurrence.role === 'use' ? `$${name}` : name),
      keywords: [],
    }));
  }
  const docs = documentsOf(doc, workspace);
  const definitions: Place[] = namesFor(target.named.reference, docs, 'fresh', target.named.name).flatMap((definition) => {
    const owner = docs.find((candidate) => candidate.uri === definition.uri);
    if (!owner || !definition.span) return [];
    // A definition's span is its whole value, quotes included when quoted.
    return [{ doc: owner, span: definition.span, write: (name: string) => asValue(name), keywords: [] }];
  });
  const uses: Place[] = referenceSites(target.named, docs).map((site) => ({
    doc: site.doc,
    span: site.span,
    keywords: site.keywords,
    write: (name: string) => {
      if (site.quoted) return inString(name);
      if (PLAIN_WORD.test(name)) return name;
      if (site.whole) return asValue(name);
      const line = site.doc.document.positionAt(site.span.start).line + 1;
      return { refused: `\`${name}\` needs quotes, but on line ${line} of ${site.doc.uri.slice(site.doc.uri.lastIndexOf('/') + 1)} the name is one member of an unquoted list: quote that list first.` };
    },
  }));
  return [...definitions, ...uses];
}

/** The name as a whole value: bare when RouterOS reads it so, else quoted. */
function asValue(name: string): string {
  return PLAIN_WORD.test(name) ? name : `"${inString(name)}"`;
}

/** The name inside a quoted string: `\`, `"`, `$` and `?` escaped (ipsec.md §4.5 on escapes). */
function inString(name: string): string {
  return name.replace(/[\\"$?]/g, (character) => `\\${character}`);
}
