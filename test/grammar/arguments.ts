// An independent, deliberately simple reading of `name=value` arguments in one unfolded statement, used
// to check the grammar's scopes against: quotes (with escapes) and brackets are the only structure.

export interface ArgumentSpan {
  name: [number, number];
  value: [number, number];
}

const NAME_CHAR = /[\w.-]/;
const OPENERS: Record<string, string> = { '[': ']', '(': ')', '{': '}' };

/** Index just past a quoted string starting at `start` (or the end of the text if unterminated). */
function skipString(text: string, start: number): number {
  let i = start + 1;
  while (i < text.length && text[i] !== '"') i += text[i] === '\\' ? 2 : 1;
  return Math.min(i + 1, text.length);
}

/** End of a value starting at `start`: the first blank, `;` or unmatched closing bracket outside quotes. */
function valueEnd(text: string, start: number): number {
  const closers: string[] = [];
  let i = start;
  while (i < text.length) {
    const char = text[i];
    if (char === '"') {
      i = skipString(text, i);
      continue;
    }
    if (OPENERS[char]) closers.push(OPENERS[char]);
    else if (closers.length && char === closers[closers.length - 1]) closers.pop();
    else if (closers.length === 0 && /[\s;)\]}]/.test(char)) break;
    i++;
  }
  return i;
}

function nameStart(text: string, equals: number): number {
  let start = equals;
  while (start > 0 && NAME_CHAR.test(text[start - 1])) start--;
  return start;
}

export function findArguments(text: string): ArgumentSpan[] {
  if (/^\s*#/.test(text)) return [];
  const spans: ArgumentSpan[] = [];
  let i = 0;
  while (i < text.length) {
    if (text[i] === '"') {
      i = skipString(text, i);
      continue;
    }
    if (text[i] === '=' && i > 0 && NAME_CHAR.test(text[i - 1])) {
      const start = nameStart(text, i);
      const before = start === 0 ? ' ' : text[start - 1];
      if (/[\s\[{;(]/.test(before)) {
        const end = valueEnd(text, i + 1);
        spans.push({ name: [start, i], value: [i + 1, end] });
        i = end;
        continue;
      }
    }
    i++;
  }
  return spans;
}
