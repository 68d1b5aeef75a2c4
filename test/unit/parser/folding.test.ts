import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parse, unquotedText } from '../../../server/src/parser/index';
import type { CommandStatement, NamedArg } from '../../../server/src/parser/index';
import { covered, plainSpan, problemSpans, tree } from './print-tree';

function argumentsOf(text: string): NamedArg[] {
  return parse(text).script.statements.flatMap((s) =>
    s.kind === 'command' ? s.items.filter((i): i is NamedArg => i.kind === 'arg') : [],
  );
}

function valueOf(text: string, name: string): string | undefined {
  return unquotedText(argumentsOf(text).find((a) => a.name === name)?.value);
}

describe('folded export lines', () => {
  it('joins a fold between two arguments (line ends with " \\", next starts with four spaces)', () => {
    const text = 'add action=accept chain=input comment="defconf: accept ICMP" \\\n    protocol=icmp\nadd chain=x';
    assert.deepEqual(tree(text), ['add action=accept chain=input comment="defconf: accept ICMP" protocol=icmp', 'add chain=x']);
    assert.deepEqual(problemSpans(text), []);
  });

  it('joins `name=\\` with the value on the next line, and spans point at the real text', () => {
    const text = 'add ipsec-policy=\\\n    in,ipsec lease-time=\\\n    1h10m';
    const [policy, lease] = argumentsOf(text);
    assert.deepEqual(covered(text, [policy.value, lease.value]), ['in,ipsec', '1h10m']);
    assert.deepEqual(plainSpan(policy.span), { start: 4, end: 31 });
  });

  it('joins a string folded mid-word, dropping the next line’s indentation', () => {
    const text = 'set full policy="local,telnet,ssh,pas\\\n    sword,web,sniff"';
    assert.equal(valueOf(text, 'policy'), 'local,telnet,ssh,password,web,sniff');
  });

  it('keeps a leading space written as `\\_` after a fold', () => {
    const text = 'add source="#\\\n    \\_=====" x=1';
    assert.equal(valueOf(text, 'source'), '# =====');
  });

  it('reads embedded newlines folded as `\\n` at the start of the next line', () => {
    const text = 'add on-event="/system package update\\\n    \\ncheck-for-updates once\\\n    \\n" name=x';
    assert.equal(valueOf(text, 'on-event'), '/system package update\ncheck-for-updates once\n');
  });

  it('treats an even number of backslashes at the end of a string line as an escaped backslash', () => {
    const text = 'add a="x\\\\\nadd b=1';
    assert.deepEqual(tree(text), ['add a="x\\\\', 'add b=1']);
    assert.equal(problemSpans(text).length, 1);
  });

  it('accepts blanks after the continuation backslash, as the console does', () => {
    assert.deepEqual(tree('add a=1 \\  \n    b=2'), ['add a=1 b=2']);
  });

  it('does not continue a comment', () => {
    assert.deepEqual(tree('# comment \\\nadd a=1'), ['add a=1']);
  });

  it('joins a hand-written continuation followed by a block', () => {
    const text = ':if ($a = true \\\n  and $b = false) do={\n  :put x\n}';
    assert.deepEqual(tree(text), [':if ($a = true and $b = false) do={:put x}']);
    assert.deepEqual(problemSpans(text), []);
  });
});

describe('stray backslashes', () => {
  it('are reported outside strings when not at the end of a line', () => {
    const text = 'add a=b\\c d=1';
    assert.deepEqual(problemSpans(text), ['7:8 "\\\\"']);
    assert.deepEqual(tree(text), ['add a=b\\c d=1']);
  });

  it('point at the quote that ended a string too early', () => {
    const text = 'add down-script="a \\"b"\\r\\\n    \\nc" x=1';
    const problems = parse(text).problems;
    assert.deepEqual(problemSpans(text, parse(text)).slice(0, 1), ['23:24 "\\\\"']);
    assert.match(problems[0].message, /escape it as `\\"`/);
  });
});

describe('line ends and offsets', () => {
  it('reads CRLF, lone CR and LF alike, with offsets into the original text', () => {
    const text = '/ip address\r\nadd address=1.1.1.1/24\rprint\nset 0 comment="x \\\r\n    y"';
    const statements = parse(text).script.statements;
    assert.deepEqual(covered(text, statements), [
      '/ip address',
      'add address=1.1.1.1/24',
      'print',
      'set 0 comment="x \\\r\n    y"',
    ]);
    assert.equal(valueOf(text, 'comment'), 'x y');
  });

  it('skips a UTF-8 byte order mark, keeping offsets', () => {
    const text = '\uFEFF/ip ipsec peer\nadd name=a';
    const statements = parse(text).script.statements as CommandStatement[];
    assert.deepEqual(plainSpan(statements[0].span), { start: 1, end: 15 });
    assert.equal(statements[0].prefix, '/');
    assert.deepEqual(parse(text).script.span, { start: 0, end: text.length });
  });

  it('counts UTF-16 code units for text beyond the basic plane', () => {
    const text = 'add comment="😀" name=x';
    assert.deepEqual(covered(text, argumentsOf(text)), ['comment="😀"', 'name=x']);
  });
});
