import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parse } from '../../../server/src/parser/index';
import type { CommandStatement, NamedArg, WordValue } from '../../../server/src/parser/index';
import { covered, plainSpan, problemSpans, tree } from './print-tree';

function firstCommand(text: string): CommandStatement {
  const statement = parse(text).script.statements[0];
  assert.equal(statement?.kind, 'command');
  return statement as CommandStatement;
}

describe('menu paths', () => {
  it('reads a menu line with spaces followed by command lines', () => {
    assert.deepEqual(tree('/ip ipsec peer\nadd name=a address=1.2.3.4/32\nset [ find default=yes ] passive=no'), [
      '/ip ipsec peer',
      'add name=a address=1.2.3.4/32',
      'set [find default=yes] passive=no',
    ]);
  });

  it('splits slash-separated paths into words, each with its own span', () => {
    const text = '/ip/ipsec/peer/add name=x';
    const statement = firstCommand(text);
    assert.equal(statement.prefix, '/');
    assert.deepEqual(covered(text, statement.items), ['ip', 'ipsec', 'peer', 'add', 'name=x']);
    assert.deepEqual((statement.items[1] as WordValue).unsplitSpan, { start: 1, end: 18 });
    assert.equal((statement.items[4] as WordValue).unsplitSpan, undefined);
  });

  it('keeps relative paths, `..` and paths without a leading slash', () => {
    assert.deepEqual(tree('/ip\nipsec peer\n..\n../firewall/nat/print\nip ipsec policy add tunnel=yes'), [
      '/ip',
      'ipsec peer',
      '..',
      '.. firewall nat print',
      'ip ipsec policy add tunnel=yes',
    ]);
  });

  it('marks a slash inside the path as a root word', () => {
    assert.deepEqual(tree('/ip dhcp-client /option/get hostname'), ['/ip dhcp-client / option get hostname']);
  });

  it('stops splitting at the first named argument or non-word value', () => {
    assert.deepEqual(tree('/file remove [find] a/b\n/import file-name=flash/x.rsc'), [
      '/file remove [find] a/b',
      '/import file-name=flash/x.rsc',
    ]);
  });

  it('keeps words starting with `!` whole', () => {
    assert.deepEqual(tree('set 0 !port chain=blah2 !nth protocol=udp'), ['set 0 !port chain=blah2 !nth protocol=udp']);
  });

  it('gives a bare `/` line the root prefix and no items', () => {
    const statement = firstCommand('/\n');
    assert.equal(statement.prefix, '/');
    assert.deepEqual(statement.items, []);
    assert.deepEqual(plainSpan(statement.span), { start: 0, end: 1 });
  });
});

