// Script variables: where each is declared (`:global`, `:local`, a `:foreach`/`:for` counter), set
// (`:set`) and read (`$name`, also inside strings). Read from the whole syntax tree.
import type { CommandStatement, Item, Script, Span, Statement, Value } from '../../parser/index';
import type { RouterDocument } from '../../model/document';

export type VariableRole = 'global' | 'local' | 'counter' | 'set' | 'use';

export interface VariableOccurrence {
  readonly name: string;
  readonly span: Span;
  readonly role: VariableRole;
  /** The statement that declares or sets it (for declarations and `:set`). */
  readonly statement?: CommandStatement;
}

const DECLARING: Readonly<Record<string, VariableRole>> = { global: 'global', local: 'local', set: 'set', foreach: 'counter', for: 'counter' };

const byDocument = new WeakMap<RouterDocument, VariableOccurrence[]>();
const latestByUri = new Map<string, VariableOccurrence[]>();

/** The variables of this version of the document (reads the whole syntax tree once per version). */
export function occurrencesIn(doc: RouterDocument): VariableOccurrence[] {
  let found = byDocument.get(doc);
  if (!found) {
    found = variableOccurrences(doc.parse.script);
    rememberOccurrences(doc, found);
  }
  return found;
}

/** Whether this version's variables are known (`occurrencesIn` answers without reading the tree). */
export function hasOccurrences(doc: RouterDocument): boolean {
  return byDocument.has(doc);
}

/** Adds the variables of one top-level statement (and everything nested in it) to `found`. */
export function collectOccurrences(statement: Statement, found: VariableOccurrence[]): void {
  walkStatements([statement], found);
}

/** Keeps the variables collected for this version (statement by statement, by `collectOccurrences`). */
export function rememberOccurrences(doc: RouterDocument, found: VariableOccurrence[]): void {
  byDocument.set(doc, found);
  latestByUri.set(doc.uri, found);
}

/** The variables of the last version read, for completion while typing (never parses the whole file again). */
export function recentOccurrencesIn(doc: RouterDocument): VariableOccurrence[] {
  return byDocument.get(doc) ?? latestByUri.get(doc.uri) ?? occurrencesIn(doc);
}

function variableOccurrences(script: Script): VariableOccurrence[] {
  const found: VariableOccurrence[] = [];
  walkStatements(script.statements, found);
  return found;
}

export function isDeclaration(occurrence: VariableOccurrence): boolean {
  return occurrence.role === 'global' || occurrence.role === 'local' || occurrence.role === 'counter';
}

function walkStatements(statements: readonly Statement[], found: VariableOccurrence[]): void {
  for (const statement of statements) {
    if (statement.kind === 'block') walkStatements(statement.statements, found);
    else {
      declaredBy(statement, found);
      for (const item of statement.items) walkItem(item, found);
    }
  }
}

/** `:global name …`, `:local name …`, `:set name …`, `:foreach k,v in=…`, `:for i from=…`. */
function declaredBy(statement: CommandStatement, found: VariableOccurrence[]): void {
  const [first, second] = statement.items;
  if (statement.prefix !== ':' || first?.kind !== 'word' || !Object.hasOwn(DECLARING, first.text)) return;
  const role = DECLARING[first.text]!;
  const named = second?.kind === 'arg' && role !== 'counter' ? { text: second.name, span: second.nameSpan } : nameOf(second);
  if (!named) return;
  let start = named.span.start;
  for (const name of role === 'counter' ? named.text.split(',') : [named.text]) {
    if (name !== '') found.push({ name, span: { start, end: start + name.length }, role, statement });
    start += name.length + 1;
  }
}

function nameOf(item: Item | undefined): { text: string; span: Span } | undefined {
  if (item?.kind === 'word') return { text: item.text, span: item.span };
  if (item?.kind === 'string' && item.interpolations.length === 0) return { text: item.value, span: { start: item.span.start + 1, end: item.span.start + 1 + item.value.length } };
  return undefined;
}

function walkItem(item: Item | Value, found: VariableOccurrence[]): void {
  switch (item.kind) {
    case 'arg':
      walkItem(item.value, found);
      break;
    case 'variable':
      found.push({ name: item.name, span: item.span, role: 'use' });
      break;
    case 'string':
      for (const part of item.interpolations) walkItem(part, found);
      break;
    case 'expression':
      for (const part of item.items) walkItem(part, found);
      break;
    case 'concat':
      for (const part of item.parts) walkItem(part, found);
      break;
    case 'substitution':
    case 'block':
      walkStatements(item.statements, found);
      break;
    default:
      break;
  }
}
