// Property tests: whatever the text, parse() returns (never throws) a well-formed tree, and the
// cursor lookup stays total. Runs are bounded so the file takes a few seconds.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { nodesAt, parse } from '../../../server/src/parser/index';
import { assertWellFormed } from './invariants';
import { printStatement } from './print-tree';

/** The characters (and a few short runs) that change the parser's state, plus ordinary ones. */
const SYNTAX = [
  ...'/:;=~!<>$"\\#[](){}., -*\tabcxyz019_é😀',
  '\n', '\r', '\r\n', '\\\n    ', '\uFEFF', '\uD83D', 'where', 'add', 'do=', '$"',
];

/** A realistic export and script (written for this test): folds, escapes, find, scripting. */
const REALISTIC = [
  '# 2024-01-02 03:04:05 by RouterOS 7.16.2',
  '# software id = ABCD-1234',
  '/interface bridge',
  'add name=bridge-lan comment="LAN \\"main\\" bridge"',
  '/ip ipsec profile',
  'set [ find default=yes ] dh-group=modp2048 enc-algorithm=aes-256,aes-128 lifetime=8h',
  '/ip/ipsec/peer',
  'add address=192.0.2.1/32 exchange-mode=ike2 name=peer1 profile=p1 \\',
  '    comment="folded \\',
  '    string with \\_ and \\$ and \\48\\49 and \\"quotes\\""',
  '/ip ipsec identity',
  'add peer=peer1 secret="P@$$w0rd" remote-id=\\',
  '    key-id:CN=x',
  '/system script',
  'add name=check source=":local up [/ip ipsec active-peers print count-only]\\r\\',
  '    \\n:if (\\$up = 0) do={ :log warning \\"tunnel down\\" }"',
  ':foreach i in=[/interface gre find where comment~"^HOST: "] do={',
  '    :local h [:pick [/interface gre get $i comment] 6 20]',
  '    :if ($h != "") do={ /interface gre set $i remote-address=[:resolve $h] } else={ :put ("none: " . $i) }',
  '}',
  ':global f do={ :return ($a + $1) }; :put [$f a=1 "x"]',
  '/ip firewall filter add chain=forward action=accept ipsec-policy=\\',
  '    in,ipsec place-before=0 # trailing comment',
  '{ :local a {1;2;a=3}; :put ($a->"a"); :put $"my-var" }',
  ':do { :put "x" } on-error={ :put "failed" }',
].join('\n');

interface Edit {
  readonly kind: 'delete' | 'insert' | 'duplicate';
  readonly at: number;
  readonly length: number;
  readonly inserted: string;
}

const edit: fc.Arbitrary<Edit> = fc.record({
  kind: fc.constantFrom('delete', 'insert', 'duplicate'),
  at: fc.nat(),
  length: fc.integer({ min: 0, max: 40 }),
  inserted: fc.string({ unit: fc.constantFrom(...SYNTAX), maxLength: 6 }),
});

function applyEdits(text: string, edits: readonly Edit[]): string {
  let result = text;
  for (const e of edits) {
    const at = e.at % (result.length + 1);
    const end = Math.min(result.length, at + e.length);
    if (e.kind === 'delete') result = result.slice(0, at) + result.slice(end);
    else if (e.kind === 'insert') result = result.slice(0, at) + e.inserted + result.slice(at);
    else result = result.slice(0, end) + result.slice(at, end) + result.slice(end);
  }
  return result;
}

/** Any UTF-16 code unit, lone surrogates and control characters included. */
const anyCodeUnit = fc.nat({ max: 0xffff }).map((code) => String.fromCharCode(code));

const syntaxText = fc.string({ unit: fc.constantFrom(...SYNTAX), maxLength: 120 });
const editedRealistic = fc.array(edit, { minLength: 1, maxLength: 8 }).map((edits) => applyEdits(REALISTIC, edits));

