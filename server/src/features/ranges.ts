// Spans (UTF-16 offsets, what the parser gives) to LSP ranges and locations.
import type { Location, Range } from 'vscode-languageserver';
import type { Span } from '../parser/index';
import type { RouterDocument } from '../model/document';

export function toRange(doc: RouterDocument, span: Span): Range {
  return { start: doc.document.positionAt(span.start), end: doc.document.positionAt(span.end) };
}

export function toLocation(doc: RouterDocument, span: Span): Location {
  return { uri: doc.uri, range: toRange(doc, span) };
}
