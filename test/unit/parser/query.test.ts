import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  exportHeaderVersion,
  nodesAt,
  parse,
  precedingStatementIndex,
  statementIndexAt,
  unquotedText,
} from '../../../server/src/parser/index';
import type { CommandStatement, NamedArg } from '../../../server/src/parser/index';

/** The kinds and texts of the node chain at the `|` in `marked`. */
function chainAt(marked: string): string[] {
  const offset = marked.indexOf('|');
  const text = marked.slice(0, offset) + marked.slice(offset + 1);
  return nodesAt(parse(text), offset).map((node) => `${node.kind} ${JSON.stringify(text.slice(node.span.start, node.span.end))}`);
}

describe('nodesAt', () => {
  it('finds the named argument and its empty value right after `=`', () => {
    assert.deepEqual(chainAt('/ip ipsec proposal\nadd enc-algorithms=| name=x'), [
      'command "add enc-algorithms= name=x"',
      'arg "enc-algorithms="',
      'word ""',
    ]);
  });

  it('counts the end of a word as inside it', () => {
    assert.deepEqual(chainAt('add enc-algorithms=aes-2|'), ['command "add enc-algorithms=aes-2"', 'arg "enc-algorithms=aes-2"', 'word "aes-2"']);
    assert.deepEqual(chainAt('add na|me=x'), ['command "add name=x"', 'arg "name=x"']);
  });

  it('descends into blocks, substitutions, expressions, strings and concatenations', () => {
    assert.deepEqual(chainAt(':if ($a) do={ /ip ipsec peer set [find name=x|] }'), [
      'command ":if ($a) do={ /ip ipsec peer set [find name=x] }"',
      'arg "do={ /ip ipsec peer set [find name=x] }"',
      'block "{ /ip ipsec peer set [find name=x] }"',
      'command "/ip ipsec peer set [find name=x]"',
      'substitution "[find name=x]"',
      'command "find name=x"',
      'arg "name=x"',
      'word "x"',
    ]);
    assert.deepEqual(chainAt(':put ("a $v|ar b")'), [
      'command ":put (\\"a $var b\\")"',
      'expression "(\\"a $var b\\")"',
      'string "\\"a $var b\\""',
      'variable "$var"',
    ]);
    assert.deepEqual(chainAt('set a=10.0.|0.$x'), ['command "set a=10.0.0.$x"', 'arg "a=10.0.0.$x"', 'concat "10.0.0.$x"', 'word "10.0.0."']);
  });

  it('descends into a block statement', () => {
    assert.deepEqual(chainAt('{\n  :local a |1\n}'), ['block "{\\n  :local a 1\\n}"', 'command ":local a 1"', 'word "1"']);
  });

  it('returns an empty chain between statements and accepts a bare Script', () => {
    assert.deepEqual(chainAt('add a=1\n|\nadd b=2'), []);
    const text = 'add a=1';
    assert.equal(nodesAt(parse(text).script, 2).length, 2);
  });
});

describe('statement lookups', () => {
  const text = '/ip ipsec peer\nadd name=a\n\nadd name=b';
  const script = parse(text).script;

  it('finds the top-level statement containing an offset, end included', () => {
    assert.equal(statementIndexAt(script, 0), 0);
    assert.equal(statementIndexAt(script, 14), 0);
    assert.equal(statementIndexAt(script, 15), 1);
    assert.equal(statementIndexAt(script, 26), -1);
    assert.equal(statementIndexAt(script, text.length), 2);
  });

  it('finds the last statement starting at or before an offset', () => {
    assert.equal(precedingStatementIndex(script, 26), 1);
    assert.equal(precedingStatementIndex(script, 0), 0);
    assert.equal(precedingStatementIndex(parse('  x').script, 1), -1);
  });
});

describe('unquotedText', () => {
  const values = (text: string) =>
    (parse(text).script.statements[0] as CommandStatement).items
      .filter((i): i is NamedArg => i.kind === 'arg')
      .map((a) => unquotedText(a.value));

  it('gives the plain text of words and strings, and undefined for run-time values', () => {
    assert.deepEqual(values('set a=x b="y z" c=$v d=[find] e=(1) f={1} g="$v" h=a"b" i='), ['x', 'y z', undefined, undefined, undefined, undefined, undefined, 'ab', '']);
    assert.equal(unquotedText(undefined), undefined);
  });
});

describe('exportHeaderVersion', () => {
  it('reads both date formats, suffixes, a BOM and CRLF', () => {
    assert.equal(exportHeaderVersion('# 2024-01-02 03:04:05 by RouterOS 7.16.2\n# software id = '), '7.16.2');
    assert.equal(exportHeaderVersion('# jan/02/1970 06:11:28 by RouterOS 6.43.8\r\n/ip'), '6.43.8');
    assert.equal(exportHeaderVersion('\uFEFF# 2023-07-08 19:33:27 by RouterOS 7.10rc6'), '7.10rc6');
    assert.equal(exportHeaderVersion('# 2026-09-24 16:41:42 by RouterOS 7.23beta4 \n'), '7.23beta4');
  });

  it('ignores anything that is not an export header on the first line', () => {
    assert.equal(exportHeaderVersion('/ip address\n# 2024-01-02 03:04:05 by RouterOS 7.16.2'), undefined);
    assert.equal(exportHeaderVersion('# made by RouterOS 7.16'), undefined);
    assert.equal(exportHeaderVersion(''), undefined);
  });
});
