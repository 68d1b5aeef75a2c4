// The few lines completion and hover need: the cursor's logical line, preceded by the menu line it
// runs under, parsed and resolved on their own. Cost depends on the line, not on the file's size.
import { parse, type ParseResult, type Span } from '../../parser/index';
import type { RouterDocument } from '../../model/document';
import { resolveScript, type ResolvedScript } from '../../model/resolve';
import { logicalLineAt } from './lines';
import { menuLineAbove } from './menu-line';

export interface CursorWindow {
  readonly doc: RouterDocument;
  /** The window's own text: the menu line (if any), a line break, then the cursor's logical line. */
  readonly text: string;
  readonly parsed: ParseResult;
  readonly resolved: ResolvedScript;
  /** The cursor, in the window's offsets. */
  readonly offset: number;
  /** A span of the window as a span of the document. */
  toDocument(span: Span): Span;
}

const BOM = 0xfeff;

export function cursorWindow(doc: RouterDocument, offset: number): CursorWindow {
  const text = doc.source;
  const cursor = Math.max(0, Math.min(offset, text.length));
  const line = logicalLineAt(text, cursor);
  const menuLine = menuLineAbove(doc, line.start);
  const head = menuLine ? menuLine.text + '\n' : '';
  let body = text.slice(line.start, line.end);
  // A BOM only counts at the start of a file; the parser would read it as a word elsewhere.
  if (body.charCodeAt(0) === BOM) body = ' ' + body.slice(1);
  const windowText = head + body;
  const parsed = parse(windowText);
  const shift = (at: number): number =>
    at >= head.length ? at - head.length + line.start : (menuLine?.start ?? 0) + Math.min(at, head.length - 1);
  return {
    doc,
    text: windowText,
    parsed,
    resolved: resolveScript(parsed.script, doc.kb),
    offset: cursor - line.start + head.length,
    toDocument: (span) => ({ start: shift(span.start), end: shift(span.end) }),
  };
}
