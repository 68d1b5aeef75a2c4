// Completion of `$name`: the variables this file declares, and the globals the workspace's other files
// declare. Read from the last syntax tree walked for each file, never from a parse per keystroke.
import { CompletionItemKind, type CompletionItem, type Range } from 'vscode-languageserver';
import type { RouterDocument } from '../../model/document';
import type { WorkspaceIndex } from '../../model/workspace';
import { fileNameOf } from '../../model/uri';
import { documentsOf } from '../navigation/names';
import { isDeclaration, recentOccurrencesIn } from '../navigation/variables';

const PLAIN_NAME = /^[A-Za-z0-9_]+$/;

export function variableItems(doc: RouterDocument, workspace: WorkspaceIndex, range: Range, quoted: boolean): CompletionItem[] {
  const items = new Map<string, CompletionItem>();
  for (const owner of documentsOf(doc, workspace)) {
    for (const occurrence of recentOccurrencesIn(owner)) {
      const visible = owner === doc ? isDeclaration(occurrence) : occurrence.role === 'global';
      if (!visible || items.has(occurrence.name)) continue;
      const newText = quoted || PLAIN_NAME.test(occurrence.name) ? occurrence.name : `"${occurrence.name}"`;
      const where = owner === doc ? '' : ` · ${fileNameOf(owner.uri)}`;
      const role = occurrence.role === 'counter' ? 'loop counter' : `:${occurrence.role}`;
      items.set(occurrence.name, { label: occurrence.name, kind: CompletionItemKind.Variable, detail: role + where, textEdit: { range, newText } });
    }
  }
  return [...items.values()];
}