/** Lines of a script without multi-line blocks: a bad line inserted among them must stay local. */
const FLAT_LINES = [
  '/ip ipsec peer',
  'add address=192.0.2.1/32 exchange-mode=ike2 name=peer1 comment="a \\"b\\" c"',
  'set [ find default=yes ] enc-algorithm=aes-256 ; print',
  ':if ($a = 1) do={ :put "x$a" } else={ :put [:len "abc"] }',
  '/ip/ipsec/policy/add src-address=10.0.0.0/24 dst-address=10.1.0.0/24 tunnel=yes',
  '# a comment',
  'add comment="folded \\',
  '    string" name=\\',
  '    value',
  ':foreach i in=[/interface find where !disabled] do={ :put $i }',
];

/** A line of anything but braces (an unclosed `{` may rightly hold what follows) and a final `\`. */
const badLine = fc
  .string({ unit: fc.constantFrom(...'/:;=~!<>$"\\#[]()., -*\tabcxyz019_é'), minLength: 1, maxLength: 30 })
  .filter((line) => !/\\[ \t]*$/.test(line));

function checkParse(text: string): void {
  const result = parse(text);
  assertWellFormed(text, result);
  for (const offset of [-1, 0, text.length >> 1, text.length, text.length + 5]) {
    const chain = nodesAt(result, offset);
    for (const node of chain) assert.ok(node.span.start <= offset && offset <= node.span.end, 'nodesAt gave a node not containing the offset');
  }
}

function printed(text: string): string[] {
  return parse(text).script.statements.map((statement) => printStatement(statement, text));
}

describe('parse on generated input', () => {
  it('parses the unedited realistic script without problems', () => {
    assert.deepEqual(parse(REALISTIC).problems, []);
  });

  it('handles strings made of syntax characters', () => {
    fc.assert(fc.property(syntaxText, checkParse), { numRuns: 1500 });
  });

  it('handles arbitrary UTF-16, lone surrogates and control characters included', () => {
    fc.assert(fc.property(fc.string({ unit: anyCodeUnit, maxLength: 300 }), checkParse), { numRuns: 500 });
  });

  it('handles a realistic script after random edits', () => {
    fc.assert(fc.property(editedRealistic, checkParse), { numRuns: 800 });
  });

  it('reads CRLF and lone CR line ends exactly as LF', () => {
    const lfOnly = editedRealistic.map((text) => text.replace(/\r/g, ''));
    fc.assert(
      fc.property(lfOnly, fc.constantFrom('\r\n', '\r'), (text, lineEnd) => {
        const converted = text.replace(/\n/g, lineEnd);
        // A string keeps its `$( … )` interpolations as written, line breaks included.
        const sameLineEnds = (lines: string[]) => lines.map((line) => line.replace(/\\r\\n|\\r/g, '\\n'));
        assert.deepEqual(sameLineEnds(printed(converted)), sameLineEnds(printed(text)));
        assert.equal(parse(converted).problems.length, parse(text).problems.length);
      }),
      { numRuns: 300 },
    );
  });

  it('keeps a bad line from changing the statements around it', () => {
    const base = FLAT_LINES.join('\n');
    const expected = printed(base);
    const between = fc.integer({ min: 0, max: FLAT_LINES.length }).filter((at) => !FLAT_LINES[at - 1]?.endsWith('\\'));
    fc.assert(
      fc.property(badLine, between, (bad, at) => {
        const text = [...FLAT_LINES.slice(0, at), bad, ...FLAT_LINES.slice(at)].join('\n');
        const badStart = at === 0 ? 0 : FLAT_LINES.slice(0, at).join('\n').length + 1;
        const others = parse(text).script.statements.filter((s) => s.span.start < badStart || s.span.start > badStart + bad.length);
        assert.deepEqual(others.map((statement) => printStatement(statement, text)), expected);
      }),
      { numRuns: 1000 },
    );
  });

  it('is deterministic', () => {
    fc.assert(fc.property(syntaxText, (text) => assert.deepEqual(parse(text), parse(text))), { numRuns: 300 });
  });
});
