import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parse } from '../../../server/src/parser/index';
import type { BlockStatement, CommandStatement } from '../../../server/src/parser/index';
import { covered, problemSpans, tree } from './print-tree';

describe('scripting commands', () => {
  it('reads variable declarations and uses', () => {
    assert.deepEqual(tree(':global myVar "x"; :local "my-var" 5; :set myVar; :put $"my-var"'), [
      ':global myVar "x"',
      ':local "my-var" 5',
      ':set myVar',
      ':put $"my-var"',
    ]);
  });

  it('does not split `:` commands on slashes', () => {
    assert.deepEqual(tree(':put 10/2'), [':put 10/2']);
  });

  it('reads :if with do= and else= blocks', () => {
    const text = ':if ($myBool = false) do={ :put "false" } else={ :put "true" }';
    assert.deepEqual(tree(text), [':if ($myBool = false) do={:put "false"} else={:put "true"}']);
  });

  it('reads :foreach, :for, :while and :do … while=', () => {
    assert.deepEqual(
      tree(':foreach k,v in=$arr do={:put $k}\n:for i from=1 to=10 step=2 do={}\n:while ($i < 5) do={:set i ($i + 1)}\n:do {:put 1} while=($i < 5)'),
      [
        ':foreach k,v in=$arr do={:put $k}',
        ':for i from=1 to=10 step=2 do={}',
        ':while ($i < 5) do={:set i ($i + 1)}',
        ':do {:put 1} while=($i < 5)',
      ],
    );
  });

  it('reads :do … on-error= and :onerror', () => {
    assert.deepEqual(tree(':do { :put [:resolve "x"] } on-error={ :put "failed" }\n:onerror e in={ :error "x" } do={ :put $e }'), [
      ':do {:put [:resolve "x"]} on-error={:put "failed"}',
      ':onerror e in={:error "x"} do={:put $e}',
    ]);
  });

  it('reads functions and their calls', () => {
    assert.deepEqual(tree(':global f do={ :return ($a + $1) }\n:put [$f a=1 "pos"]\n$f a=2'), [
      ':global f do={:return ($a + $1)}',
      ':put [$f a=1 "pos"]',
      '$f a=2',
    ]);
  });

  it('reads nested substitutions with find … where', () => {
    const text = ':foreach i in=[/interface gre find where comment~"^HOST: "] do={ /interface gre set $i remote-address=$x }';
    assert.deepEqual(tree(text), [
      ':foreach i in=[/interface gre find where comment~"^HOST: "] do={/interface gre set $i remote-address=$x}',
    ]);
    assert.deepEqual(problemSpans(text), []);
  });

  it('reads arrays, array indexing and expressions with concatenation', () => {
    assert.deepEqual(tree(':local a {1;2;3}\n:local b {a=1;"b-c"=2}\n:put ($b->"a")\n/system backup save name=([/system identity get name]."_ENC")'), [
      ':local a {1; 2; 3}',
      ':local b {a=1; "b-c"·=2}',
      ':put ($b·->·"a")',
      '/system backup save name=([/system identity get name]·.·"_ENC")',
    ]);
  });

  it('reads blocks standing as statements, across lines, with their own scope', () => {
    const text = '{\n  :local a 3;\n  { :local b 4; :put ($a+$b); }\n}\n/ip address print';
    const [block, after] = parse(text).script.statements as [BlockStatement, CommandStatement];
    assert.equal(block.kind, 'block');
    assert.equal(block.closed, true);
    assert.deepEqual(covered(text, block.statements), [':local a 3', '{ :local b 4; :put ($a+$b); }']);
    assert.deepEqual(covered(text, [after]), ['/ip address print']);
  });

  it('ends a command at `]`, `)` and `}` without a separator', () => {
    assert.deepEqual(tree(':if ( true ) do={ :put "lala" }\n:put [ :len "my test string";]'), [
      ':if (true) do={:put "lala"}',
      ':put [:len "my test string"]',
    ]);
  });

  it('reads comments inside blocks', () => {
    const text = ':if (x) do={\n  # inside\n  :put 1 # after\n}';
    assert.deepEqual(covered(text, parse(text).comments), ['# inside', '# after']);
    assert.deepEqual(tree(text), [':if (x) do={:put 1}']);
  });
});

describe('unclosed and stray brackets', () => {
  it('ends an unclosed `[` or `(` at the end of its line', () => {
    const text = ':local a [/ip address find\n:local b ($x + 1\n:put ok';
    assert.deepEqual(tree(text), [':local a [/ip address find', ':local b ($x + 1', ':put ok']);
    assert.deepEqual(problemSpans(text), ['9:10 "["', '36:37 "("']);
    assert.match(parse(text).problems[0].message, /`\[` is not closed: the matching `]` is missing before the end of the line/);
  });

  it('reports a stray closer and reads on', () => {
    const text = 'add a=1 ]\n}\n:put (1))';
    assert.deepEqual(tree(text), ['add a=1', ':put (1)']);
    assert.deepEqual(problemSpans(text), ['8:9 "]"', '10:11 "}"', '20:21 ")"']);
    assert.match(parse(text).problems[1].message, /Unexpected `}`: there is no open `{`/);
  });

  it('lets a closer end the inner constructs it belongs outside of', () => {
    const text = ':if (x) do={ :put [:len "a" }\n:put ok';
    assert.deepEqual(tree(text), [':if (x) do={:put [:len "a"}', ':put ok']);
    assert.deepEqual(problemSpans(text), ['18:19 "["']);
  });

  it('reports an unclosed `{` at the brace; without indentation clues the block runs to the end', () => {
    const text = ':if (x) do={\n:put 1\n:put 2';
    assert.deepEqual(tree(text), [':if (x) do={:put 1; :put 2']);
    assert.deepEqual(problemSpans(text), ['11:12 "{"']);
  });

  it('ends an unclosed `{` where the indentation returns to the level of its line', () => {
    const text = ':if (x) do={\n    :put 1\n    :put 2\n/ip address print\n:put 3';
    assert.deepEqual(tree(text), [':if (x) do={:put 1; :put 2', '/ip address print', ':put 3']);
    assert.deepEqual(problemSpans(text), ['11:12 "{"']);
    const block = (parse(text).script.statements[0] as CommandStatement).items[2];
    assert.deepEqual(covered(text, [block]), ['do={\n    :put 1\n    :put 2']);
  });

  it('recovers nested unclosed braces by indentation, outermost included', () => {
    const text = '{\n  :if (x) do={\n    :put 1\n:put 2\n:put 3';
    assert.deepEqual(tree(text), ['{:if (x) do={:put 1', ':put 2', ':put 3']);
    assert.deepEqual(problemSpans(text), ['0:1 "{"', '15:16 "{"']);
  });

  it('does not use indentation when the braces are balanced', () => {
    const text = ':if (x) do={\n    :put 1\n:put 2\n}';
    assert.deepEqual(tree(text), [':if (x) do={:put 1; :put 2}']);
    assert.deepEqual(problemSpans(text), []);
  });
});
