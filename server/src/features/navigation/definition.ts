// Go to definition and find references for named items (peers, profiles, proposals, pools, mode-configs,
// groups, certificates, interfaces, address lists) and script variables, across the workspace's files.
import type { Location } from 'vscode-languageserver';
import type { Reference } from '../../knowledge/index';
import type { RouterDocument } from '../../model/document';
import type { WorkspaceIndex } from '../../model/workspace';
import { hoverTarget, type ValueTarget } from '../hover/target';
import { documentsOf, namesFor } from './names';
import { propertyArgument, selectsItem } from '../properties';
import { toLocation } from '../ranges';
import { referencesTo } from './reference-sites';
import { variableDefinitions, variableReferences } from './variable-links';
import { cursorWindow } from '../cursor/window';

/** A named item the cursor is on: a reference (`peer=x`) or a definition (`name=x`). */
export interface NamedTarget {
  readonly reference: Reference;
  readonly name: string;
}

export function definition(doc: RouterDocument, offset: number, workspace: WorkspaceIndex): Location[] {
  const target = hoverTarget(cursorWindow(doc, offset));
  if (target?.kind === 'variable') return variableDefinitions(doc, target.name, workspace);
  if (target?.kind !== 'value') return [];
  const named = namedTarget(doc, target);
  return named ? definitionsOf(named, documentsOf(doc, workspace)) : [];
}

export function references(doc: RouterDocument, offset: number, workspace: WorkspaceIndex, includeDeclaration: boolean): Location[] {
  const target = hoverTarget(cursorWindow(doc, offset));
  if (target?.kind === 'variable') return variableReferences(doc, target.name, workspace, includeDeclaration);
  if (target?.kind !== 'value') return [];
  const named = namedTarget(doc, target);
  if (!named) return [];
  const docs = documentsOf(doc, workspace);
  const uses = referencesTo(named, docs);
  return includeDeclaration ? [...definitionsOf(named, docs), ...uses] : uses;
}

/** What a value names: the item a reference argument points to, or the item a `name=` defines. */
export function namedTarget(doc: RouterDocument, target: ValueTarget): NamedTarget | undefined {
  if (target.member === '') return undefined;
  if (target.name === 'name' && (target.command === 'add' || target.command === 'find' || selectsItem(target.command))) {
    return { reference: { menu: target.menu, field: 'name', keywords: [] }, name: target.member };
  }
  if (target.name === 'list' && target.menu[target.menu.length - 1] === 'address-list') {
    return { reference: { menu: target.menu, field: 'list', keywords: [] }, name: target.member };
  }
  const reference = propertyArgument(doc.kb, target.menu, target.command, target.name)?.reference;
  if (!reference || reference.keywords.includes(target.member)) return undefined;
  return { reference, name: target.member };
}

function definitionsOf(target: NamedTarget, docs: readonly RouterDocument[]): Location[] {
  const byUri = new Map(docs.map((doc) => [doc.uri, doc]));
  const locations: Location[] = [];
  for (const defined of namesFor(target.reference, docs, 'fresh', target.name)) {
    const doc = byUri.get(defined.uri);
    if (defined.span && doc) locations.push(toLocation(doc, defined.span));
  }
  return locations;
}
