import { test } from 'node:test';
import assert from 'node:assert/strict';
import { hover } from '../../../server/src/features/index';
import { fixtureAt, type FixtureOptions } from './fixture';

function hoverText(marked: string, options?: FixtureOptions): string | undefined {
  const { doc, offset, workspace } = fixtureAt(marked, options);
  const result = hover(doc, offset, workspace);
  return result ? (result.contents as { value: string }).value : undefined;
}

test('an argument: meaning, kind, values, default, releases, what must match, the ipsec.md sections', () => {
  assert.equal(hoverText('/ip ipsec profile\nadd dh-gr|oup=ecp256'), [
    '**`dh-group`** · `/ip ipsec profile add` · enum, comma list',
    'Diffie-Hellman groups offered and accepted for the IKE SA key exchange, in offer order.',
    'Values: `x25519` · `ecp256` · `ecp384` · `ecp521` · `modp8192` · `modp6144` · `modp4096` · `modp3072` · `modp2048` · `modp1536` (weak) · `modp1024` (weak) · `modp768` (insecure)',
    'Default: `modp2048,modp1024`',
    'Exists in every known release.',
    '**Other router:** Both routers must have at least one DH group in common. (rule P5, ipsec.md §3.6)',
    'Source: ipsec.md §1.1, ipsec.md §1.13, ipsec.md §3.2, ipsec.md §3.3',
  ].join('\n\n'));
});

test('an argument absent from the file\'s release says so', () => {
  assert.match(hoverText('/ip ipsec peer\nadd ppk-sec|ret=x', { version: '7.9' })!, /\*\*not in 7\.9\.2\*\*, the release this file is checked against/);
});

test('a value: its meaning and strength', () => {
  assert.equal(hoverText('/ip ipsec profile\nadd dh-group=ecp256,modp1|024'), [
    '**`modp1024`** — value of `dh-group`',
    '⚠ **weak**: should not be used.',
    'DH group 2 (1024-bit MODP): should not be used; MikroTik advises avoiding it. It is the default.',
    'Source: ipsec.md §1.13',
  ].join('\n\n'));
});

test('a RouterOS 6 value explains its RouterOS 7 form', () => {
  assert.match(hoverText('/ip ipsec identity\nadd auth-method=rsa-sig|nature')!, /called rsa-signature before 6\.43; it is digital-signature now/);
});

test('a reference shows the defining line, in this file', () => {
  assert.equal(hoverText('/ip ipsec peer\nadd name=b address=1.2.3.4/32\n/ip ipsec identity\nadd peer=|b secret=x'), [
    '**`b`** — /ip ipsec peer',
    'Line 2 of this file:\n```routeros\nadd name=b address=1.2.3.4/32\n```',
  ].join('\n\n'));
});

test('a reference defined in another file of the workspace, secrets masked', () => {
  const text = hoverText('/ip ipsec identity\nadd peer=hu|b', { others: { 'hub.rsc': '/ip ipsec peer\nadd name=hub address=5.6.7.8 comment="x"\n' } });
  assert.equal(text, '**`hub`** — /ip ipsec peer\n\nLine 2 of `hub.rsc`:\n```routeros\nadd name=hub address=5.6.7.8 comment="x"\n```');
  const variable = hoverText(':global psk "p"\n:put $ps|k');
  assert.equal(variable, '**`$psk`**\n\nLine 1 of this file:\n```routeros\n:global psk "p"\n```');
});

test('a quoted defining line never shows a secret', () => {
  const text = hoverText(':local key [:put 1]; /ip ipsec identity add secret=hunter2 peer=a comment=$k|ey');
  assert.ok(text!.includes('secret=••••') && !text!.includes('hunter2'));
});

test('an undefined reference says so', () => {
  assert.equal(hoverText('/ip ipsec policy\nadd peer=nob|ody'), '**`nobody`** — no /ip ipsec peer item of this name is defined in this file or the workspace\'s other files.');
});

test('menus and commands', () => {
  assert.match(hoverText('/ip ipsec pe|er')!, /^\*\*\/ip ipsec peer\*\* — RouterOS menu\n\nExists in every known release\.\n\nCommands: `add` · /);
  assert.match(hoverText('/ip ipsec pe|er')!, /Reference: ipsec\.md §1\.3$/);
  assert.match(hoverText('/ip ipsec peer\na|dd name=x')!, /^\*\*add\*\* — command of `\/ip ipsec peer`/);
  assert.match(hoverText(':fore|ach i in=$x do={}')!, /^\*\*:foreach\*\* — scripting command/);
});

test('nothing to say about unknown words or blank space', () => {
  assert.equal(hoverText('/ip ipsex pe|er'), undefined);
  assert.equal(hoverText('/ip ipsec peer\n  |\n'), undefined);
});

test('an item selected by name (set x) shows its defining line; a name given (set x name=y) shows what name= is', () => {
  const script = '/ip ipsec peer\nadd name=b address=1.2.3.4/32\n';
  assert.equal(hoverText(`${script}set |b passive=no`), ['**`b`** — /ip ipsec peer', 'Line 2 of this file:\n```routeros\nadd name=b address=1.2.3.4/32\n```'].join('\n\n'));
  assert.match(hoverText(`${script}set b name=|c`) ?? '', /^\*\*`name`\*\*/);
});

test('arguments after an item selected by name (set b passive=no) have their hover', () => {
  assert.match(hoverText('/ip ipsec peer\nadd name=b address=1.2.3.4/32\nset b pass|ive=no') ?? '', /^\*\*`passive`\*\*/);
  assert.match(hoverText('/ip ipsec peer\nadd name=b address=1.2.3.4/32\nset b passive=n|o') ?? '', /no/);
});
