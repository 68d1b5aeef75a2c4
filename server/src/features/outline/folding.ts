// Folding: `{ }` blocks, statements continued over several lines, menu sections (from a menu line to
// the line before the next one) and runs of comment lines.
import { FoldingRangeKind, type FoldingRange } from 'vscode-languageserver';
import type { Item, Span, Statement } from '../../parser/index';
import type { RouterDocument } from '../../model/document';
import { isPathLine } from './path-lines';

export function foldingRanges(doc: RouterDocument): FoldingRange[] {
  const lineOf = (offset: number): number => doc.document.positionAt(offset).line;
  const ranges: FoldingRange[] = [];
  const add = (startLine: number, endLine: number, kind?: FoldingRangeKind): void => {
    if (endLine > startLine) ranges.push(kind ? { startLine, endLine, kind } : { startLine, endLine });
  };
  walkStatements(doc.parse.script.statements, (span, closed) => add(lineOf(span.start), closed ? lineOf(span.end) - 1 : lineOf(span.end)), (span) => add(lineOf(span.start), lineOf(span.end)));
  sections(doc, lineOf, add);
  commentRuns(doc, lineOf, add);
  return dropDuplicateStarts(ranges);
}

type BlockVisit = (span: Span, closed: boolean) => void;
type StatementVisit = (span: Span) => void;

function walkStatements(statements: readonly Statement[], block: BlockVisit, statement: StatementVisit): void {
  for (const each of statements) {
    if (each.kind === 'block') {
      block(each.span, each.closed);
      walkStatements(each.statements, block, statement);
      continue;
    }
    for (const item of each.items) walkItem(item, block, statement);
    statement(each.span);
  }
}

function walkItem(item: Item, block: BlockVisit, statement: StatementVisit): void {
  const value = item.kind === 'arg' ? item.value : item;
  if (value.kind === 'block') block(value.span, value.closed);
  if (value.kind === 'block' || value.kind === 'substitution') walkStatements(value.statements, block, statement);
}

function sections(doc: RouterDocument, lineOf: (offset: number) => number, add: (start: number, end: number) => void): void {
  const statements = doc.parse.script.statements;
  const starts = statements.filter((statement) => isPathLine(statement, doc.kb)).map((statement) => statement.span.start);
  starts.forEach((start, index) => {
    const next = starts[index + 1];
    const end = next === undefined ? lastContentEnd(statements) : lastEndBefore(statements, next);
    add(lineOf(start), lineOf(end));
  });
}

function lastContentEnd(statements: readonly Statement[]): number {
  return statements[statements.length - 1]?.span.end ?? 0;
}

/** The end of the last statement before `offset`: blank lines before the next section stay visible. */
function lastEndBefore(statements: readonly Statement[], offset: number): number {
  let end = 0;
  for (const statement of statements) {
    if (statement.span.start >= offset) break;
    end = statement.span.end;
  }
  return end;
}

function commentRuns(doc: RouterDocument, lineOf: (offset: number) => number, add: (start: number, end: number, kind: FoldingRangeKind) => void): void {
  let runStart = -1;
  let runEnd = -1;
  for (const comment of doc.parse.comments) {
    if (!startsLine(doc.text, comment.start)) continue;
    const line = lineOf(comment.start);
    if (line === runEnd + 1 && runStart >= 0) runEnd = line;
    else {
      add(runStart, runEnd, FoldingRangeKind.Comment);
      runStart = runEnd = line;
    }
  }
  add(runStart, runEnd, FoldingRangeKind.Comment);
}

function startsLine(text: string, offset: number): boolean {
  for (let at = offset - 1; at >= 0; at--) {
    const code = text.charCodeAt(at);
    if (code === 10 || code === 13) return true;
    if (code !== 32 && code !== 9 && code !== 0xfeff) return false;
  }
  return true;
}

/** Editors keep one range per start line; the first found wins (a block before the statement holding it). */
function dropDuplicateStarts(ranges: FoldingRange[]): FoldingRange[] {
  const seen = new Set<number>();
  return ranges.filter((range) => !seen.has(range.startLine) && seen.add(range.startLine) !== undefined);
}
