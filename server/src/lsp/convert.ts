// From our findings (offsets, URIs) to LSP diagnostics and code actions (line/character ranges).
import { CodeActionKind, DiagnosticSeverity, type CodeAction, type Diagnostic, type Range, type TextEdit } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Span } from '../parser/ast';
import type { Finding, Fix, Severity } from '../analysis/finding';

export type DocumentLookup = (uri: string) => TextDocument | undefined;

const severities: Readonly<Record<Severity, DiagnosticSeverity>> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  information: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

export function toRange(document: TextDocument, span: Span): Range {
  return { start: document.positionAt(span.start), end: document.positionAt(span.end) };
}

export function toDiagnostic(finding: Finding, lookup: DocumentLookup): Diagnostic | undefined {
  const document = lookup(finding.uri);
  if (!document) return undefined;
  const relatedInformation = finding.related.flatMap((related) => {
    const other = lookup(related.uri);
    return other ? [{ location: { uri: related.uri, range: toRange(other, related.span) }, message: related.message }] : [];
  });
  return {
    range: toRange(document, finding.span),
    severity: severities[finding.severity],
    code: finding.code,
    source: 'routeros',
    message: finding.message,
    ...(relatedInformation.length > 0 ? { relatedInformation } : {}),
  };
}

export function toCodeAction(fix: Fix, diagnostic: Diagnostic, lookup: DocumentLookup): CodeAction | undefined {
  const changes: Record<string, TextEdit[]> = {};
  for (const edit of fix.edits) {
    const document = lookup(edit.uri);
    if (!document) return undefined;
    (changes[edit.uri] ??= []).push({ range: toRange(document, edit.span), newText: edit.newText });
  }
  return { title: fix.title, kind: CodeActionKind.QuickFix, diagnostics: [diagnostic], isPreferred: fix.preferred ?? false, edit: { changes } };
}

export function overlapsRange(a: Range, b: Range): boolean {
  const before = (x: Range['start'], y: Range['start']) => x.line < y.line || (x.line === y.line && x.character <= y.character);
  return before(a.start, b.end) && before(b.start, a.end);
}
