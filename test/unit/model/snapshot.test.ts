// Editor snapshots: after any sequence of edits, text, positions and offsets agree with the reference
// TextDocument of vscode-languageserver-textdocument, while every earlier snapshot keeps its own version.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { TextDocument, type TextDocumentContentChangeEvent } from 'vscode-languageserver-textdocument';
import { TextSnapshot } from '../../../server/src/model/snapshot';

/** The long one keeps pieces apart (typed text is merged only into small neighbours). */
const PIECES = ['a', 'bc', ' ', '\n', '\r\n', '\r', '/ip ipsec peer\n', 'add name=x\r\n', '\\\n    ', 'é', '😀', `${'x'.repeat(2500)}\n`];
const text = fc.array(fc.constantFrom(...PIECES), { maxLength: 30 }).map((parts) => parts.join(''));
/** A line as a fraction of the document's lines (resolved when applied: editors send positions inside the document). */
const place = fc.record({ line: fc.double({ min: 0, max: 0.999, noNaN: true }), character: fc.integer({ min: 0, max: 20 }) });
type Place = { readonly line: number; readonly character: number };
type Edit = { readonly range?: { readonly start: Place; readonly end: Place }; readonly text: string };
const edit: fc.Arbitrary<Edit> = fc.oneof(
  { weight: 9, arbitrary: fc.record({ range: fc.record({ start: place, end: place }), text }) },
  { weight: 1, arbitrary: fc.record({ text }) },
);

function changeFor(item: Edit, lineCount: number): TextDocumentContentChangeEvent {
  if (!item.range) return { text: item.text };
  const at = (p: Place) => ({ line: Math.floor(p.line * lineCount), character: p.character });
  return { range: { start: at(item.range.start), end: at(item.range.end) }, text: item.text };
}

/** Reads through the pieces, without joining them (as completion does). */
function agreeByPieces(snapshot: TextSnapshot, content: string): void {
  assert.equal(snapshot.length, content.length);
  for (let offset = -1; offset <= content.length; offset++) assert.equal(snapshot.charCodeAt(offset), content.charCodeAt(offset), `charCodeAt(${offset})`);
  for (let start = 0; start <= content.length; start += 3) {
    assert.equal(snapshot.slice(start, start + 7), content.slice(start, start + 7));
    assert.equal(snapshot.startsWith(content.slice(start, start + 5), start), true);
  }
  assert.equal(snapshot.slice(2), content.slice(2));
}

function agree(snapshot: TextSnapshot, reference: TextDocument): void {
  const content = reference.getText();
  agreeByPieces(snapshot, content);
  assert.equal(snapshot.getText(), content);
  assert.equal(snapshot.lineCount, reference.lineCount);
  for (let offset = -1; offset <= content.length + 1; offset++) assert.deepEqual(snapshot.positionAt(offset), reference.positionAt(offset), `positionAt(${offset})`);
  for (let line = -1; line <= reference.lineCount + 1; line++) {
    for (const character of [-1, 0, 1, 2, 5, 100]) {
      assert.equal(snapshot.offsetAt({ line, character }), reference.offsetAt({ line, character }), `offsetAt(${line}:${character})`);
    }
  }
}

describe('text snapshots', () => {
  it('agree with the reference TextDocument after any edits, computed line table or not', () => {
    fc.assert(
      fc.property(fc.array(text, { maxLength: 6 }), fc.array(fc.record({ batch: fc.array(edit, { minLength: 1, maxLength: 3 }), readLines: fc.boolean() }), { maxLength: 8 }), fc.boolean(), (parts, edits, readFirst) => {
        // Starting from pieces, as after earlier edits: reads must cross piece boundaries.
        let snapshot = new TextSnapshot('file:///a.rsc', 'routeros', 1, parts);
        const initial = parts.join('');
        const reference = TextDocument.create('file:///a.rsc', 'routeros', 1, initial);
        if (readFirst) snapshot.positionAt(initial.length);
        else agreeByPieces(snapshot, initial);
        let version = 1;
        for (const { batch, readLines } of edits) {
          version++;
          // Each change of a batch is placed in the text as the changes before it left it.
          const changes: TextDocumentContentChangeEvent[] = [];
          const placing = TextDocument.create('file:///a.rsc', 'routeros', 0, reference.getText());
          for (const item of batch) {
            const next = changeFor(item, placing.lineCount);
            changes.push(next);
            TextDocument.update(placing, [next], 0);
          }
          // A version's line table exists only when something read positions in it.
          if (readLines) snapshot.positionAt(0);
          snapshot = snapshot.withChanges(changes, version);
          TextDocument.update(reference, changes, version);
          assert.equal(snapshot.version, version);
        }
        agree(snapshot, reference);
      }),
      { numRuns: 150 },
    );
  });

  it('leaves earlier versions as they were', () => {
    const first = new TextSnapshot('file:///a.rsc', 'routeros', 1, '/ip ipsec peer\nadd name=a\n');
    const second = first.withChanges([{ range: { start: { line: 1, character: 9 }, end: { line: 1, character: 10 } }, text: 'bb\nadd name=c' }], 2);
    assert.equal(first.getText(), '/ip ipsec peer\nadd name=a\n');
    assert.equal(first.lineCount, 3);
    assert.equal(second.getText(), '/ip ipsec peer\nadd name=bb\nadd name=c\n');
    assert.equal(second.lineCount, 4);
    assert.deepEqual(second.positionAt(second.getText().indexOf('name=c')), { line: 2, character: 4 });
  });

  it('counts lines right when an edit joins a `\\r` and a `\\n` into one line break', () => {
    const cases: [string, TextDocumentContentChangeEvent][] = [
      // Deleting what stands between them.
      ['a\rX\nb', { range: { start: { line: 1, character: 0 }, end: { line: 1, character: 1 } }, text: '' }],
      // Typing a `\r` before a `\n`, and a `\n` after a `\r`.
      ['a\nb', { range: { start: { line: 0, character: 1 }, end: { line: 0, character: 1 } }, text: 'Z\r' }],
      ['a\rb', { range: { start: { line: 1, character: 0 }, end: { line: 1, character: 0 } }, text: '\nZ' }],
    ];
    for (const [content, change] of cases) {
      const snapshot = new TextSnapshot('file:///a.rsc', 'routeros', 1, content);
      snapshot.positionAt(0);
      const edited = snapshot.withChanges([change], 2);
      const expected = TextDocument.create('file:///a.rsc', 'routeros', 2, edited.getText());
      assert.equal(edited.lineCount, expected.lineCount, JSON.stringify(edited.getText()));
      for (let offset = 0; offset <= expected.getText().length; offset++) assert.deepEqual(edited.positionAt(offset), expected.positionAt(offset));
    }
  });

  it('answers line ranges and line breaks as the reference does', () => {
    const content = 'a\r\nbb\rccc\n\nd';
    const snapshot = new TextSnapshot('file:///a.rsc', 'routeros', 1, content);
    const reference = TextDocument.create('file:///a.rsc', 'routeros', 1, content);
    for (let line = -1; line <= 6; line++) {
      assert.deepEqual(snapshot.getLineRange(line), reference.getLineRange(line), `getLineRange(${line})`);
      assert.equal(snapshot.getEOLCharacters(line), reference.getEOLCharacters(line), `getEOLCharacters(${line})`);
    }
  });
});
