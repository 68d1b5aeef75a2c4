// The chunked table of line starts: after any edits it holds what a fresh scan of the edited text finds,
// with chunks small enough (4 lines) that edits cross, merge and split them.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { LineStarts } from '../../../server/src/model/line-starts';

const PIECES = ['a', 'bc', '\n', '\r\n', '\r', 'add name=x\n', '\n\n\n\n\n'];
const text = fc.array(fc.constantFrom(...PIECES), { maxLength: 40 }).map((parts) => parts.join(''));
/** An edit as fractions of the text's length, turned into offsets when applied. */
const edit = fc.record({ from: fc.double({ min: 0, max: 1, noNaN: true }), length: fc.double({ min: 0, max: 0.5, noNaN: true }), text });

/** Line starts by a plain scan, the reference. */
function scan(content: string): number[] {
  const starts = [0];
  for (let i = 0; i < content.length; i++) {
    if (content[i] === '\r' && content[i + 1] === '\n') i++;
    if (content[i] === '\r' || content[i] === '\n') starts.push(i + 1);
  }
  return starts;
}

function contents(table: LineStarts): number[] {
  return Array.from({ length: table.length }, (_, line) => table.at(line));
}

/**
 * Edits the snapshot never asks for: one that joins a `\r` and a `\n` (it rebuilds its table then), and one
 * starting or ending inside a `\r\n` (editor positions cannot point there).
 */
function outOfScope(content: string, from: number, to: number, inserted: string): boolean {
  const next = content.slice(0, from) + inserted + content.slice(to);
  const crlfIn = (text: string, at: number) => text[at - 1] === '\r' && text[at] === '\n';
  return crlfIn(next, from) || crlfIn(next, from + inserted.length) || crlfIn(content, from) || crlfIn(content, to);
}

describe('line starts', () => {
  it('match a fresh scan after any edits, and lineOf finds each offset\'s line', () => {
    fc.assert(
      fc.property(text, fc.array(edit, { maxLength: 12 }), (initial, edits) => {
        let content = initial;
        let table = LineStarts.of(content, 4);
        for (const change of edits) {
          const from = Math.floor(change.from * content.length);
          const to = Math.min(content.length, from + Math.floor(change.length * content.length));
          if (outOfScope(content, from, to, change.text)) continue;
          table = table.replaced(from, to, change.text);
          content = content.slice(0, from) + change.text + content.slice(to);
          assert.deepEqual(contents(table), scan(content));
        }
        const starts = scan(content);
        for (let offset = 0; offset <= content.length; offset++) {
          let line = 0;
          while (line + 1 < starts.length && starts[line + 1]! <= offset) line++;
          assert.equal(table.lineOf(offset), line, `lineOf(${offset})`);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('shares the chunks an edit does not touch with the previous version', () => {
    const content = 'x\n'.repeat(20);
    const table = LineStarts.of(content, 4);
    const edited = table.replaced(1, 1, 'yy');
    assert.deepEqual(contents(table), scan(content));
    assert.deepEqual(contents(edited), scan(`x${'yy'}${content.slice(1)}`));
  });
});
