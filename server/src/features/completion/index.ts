// Completion: menu path segments and commands, scripting commands, argument names, values and variables. Works on
// the cursor's line and its menu line only (see window.ts), so its cost does not grow with the file.
import type { CompletionItem } from 'vscode-languageserver';
import type { RouterDocument } from '../../model/document';
import type { WorkspaceIndex } from '../../model/workspace';
import { statementAtCursor } from '../cursor/locate';
import { cursorWindow } from '../cursor/window';
import { toRange } from '../ranges';
import { completionContext } from './context';
import { argumentNameItems, pathItems, scriptingItems } from './items';
import { valueItems } from './values';
import { variableItems } from './variables';

export function completion(doc: RouterDocument, offset: number, workspace: WorkspaceIndex): CompletionItem[] {
  const window = cursorWindow(doc, offset);
  const context = completionContext(window, statementAtCursor(window));
  if (context.kind === 'none') return [];
  const range = toRange(doc, window.toDocument(context.range));
  switch (context.kind) {
    case 'path':
      return pathItems(doc.kb, context.menu, range);
    case 'scripting':
      return scriptingItems(doc.kb, range);
    case 'argument-name':
      return argumentNameItems(doc.kb, context, range);
    case 'value':
      return valueItems(doc, context, range, workspace);
    case 'variable':
      return variableItems(doc, workspace, range, context.quoted);
  }
}
