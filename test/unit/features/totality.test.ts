import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import {
  completion, coreDiagnostics, definition, documentSymbols, foldingRanges, hover, references,
} from '../../../server/src/features/index';
import { fixture } from './fixture';

/** Pieces of RouterOS scripts, valid and broken, glued in random order. */
const PIECES = [
  '/ip ipsec peer', '/ip/ipsec/', 'add ', 'set ', 'name=', 'peer=', 'profile=', 'enc-algorithms=aes-256-cbc,', 'dh-group=',
  'my-id=fqdn:', '"', '\\', '\\\n    ', '\n', '\r\n', ';', ' ', '{', '}', '[', ']', '(', ')', '$', ':global x', ':foreach i in=',
  'do={', '#', '# comment\n', '=', ',', '!', 'find ', 'where ', '..', '/', ':', 'é', '\uFEFF', '0', '10.0.0.0/24', '*1A',
];

const script = fc.array(fc.constantFrom(...PIECES), { maxLength: 40 }).map((pieces) => pieces.join(''));

test('every feature answers any text at any offset without throwing', () => {
  fc.assert(
    fc.property(script, fc.nat(), fc.constantFrom('7.24', '7.9', '6.40', '6.48'), (text, at, version) => {
      const { doc, workspace } = fixture(text, { version });
      const offset = text.length === 0 ? 0 : at % (text.length + 1);
      assert.ok(Array.isArray(coreDiagnostics(doc)));
      assert.ok(Array.isArray(documentSymbols(doc)));
      assert.ok(Array.isArray(foldingRanges(doc)));
      assert.ok(Array.isArray(completion(doc, offset, workspace)));
      assert.ok(Array.isArray(definition(doc, offset, workspace)));
      assert.ok(Array.isArray(references(doc, offset, workspace, true)));
      const answer = hover(doc, offset, workspace);
      assert.ok(answer === null || typeof answer.contents === 'object');
    }),
    { numRuns: 300 },
  );
});

test('offsets outside the text are answered too', () => {
  const { doc, workspace } = fixture('/ip ipsec peer\nadd name=a\n');
  assert.deepEqual(completion(doc, 9999, workspace).map((item) => item.label).slice(0, 2), ['add', 'comment']);
  assert.equal(hover(doc, -5, workspace), null);
  assert.equal(hover(doc, 2, workspace)?.range?.start.character, 1);
});
