// Inputs built to break a naive parser: very deep nesting (recursion), very long lines, many line
// continuations, floods of stray closers. Only correctness is asserted; speed is the benchmark's job.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { MAX_DEPTH, parse } from '../../../server/src/parser/index';
import type { CommandStatement, Item, ParseResult, Statement, StringValue } from '../../../server/src/parser/index';
import { assertWellFormed } from './invariants';

function parsed(text: string): ParseResult {
  const result = parse(text);
  assertWellFormed(text, result);
  return result;
}

function countMessages(result: ParseResult, pattern: RegExp): number {
  return result.problems.filter((p) => pattern.test(p.message)).length;
}

/** How many statement and item levels deep the tree goes (iteratively: the tree may be deep). */
function treeDepth(statements: readonly Statement[]): number {
  let deepest = 0;
  const stack: { node: Statement | Item; depth: number }[] = statements.map((node) => ({ node, depth: 1 }));
  while (stack.length > 0) {
    const { node, depth } = stack.pop()!;
    deepest = Math.max(deepest, depth);
    const children: readonly (Statement | Item)[] =
      node.kind === 'command' ? node.items
      : node.kind === 'block' || node.kind === 'substitution' ? node.statements
      : node.kind === 'arg' ? [node.value]
      : node.kind === 'expression' ? node.items
      : node.kind === 'concat' ? node.parts
      : node.kind === 'string' ? node.interpolations
      : [];
    for (const child of children) stack.push({ node: child, depth: depth + 1 });
  }
  return deepest;
}

const TOO_DEEP = /nested more than/;
const NOT_CLOSED = /is not closed/;

describe('deep nesting', () => {
  for (const [opener, closer] of [['{', '}'], ['[', ']'], ['(', ')']] as const) {
    it(`skips ${opener} nested 10,000 deep and balanced, with one problem`, () => {
      const text = opener.repeat(10_000) + closer.repeat(10_000);
      const result = parsed(text);
      assert.equal(countMessages(result, TOO_DEEP), 1);
      assert.equal(result.problems.length, 1);
      assert.equal(result.script.statements.length, 1);
      assert.ok(treeDepth(result.script.statements) <= 3 * MAX_DEPTH + 3);
    });

    it(`reports ${opener} nested 10,000 deep and never closed, at most once per analysed level`, () => {
      const result = parsed(opener.repeat(10_000));
      assert.equal(countMessages(result, TOO_DEEP), 1);
      assert.ok(countMessages(result, NOT_CLOSED) <= MAX_DEPTH, `${countMessages(result, NOT_CLOSED)} unclosed`);
    });
  }

  it('bounds nested :if blocks the same way', () => {
    const text = ':if ($a) do={\n'.repeat(10_000) + '}\n'.repeat(10_000);
    const result = parsed(text);
    assert.equal(countMessages(result, NOT_CLOSED), 0);
    assert.ok(countMessages(result, TOO_DEEP) >= 1);
    assert.equal(result.script.statements.length, 1);
  });

  it('reads text after a too-deep construct normally', () => {
    const text = `${'{'.repeat(5_000)}${'}'.repeat(5_000)}\n/ip address add address=10.0.0.1/24`;
    const result = parsed(text);
    assert.equal(result.script.statements.length, 2);
    assert.equal(result.script.statements[1]!.span.start, text.indexOf('/ip'));
  });
});

describe('long lines', () => {
  it('reads a 100,000-character word', () => {
    const value = 'x'.repeat(100_000);
    const result = parsed(`add comment=${value}`);
    assert.deepEqual(result.problems, []);
    const arg = (result.script.statements[0] as CommandStatement).items[1]!;
    assert.equal(arg.kind === 'arg' && arg.value.kind === 'word' ? arg.value.text : undefined, value);
  });

  it('reads a 100,000-character string full of escapes', () => {
    const result = parsed(`:put "${'\\"a\\_\\41'.repeat(12_500)}"`);
    assert.deepEqual(result.problems, []);
    const string = (result.script.statements[0] as CommandStatement).items[1] as StringValue;
    assert.equal(string.value, '"a A'.repeat(12_500));
  });

  it('reads a line of 25,000 arguments', () => {
    const result = parsed(`add ${'a=1 '.repeat(25_000)}`);
    assert.deepEqual(result.problems, []);
    assert.equal((result.script.statements[0] as CommandStatement).items.length, 25_001);
  });

  it('joins 10,000 continuation lines into one command', () => {
    const result = parsed(`add \\\n${'    a=1 \\\n'.repeat(10_000)}    b=2`);
    assert.deepEqual(result.problems, []);
    assert.equal(result.script.statements.length, 1);
    assert.equal((result.script.statements[0] as CommandStatement).items.length, 10_002);
  });

  it('joins a string folded over 10,000 lines', () => {
    const result = parsed(`:put "${'ab\\\n    '.repeat(10_000)}"`);
    assert.deepEqual(result.problems, []);
    assert.equal(((result.script.statements[0] as CommandStatement).items[1] as StringValue).value, 'ab'.repeat(10_000));
  });
});

describe('floods of errors', () => {
  it('reports each of 10,000 stray closers and stays well formed', () => {
    const result = parsed('}])'.repeat(10_000));
    assert.equal(result.problems.length, 30_000);
    assert.deepEqual(result.script.statements, []);
  });

  it('keeps each of 10,000 lines with an unclosed quote on its own line', () => {
    const result = parsed('add comment="open\n'.repeat(10_000));
    assert.equal(result.script.statements.length, 10_000);
    assert.equal(result.problems.length, 10_000);
  });

  it('survives a megabyte of random-looking bytes', () => {
    let seed = 1;
    const chars: string[] = [];
    for (let i = 0; i < 1_000_000; i++) {
      seed = (seed * 1_103_515_245 + 12_345) & 0x7fffffff;
      chars.push(String.fromCharCode(seed % 0x10000));
    }
    parsed(chars.join(''));
  });
});
