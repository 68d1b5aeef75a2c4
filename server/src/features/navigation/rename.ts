// Rename (F2) of a named item (peer, profile, proposal, pool, mode-config, group, certificate, interface,
// address list) or a script variable: every place its router's files name it — the definition, the
// arguments that refer to it, `set x`, `[ find name=x ]` — each written the way its place needs (quoted
// where the name needs quotes, escaped inside strings). Refused, with the reason, when renaming would
// leave the script wrong: a built-in item, a name defined nowhere, a name already taken.
import type { Range, TextEdit, WorkspaceEdit } from 'vscode-languageserver';
import { BARE_NAME, escapedInString, writtenValue, type Span } from '../../parser/index';
import type { RouterDocument } from '../../model/document';
import type { WorkspaceIndex } from '../../model/workspace';
import { fileNameOf } from '../../model/uri';
import { hoverTarget } from '../hover/target';
import { cursorWindow } from '../cursor/window';
import { toRange } from '../ranges';
import { namedTarget, type NamedTarget } from './definition';
import { documentsOf, namesFor, type DefinedName } from './names';
import { referenceSites } from './reference-sites';
import { variableSites } from './variable-links';

/** Why a rename cannot be done: shown to the user as is. */
export interface RenameRefusal {
  readonly refused: string;
}

export type PrepareRenameResult = { readonly range: Range; readonly placeholder: string } | RenameRefusal;

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

/** What the cursor is on, with what its router's files say of it (read once per request). */
type Subject =
  | { readonly kind: 'variable'; readonly name: string; readonly span: Span }
  | { readonly kind: 'item'; readonly named: NamedTarget; readonly span: Span; readonly docs: readonly RouterDocument[]; readonly definitions: readonly DefinedName[] };

/** What is under the cursor and where, if it can be renamed. */
export function prepareRename(doc: RouterDocument, offset: number, workspace: WorkspaceIndex): PrepareRenameResult {
  const subject = subjectAt(doc, offset, workspace);
  if ('refused' in subject) return subject;
  return { range: toRange(doc, subject.span), placeholder: subject.kind === 'item' ? subject.named.name : subject.name };
}

/** The edits that rename what is under the cursor to `newName` in every file of its router. */
export function rename(doc: RouterDocument, offset: number, newName: string, workspace: WorkspaceIndex): WorkspaceEdit | RenameRefusal {
  const subject = subjectAt(doc, offset, workspace);
  if ('refused' in subject) return subject;
  const places = placesOf(doc, subject, workspace);
  const refusal = acceptable(subject, newName, places);
  if (refusal) return refusal;
  const changes: Record<string, TextEdit[]> = {};
  for (const place of places) {
    const text = place.write(newName);
    if (typeof text !== 'string') return text;
    (changes[place.doc.uri] ??= []).push({ range: toRange(place.doc, place.span), newText: text });
  }
  return { changes };
}

/** The name or variable under the cursor; refused for anything else, for built-in items and for names no file of the router defines. */
function subjectAt(doc: RouterDocument, offset: number, workspace: WorkspaceIndex): Subject | RenameRefusal {
  const window = cursorWindow(doc, offset);
  const at = hoverTarget(window);
  if (at?.kind === 'variable') return { kind: 'variable', name: at.name, span: window.toDocument(at.span) };
  const named = at?.kind === 'value' ? namedTarget(doc, at) : undefined;
  if (!at || !named) return { refused: 'Only the name of an item (a peer, profile, proposal, pool, interface, address list…) or a variable can be renamed.' };
  const docs = documentsOf(doc, workspace);
  const definitions = namesFor(named.reference, docs, 'fresh', named.name);
  if (definitions.some((definition) => definition.span === undefined)) return { refused: `\`${named.name}\` is built into RouterOS (${named.reference.menu.join(' ')}): it cannot be renamed.` };
  if (definitions.length === 0) {
    return { refused: `No file of this router defines the ${what(named)}: renaming only where it is used would leave those places naming nothing.` };
  }
  return { kind: 'item', named, span: window.toDocument(at.span), docs, definitions };
}

const what = (named: NamedTarget): string => `${named.reference.menu.join(' ')} ${named.reference.field === 'list' ? 'list' : 'item'} \`${named.name}\``;

/** Refuses a new name that is empty, unwritable, a keyword where the item is named, or already taken in the router. */
function acceptable(subject: Subject, newName: string, places: readonly Place[]): RenameRefusal | undefined {
  if (newName === '' || /[\u0000-\u001f\u007f]/.test(newName)) return { refused: 'A name cannot be empty or hold line breaks, tabs or other control characters.' };
  if (subject.kind === 'variable') {
    return VARIABLE_NAME.test(newName) ? undefined : { refused: `\`${newName}\`: a variable name here is letters, digits and _ (not starting with a digit).` };
  }
  const { named, docs } = subject;
  if (newName === named.name) return undefined;
  if (named.reference.keywords.includes(newName) || places.some((place) => place.keywords.includes(newName))) return { refused: `\`${newName}\` is a keyword where the ${what(named)} is used: choose another name.` };
  const taken = namesFor(named.reference, docs, 'fresh', newName)[0];
  if (taken) {
    const owner = docs.find((other) => other.uri === taken.uri);
    // 1-based, as the editor numbers lines.
    const where = taken.span && owner ? `${fileNameOf(taken.uri)}, line ${owner.document.positionAt(taken.span.start).line + 1}` : 'built in';
    return { refused: `This router already has an item called \`${newName}\` in ${named.reference.menu.join(' ')} (${where}).` };
  }
  return undefined;
}

function placesOf(doc: RouterDocument, subject: Subject, workspace: WorkspaceIndex): Place[] {
  if (subject.kind === 'variable') {
    return variableSites(doc, subject.name, workspace).map(({ doc: owner, occurrence }) => ({
      doc: owner,
      span: occurrence.span,
      // `$name` (and `$"name"`) is written with its `$`; a declaration is the bare name.
      write: (name) => (occurrence.role === 'use' ? `$${name}` : name),
      keywords: [],
    }));
  }
  const { docs } = subject;
  const definitions: Place[] = subject.definitions.flatMap((definition) => {
    const owner = docs.find((candidate) => candidate.uri === definition.uri);
    // A definition's span is its whole value, quotes included when quoted.
    return owner && definition.span ? [{ doc: owner, span: definition.span, write: (name: string) => writtenValue(name, BARE_NAME), keywords: [] }] : [];
  });
  const uses: Place[] = referenceSites(subject.named, docs).map((site) => ({
    doc: site.doc,
    span: site.span,
    keywords: site.keywords,
    write: (name: string) => {
      if (site.quoted) return escapedInString(name);
      if (site.whole || BARE_NAME.test(name)) return writtenValue(name, BARE_NAME);
      const line = site.doc.document.positionAt(site.span.start).line + 1;
      return { refused: `\`${name}\` needs quotes, but on line ${line} of ${fileNameOf(site.doc.uri)} the name is one member of an unquoted list: quote that list first.` };
    },
  }));
  return [...definitions, ...uses];
}
