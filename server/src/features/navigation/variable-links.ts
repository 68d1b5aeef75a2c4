// Definitions and references of script variables. A `:local` lives in its own file; a `:global` is
// shared by every script of the router, so other files that declare it take part too.
import type { Location } from 'vscode-languageserver';
import type { RouterDocument } from '../../model/document';
import type { WorkspaceIndex } from '../../model/workspace';
import { documentsOf } from './names';
import { toLocation } from '../ranges';
import { isDeclaration, occurrencesIn, type VariableOccurrence } from './variables';

function named(doc: RouterDocument, name: string): VariableOccurrence[] {
  return occurrencesIn(doc).filter((occurrence) => occurrence.name === name);
}

function declaresGlobal(doc: RouterDocument, name: string): boolean {
  return named(doc, name).some((occurrence) => occurrence.role === 'global');
}

/** The files sharing the variable: this one, and (for a global) the others that declare it global. */
function sharingDocuments(doc: RouterDocument, name: string, workspace: WorkspaceIndex): RouterDocument[] {
  const local = named(doc, name).some((occurrence) => occurrence.role === 'local' || occurrence.role === 'counter');
  if (local && !declaresGlobal(doc, name)) return [doc];
  return documentsOf(doc, workspace).filter((other) => other === doc || declaresGlobal(other, name));
}

/** Declarations in this file; for a variable this file does not declare, the files declaring it global. */
export function variableDeclarations(doc: RouterDocument, name: string, workspace: WorkspaceIndex): { doc: RouterDocument; occurrence: VariableOccurrence }[] {
  const own = named(doc, name).filter(isDeclaration);
  if (own.length > 0) return own.map((occurrence) => ({ doc, occurrence }));
  return sharingDocuments(doc, name, workspace)
    .filter((other) => other !== doc)
    .flatMap((other) => named(other, name).filter((occurrence) => occurrence.role === 'global').map((occurrence) => ({ doc: other, occurrence })));
}

export function variableDefinitions(doc: RouterDocument, name: string, workspace: WorkspaceIndex): Location[] {
  return variableDeclarations(doc, name, workspace).map((found) => toLocation(found.doc, found.occurrence.span));
}

export function variableReferences(doc: RouterDocument, name: string, workspace: WorkspaceIndex, includeDeclaration: boolean): Location[] {
  return variableSites(doc, name, workspace)
    .filter(({ occurrence }) => includeDeclaration || !isDeclaration(occurrence))
    .map(({ doc: owner, occurrence }) => toLocation(owner, occurrence.span));
}

/** Every occurrence of the variable in the files that share it, declarations included. */
export function variableSites(doc: RouterDocument, name: string, workspace: WorkspaceIndex): { doc: RouterDocument; occurrence: VariableOccurrence }[] {
  return sharingDocuments(doc, name, workspace).flatMap((other) => named(other, name).map((occurrence) => ({ doc: other, occurrence })));
}
