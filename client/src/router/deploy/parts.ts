// A script goes to the router as `/file/add` contents, which RouterOS caps just under 60 KiB. A
// longer script is cut into parts, each imported in turn. Cuts fall only before a top-level line
// that starts at the root menu (`/…`), so each part runs the same as it would inside the whole;
// `:local` variables do not cross a cut.
import { parse } from '../../../../server/src/parser/index';
import { RouterError } from '../errors';

/** RouterOS refuses longer `contents` (cli-reference file.md: "just under 60 KiB"). */
export const FILE_CONTENTS_LIMIT = 61439;

export interface ScriptPart {
  readonly text: string;
  /** Lines of the whole script before this part: the part's line N is the script's line N + this. */
  readonly lineOffset: number;
}

function linesBefore(text: string, offset: number): number {
  let count = 0;
  for (let i = 0; i < offset; i++) if (text.charCodeAt(i) === 10) count++;
  return count;
}

/** Offsets where a part may begin. */
function cutPoints(text: string): number[] {
  const starts = parse(text)
    .script.statements.filter((statement) => statement.kind === 'command' && statement.prefix === '/')
    .map((statement) => statement.span.start);
  return [...new Set([0, ...starts, text.length])].sort((a, b) => a - b);
}

/**
 * The script in parts of at most `limit` characters (each becomes one byte on the wire: RouterOS
 * words are single-byte text). One part when it fits.
 */
export function splitScript(text: string, limit = FILE_CONTENTS_LIMIT): ScriptPart[] {
  if (text.length <= limit) return [{ text, lineOffset: 0 }];
  const points = cutPoints(text);
  const parts: ScriptPart[] = [];
  let start = 0;
  while (start < text.length) {
    const end = points.filter((point) => point > start && point - start <= limit).pop();
    if (end === undefined) {
      throw new RouterError(
        'config',
        `The script is longer than RouterOS accepts in one file (${limit} bytes) and line ${linesBefore(text, start) + 1} begins a stretch ` +
          `of more than ${limit} bytes without a line that starts at the root menu (/…) to cut it at.`,
      );
    }
    parts.push({ text: text.slice(start, end), lineOffset: linesBefore(text, start) });
    start = end;
  }
  return parts;
}

/** Top-level statements of a script: what "N statements applied" counts. */
export function countStatements(text: string): number {
  return parse(text).script.statements.length;
}

/** True when some character cannot be sent as single-byte text (it would arrive as `?`). */
export function hasCharactersOutsideWindows1252(text: string): boolean {
  return /[^\u0000-\u00ff\u20ac\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u017d\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u017e\u0178]/.test(text);
}
