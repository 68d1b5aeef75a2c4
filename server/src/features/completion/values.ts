// Completion of a value: enumeration members (the remaining ones in a comma list), yes/no, `TYPE:`
// prefixes, and for references the names defined in this file and the workspace's other files.
import { CompletionItemKind, CompletionItemTag, type CompletionItem, type Range } from 'vscode-languageserver';
import type { ArgumentInfo, EnumValue, Reference } from '../../knowledge/index';
import type { RouterDocument } from '../../model/document';
import type { WorkspaceIndex } from '../../model/workspace';
import { fileNameOf } from '../../model/uri';
import { describeValue, weakness } from '../describe';
import { documentsOf, namesFor, type DefinedName } from '../navigation/names';
import { propertyArgument } from '../properties';
import type { ValueContext } from './context';

export function valueItems(doc: RouterDocument, context: ValueContext, range: Range, workspace: WorkspaceIndex): CompletionItem[] {
  const arg = propertyArgument(doc.kb, context.menu, context.command, context.argument);
  if (!arg) return [];
  const taken = new Set(context.others);
  // Names first: a reference's console values are only the names seen on the router the data came from.
  const items = [
    ...nameItems(doc, referenceOf(context, arg), range, workspace),
    ...enumItems(arg, range),
    ...typedPrefixItems(arg, range),
  ];
  return dedupe(items.filter((item) => !taken.has(item.label)));
}

function enumItems(arg: ArgumentInfo, range: Range): CompletionItem[] {
  const values = arg.kind === 'bool' && arg.values.length === 0 ? yesNo(arg) : arg.values;
  return values.map((value) => {
    const weak = weakness(value);
    return {
      label: value.name,
      kind: CompletionItemKind.EnumMember,
      detail: weak ? `${weak}: ${weak === 'insecure' ? 'must not be used' : 'should not be used'}` : value.doc?.note ?? value.description,
      documentation: { kind: 'markdown', value: describeValue(value, arg) },
      textEdit: { range, newText: value.name },
      sortText: `${weak ? 9 : 0}${value.name}`,
      ...(weak ? { tags: [CompletionItemTag.Deprecated], labelDetails: { description: weak } } : {}),
    };
  });
}

function yesNo(arg: ArgumentInfo): EnumValue[] {
  return ['yes', 'no'].map((name) => ({ name, present: true, releases: arg.releases, summary: arg.summary }));
}

function typedPrefixItems(arg: ArgumentInfo, range: Range): CompletionItem[] {
  return arg.typedPrefixes.map((type) => ({
    label: `${type}:`,
    kind: CompletionItemKind.Unit,
    detail: `${arg.name}=${type}:VALUE`,
    textEdit: { range, newText: `${type}:` },
    sortText: `1${type}`,
  }));
}

/** `[ find name=| ]` looks for an item of the menu itself. */
function referenceOf(context: ValueContext, arg: ArgumentInfo): Reference | undefined {
  if (context.command === 'find' && context.argument === 'name') return { menu: context.menu, field: 'name', keywords: [] };
  return arg.reference;
}

function nameItems(doc: RouterDocument, reference: Reference | undefined, range: Range, workspace: WorkspaceIndex): CompletionItem[] {
  if (!reference) return [];
  const names = namesFor(reference, documentsOf(doc, workspace), 'recent');
  return names.map((defined) => ({
    label: defined.name,
    kind: CompletionItemKind.Reference,
    detail: whereDefined(doc, defined),
    textEdit: { range, newText: defined.name },
    sortText: `${defined.uri === doc.uri ? 0 : 1}${defined.name}`,
  }));
}

function whereDefined(doc: RouterDocument, defined: DefinedName): string {
  const place = defined.uri === doc.uri ? 'this file' : fileNameOf(defined.uri);
  return `${defined.menu} · ${defined.span ? place : 'built in'}`;
}

function dedupe(items: CompletionItem[]): CompletionItem[] {
  const seen = new Set<string>();
  return items.filter((item) => !seen.has(item.label) && seen.add(item.label) !== undefined);
}
