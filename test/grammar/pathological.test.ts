// Long lines of nested quotes and escapes: the grammar must read them to the right end, with work that
// grows with the length (the benchmark measures the time; here only what can be asserted exactly).
import assert from 'node:assert/strict';
import { before, describe, it, mock } from 'node:test';
import fc from 'fast-check';
import { INITIAL, type IGrammar, type StateStack } from 'vscode-textmate';
import { pathologicalLine } from './pathological';
import { loadGrammar } from './tokenize';

describe('pathological lines', () => {
  let grammar: IGrammar;
  let topLevel: StateStack;
  before(async () => {
    grammar = await loadGrammar();
    topLevel = grammar.tokenizeLine('', INITIAL).ruleStack;
  });

  for (const kind of ['script in a string', 'escapes in a string'] as const) {
    it(`${kind}: 10,000 characters read to the closing quote`, () => {
      const line = pathologicalLine(kind, 10_000);
      const { tokens, ruleStack } = grammar.tokenizeLine(line, INITIAL);
      const argument = tokens.find((token) => token.scopes.includes('entity.other.attribute-name.routeros') && token.startIndex > 20);
      assert.equal(argument?.startIndex, line.lastIndexOf('"') + 2, 'the argument after the string');
      assert.ok(ruleStack.equals(topLevel), 'a region is still open');
    });

    it(`${kind}: twice the length, twice the tokens`, () => {
      const count = (length: number) => grammar.tokenizeLine(pathologicalLine(kind, length), INITIAL).tokens.length;
      const ratio = count(20_000) / count(10_000);
      assert.ok(ratio > 1.9 && ratio < 2.1, `ratio ${ratio}`);
    });
  }

  it('nested brackets: 10,000 characters of ([ … ]) close every region', () => {
    const { ruleStack } = grammar.tokenizeLine2(pathologicalLine('nested brackets', 10_000), INITIAL);
    assert.ok(ruleStack.equals(topLevel));
  });

  it('any line of RouterOS punctuation is tokenized to its end, without the endless-loop guard firing', () => {
    const errors = mock.method(console, 'error', () => undefined);
    try {
      const alphabet = fc.constantFrom(...'/ \t"\\$[](){}=,:;#!~<>-.*ab01x'.split(''));
      fc.assert(
        fc.property(fc.array(fc.string({ unit: alphabet, maxLength: 60 }), { minLength: 1, maxLength: 4 }), (lines) => {
          let state = INITIAL;
          for (const line of lines) {
            const { tokens, ruleStack } = grammar.tokenizeLine(line, state);
            // vscode-textmate may stretch the last token over the line's implicit newline.
            const end = tokens[tokens.length - 1].endIndex;
            assert.ok(end === line.length || end === line.length + 1, `${JSON.stringify(line)} ends at ${end}`);
            state = ruleStack;
          }
        }),
        { numRuns: 300 },
      );
      assert.equal(errors.mock.callCount(), 0, String(errors.mock.calls[0]?.arguments));
    } finally {
      errors.mock.restore();
    }
  });
});