describe('commands and arguments', () => {
  it('reads named and unnamed arguments', () => {
    assert.deepEqual(tree('/certificate\nsign ca ca-crl-host=2.2.2.2\nexport-certificate rw-client1 export-passphrase=1234567890'), [
      '/certificate',
      'sign ca ca-crl-host=2.2.2.2',
      'export-certificate rw-client1 export-passphrase=1234567890',
    ]);
  });

  it('gives named arguments exact name and value spans', () => {
    const text = 'add enc-algorithm=aes-256,aes-128 comment="a b"';
    const [, encryption, comment] = firstCommand(text).items as [WordValue, NamedArg, NamedArg];
    assert.deepEqual(covered(text, [encryption, encryption.nameSpan, encryption.value]), [
      'enc-algorithm=aes-256,aes-128',
      'enc-algorithm',
      'aes-256,aes-128',
    ]);
    assert.deepEqual(covered(text, [comment.value]), ['"a b"']);
  });

  it('reads dotted and dot-led parameter names', () => {
    assert.deepEqual(tree('add local.address=192.0.2.1 .role=ebgp output.network=x .id=*1A'), [
      'add local.address=192.0.2.1 .role=ebgp output.network=x .id=*1A',
    ]);
  });

  it('gives `name=` an empty value at the end of the `=`', () => {
    const text = 'add enc-algorithms= name=x';
    const argument = firstCommand(text).items[1] as NamedArg;
    assert.equal(argument.value.kind, 'word');
    assert.equal((argument.value as WordValue).text, '');
    assert.deepEqual(plainSpan(argument.value.span), { start: 19, end: 19 });
    assert.deepEqual(plainSpan(argument.span), { start: 4, end: 19 });
  });

  it('keeps `=` inside values and unusual characters in words', () => {
    assert.deepEqual(tree('add remote-id=key-id:CN=site-b src=!10.0.0.0/8 time=00:30:00 a=<PLACEHOLDER>/32'), [
      'add remote-id=key-id:CN=site-b src=!10.0.0.0/8 time=00:30:00 a=<PLACEHOLDER>/32',
    ]);
  });

  it('reads comparison operators after `where`', () => {
    const text = 'print where address~"^10" and !disabled mtu>=1500 name!=x a<2 b>3 c<=4';
    const items = firstCommand(text).items;
    assert.deepEqual(
      items.filter((i): i is NamedArg => i.kind === 'arg').map((a) => a.operator),
      ['~', '>=', '!=', '<', '>', '<='],
    );
    assert.deepEqual(tree('add comment=a<b x>y'), ['add comment=a<b x>y']);
  });

  it('separates commands with `;` and newlines, and keeps the order of spans', () => {
    const text = ':global a; :global b\n/ip address print';
    const statements = parse(text).script.statements;
    assert.deepEqual(covered(text, statements), [':global a', ':global b', '/ip address print']);
  });

  it('reads a trailing comment after a command', () => {
    const text = '/ip address add address=50.0.0.50/24 interface=ether1   # WAN\n/ip route add gateway=50.0.0.1';
    const result = parse(text);
    assert.deepEqual(tree(text), ['/ip address add address=50.0.0.50/24 interface=ether1', '/ip route add gateway=50.0.0.1']);
    assert.deepEqual(covered(text, result.comments), ['# WAN']);
    assert.deepEqual(result.problems, []);
  });

  it('reads `#` inside a word as text, and comment lines anywhere', () => {
    const text = '# header\n/ip ipsec peer\n#error exporting "/x" (timeout)\nadd comment=a#b';
    assert.deepEqual(tree(text), ['/ip ipsec peer', 'add comment=a#b']);
    assert.deepEqual(covered(text, parse(text).comments), ['# header', '#error exporting "/x" (timeout)']);
  });
});

describe('space before `=`', () => {
  it('reports it and still builds the argument the author meant', () => {
    const text = '/ip route add gateway = 3.3.3.3 distance=1';
    assert.deepEqual(tree(text), ['/ip route add gateway=3.3.3.3 distance=1']);
    assert.deepEqual(problemSpans(text), ['14:23 "gateway ="']);
    assert.match(parse(text).problems[0].message, /spaces between a parameter name and `=`: write `gateway=`/);
  });

  it('covers `name =value` and `:for i from = 1`', () => {
    assert.deepEqual(tree('set a =1'), ['set a=1']);
    assert.deepEqual(problemSpans(':for i from = 1 to=2 do={}'), ['7:13 "from ="']);
    assert.deepEqual(tree(':for i from = 1 to=2 do={}'), [':for i from=1 to=2 do={}']);
  });

  it('leaves the value empty when another argument follows', () => {
    assert.deepEqual(tree('set a = b=2'), ['set a=∅ b=2']);
  });

  it('accepts a space after `=` (the value is then a separate word) and spaced `=` after `where`', () => {
    const text = ':for i from= 1 to= 2 do={:put $i}\nprint where name = "x"';
    assert.deepEqual(problemSpans(text), []);
    assert.deepEqual(tree(text), [':for i from=∅ 1 to=∅ 2 do={:put $i}', 'print where name = "x"']);
  });
});

describe('a command line without a command', () => {
  it('is reported on its first argument, as when a `\\` continuation was lost', () => {
    const text = '/ip/firewall/filter\nadd chain=forward action=accept place-before=1\nsrc-address=10.1.101.0/24 dst-address=10.1.202.0/24';
    assert.deepEqual(problemSpans(text), ['67:92 "src-address=10.1.101.0/24"']);
    assert.match(parse(text).problems[0].message, /`src-address=…` cannot start a command.*end the previous line with `\\`/);
  });

  it('is accepted inside `{ }` values, which may be arrays', () => {
    assert.deepEqual(problemSpans(':local a {a=1;b=2}\n:global f do={ x=1 }'), []);
  });
});
