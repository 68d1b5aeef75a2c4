// The outline: one section per menu (`/ip ipsec peer`), the items its lines add or set as children,
// and `:global` / `:local` variables.
import { SymbolKind, type DocumentSymbol } from 'vscode-languageserver';
import type { Span } from '../../parser/index';
import type { RouterDocument } from '../../model/document';
import type { ResolvedCommand } from '../../model/resolved';
import { changesMenu } from '../cursor/locate';
import { toRange } from '../ranges';
import { occurrencesIn } from '../navigation/variables';
import { addedItemName, setLineName, type ItemName } from './symbol-names';

interface Section {
  readonly menu: string;
  readonly span: { start: number; end: number };
  readonly selection: Span;
  readonly children: DocumentSymbol[];
}

export function documentSymbols(doc: RouterDocument): DocumentSymbol[] {
  const sections: Section[] = [];
  for (const command of doc.commands) {
    const menu = '/' + command.menu.join(' ');
    let section = sections[sections.length - 1];
    if (changesMenu(command) || section?.menu !== menu) {
      if (command.command === undefined && !changesMenu(command)) continue;
      section = { menu, span: { ...command.statement.span }, selection: command.statement.span, children: [] };
      sections.push(section);
    }
    section.span.end = Math.max(section.span.end, command.statement.span.end);
    const item = itemOf(command);
    if (item) section.children.push(symbolOf(doc, item, command.statement.span));
  }
  const roots = sections.map((section) => sectionSymbol(doc, section));
  return placeVariables(doc, roots);
}

function itemOf(command: ResolvedCommand): ItemName | undefined {
  if (command.command === 'add') return addedItemName(command);
  if (command.command === 'set') return setLineName(command);
  return undefined;
}

function symbolOf(doc: RouterDocument, item: ItemName, span: Span): DocumentSymbol {
  return {
    name: item.name,
    ...(item.detail ? { detail: item.detail } : {}),
    kind: item.kind,
    range: toRange(doc, span),
    selectionRange: toRange(doc, item.selection),
  };
}

function sectionSymbol(doc: RouterDocument, section: Section): DocumentSymbol {
  return {
    name: section.menu,
    kind: SymbolKind.Namespace,
    range: toRange(doc, section.span),
    selectionRange: toRange(doc, section.selection),
    children: section.children,
  };
}

/** `:global`/`:local` declarations, inside the section whose lines surround them, else at the top. */
function placeVariables(doc: RouterDocument, roots: DocumentSymbol[]): DocumentSymbol[] {
  const result = [...roots];
  for (const occurrence of occurrencesIn(doc)) {
    if (occurrence.role !== 'global' && occurrence.role !== 'local') continue;
    const span = occurrence.statement?.span ?? occurrence.span;
    const symbol: DocumentSymbol = {
      name: occurrence.name,
      detail: `:${occurrence.role}`,
      kind: SymbolKind.Variable,
      range: toRange(doc, span),
      selectionRange: toRange(doc, occurrence.span),
    };
    const owner = roots.find((root) => contains(doc, root, span));
    if (owner) owner.children!.push(symbol);
    else result.push(symbol);
  }
  return result;
}

function contains(doc: RouterDocument, symbol: DocumentSymbol, span: Span): boolean {
  const start = doc.document.offsetAt(symbol.range.start);
  const end = doc.document.offsetAt(symbol.range.end);
  return start <= span.start && span.end <= end;
}
