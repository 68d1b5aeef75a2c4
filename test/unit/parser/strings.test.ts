import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parse, unquotedText } from '../../../server/src/parser/index';
import type { NamedArg, StringValue, Value } from '../../../server/src/parser/index';
import { covered, problemSpans, tree } from './print-tree';

/** The value of the first named argument in `text`. */
function argumentValue(text: string): Value {
  const statement = parse(text).script.statements[0];
  assert.equal(statement?.kind, 'command');
  const argument = statement.kind === 'command' ? statement.items.find((i): i is NamedArg => i.kind === 'arg') : undefined;
  assert.ok(argument, 'no named argument');
  return argument.value;
}

function stringValue(text: string): StringValue {
  const value = argumentValue(text);
  assert.equal(value.kind, 'string');
  return value as StringValue;
}

describe('string escapes', () => {
  it('decodes every escape RouterOS knows', () => {
    const text = String.raw`set a="q\" b\\ n\n r\r t\t d\$ ?\? s\_ a\a b\b f\f v\v"`;
    assert.equal(stringValue(text).value, 'q" b\\ n\n r\r t\t d$ ?? s  a\x07 b\b f\f v\v');
    assert.deepEqual(parse(text).problems, []);
  });

  it('decodes `\\XX` with two capital hex digits into one character', () => {
    assert.equal(stringValue(String.raw`set a="\48\45\4C\4C\4F"`).value, 'HELLO');
    assert.equal(stringValue(String.raw`set a="\C2 \F1"`).value, '\xC2 \xF1');
  });

  it('reports unknown escapes, lowercase hex included, and keeps the character', () => {
    const text = String.raw`set a="x\.y\c2\4g"`;
    assert.deepEqual(problemSpans(text), [String.raw`8:10 "\\."`, String.raw`11:13 "\\c"`, String.raw`14:16 "\\4"`]);
    assert.equal(stringValue(text).value, 'x.yc24g');
    assert.match(parse(text).problems[0].message, /not a RouterOS escape sequence.*write \\\\ for a literal backslash/);
  });

  it('keeps `#` and `;` as text inside quotes', () => {
    assert.equal(stringValue('set a="part # not a comment; not a separator"').value, 'part # not a comment; not a separator');
    assert.deepEqual(parse('set a="x # y"').comments, []);
  });
});

describe('interpolation', () => {
  it('finds $var, $(…) and $[…] inside strings', () => {
    const text = 'set a="x $name y $($a * $b) z $[:len [/ip route find]]"';
    const value = stringValue(text);
    assert.deepEqual(covered(text, value.interpolations), ['$name', '$($a * $b)', '$[:len [/ip route find]]']);
    assert.deepEqual(
      value.interpolations.map((i) => i.kind),
      ['variable', 'expression', 'substitution'],
    );
    assert.equal(value.value, 'x $name y $($a * $b) z $[:len [/ip route find]]');
    assert.equal(unquotedText(value), undefined);
  });

  it('joins line continuations inside an interpolation, as everywhere else', () => {
    const text = 'set a="n=$([:len \\\n    "abc"])"';
    const value = stringValue(text);
    assert.equal(value.value, 'n=$([:len "abc"])');
    assert.deepEqual(parse(text).problems, []);
  });

  it('ends a block inside an interpolation with the line, like the string around it', () => {
    const text = 'set a="$({ :put 1\n:put 2';
    assert.deepEqual(tree(text), ['set a="$({ :put 1', ':put 2']);
    assert.deepEqual(problemSpans(text), ['6:17 "\\"$({ :put 1"', '8:9 "("', '9:10 "{"']);
  });

  it('treats an escaped `\\$` as text', () => {
    const value = stringValue(String.raw`set a="0xff\$(CLIENT_DUID)"`);
    assert.deepEqual(value.interpolations, []);
    assert.equal(unquotedText(value), '0xff$(CLIENT_DUID)');
  });

  it('keeps an unescaped `$` before a non-name as an empty variable, not a syntax error', () => {
    const text = 'add ipsec-secret="P@$$w0rd"';
    const value = stringValue(text);
    assert.deepEqual(
      value.interpolations.map((i) => (i.kind === 'variable' ? i.name : i.kind)),
      ['', 'w0rd'],
    );
    assert.deepEqual(covered(text, value.interpolations), ['$', '$w0rd']);
    assert.deepEqual(parse(text).problems, []);
  });
});

describe('variables and concatenation outside strings', () => {
  it('reads $name, $"quoted-name", $(…) and glued pieces', () => {
    assert.deepEqual(tree('set a=$x b=$"my-var" c=10.0.0.$x d="a".$b e=$prefix/24 f=$1'), [
      'set a=$x b=$"my-var" c=10.0.0.·$x d="a"·.·$b e=$prefix·/24 f=$1',
    ]);
  });

  it('joins glued words and strings into one unquoted text', () => {
    assert.equal(unquotedText(argumentValue('set a=abc"d e"f')), 'abcd ef');
    assert.equal(unquotedText(argumentValue('set a=x$y')), undefined);
  });
});

describe('unterminated strings', () => {
  it('end at the end of their line, and the next line is read normally', () => {
    const text = 'add comment="oops\nadd name=b';
    assert.deepEqual(tree(text), ['add comment="oops', 'add name=b']);
    assert.deepEqual(problemSpans(text), ['12:17 "\\"oops"']);
    assert.match(parse(text).problems[0].message, /no closing `"` before the end of the line/);
    assert.equal(unquotedText(argumentValue(text)), undefined);
  });

  it('say so at the end of the file', () => {
    assert.match(parse('add comment="oops').problems[0].message, /before the end of the file/);
  });

  it('continue on the next line when the line ends with `\\`', () => {
    const text = 'add comment="one \\\n    two"';
    assert.equal(stringValue(text).value, 'one two');
    assert.deepEqual(parse(text).problems, []);
  });
});
