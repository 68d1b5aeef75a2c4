import { test } from 'node:test';
import assert from 'node:assert/strict';
import { CompletionItemTag, type CompletionItem } from 'vscode-languageserver';
import { completion } from '../../../server/src/features/index';
import { fixtureAt, type FixtureOptions } from './fixture';

function complete(marked: string, options?: FixtureOptions): CompletionItem[] {
  const { doc, offset, workspace } = fixtureAt(marked, options);
  return completion(doc, offset, workspace);
}

function labels(marked: string, options?: FixtureOptions): string[] {
  return complete(marked, options).map((item) => item.label);
}

function item(marked: string, label: string, options?: FixtureOptions): CompletionItem {
  const found = complete(marked, options).find((candidate) => candidate.label === label);
  assert.ok(found, `no item ${label} for ${marked}`);
  return found;
}

const IPSEC_CHILDREN = ['active-peers', 'identity', 'installed-sa', 'key', 'mode-config', 'peer', 'policy', 'profile', 'proposal', 'settings', 'statistics'];

test('menu segments after a space-separated path and after a slash path', () => {
  assert.deepEqual(labels('/ip ipsec |'), ['export', ...IPSEC_CHILDREN]);
  assert.deepEqual(labels('/ip/ipsec/|'), ['export', ...IPSEC_CHILDREN]);
});

test('a partly typed segment is replaced as a whole', () => {
  const peer = item('/ip/ipsec/pe|', 'peer');
  assert.deepEqual(peer.textEdit, { range: { start: { line: 0, character: 10 }, end: { line: 0, character: 12 } }, newText: 'peer' });
});

test('commands of the current menu on a new line under a menu line', () => {
  assert.deepEqual(labels('/ip ipsec peer\n|'), ['add', 'comment', 'disable', 'edit', 'enable', 'export', 'find', 'get', 'print', 'remove', 'reset', 'set']);
});

test('the current menu is the nearest menu line above, past lines that run elsewhere', () => {
  const text = '/ip ipsec proposal\nadd name=p1\n/ip/ipsec/peer/add name=x\nadd |';
  assert.ok(labels(text).includes('enc-algorithms'));
  assert.ok(!labels(text).includes('exchange-mode'));
});

test('argument names of the command, minus those already given, insert name=', () => {
  const names = labels('/ip ipsec peer\nadd name=a address=1.2.3.4 |');
  assert.deepEqual(names, ['comment', 'copy-from', 'disabled', 'exchange-mode', 'local-address', 'passive', 'port', 'ppk-secret', 'profile', 'send-initial-contact']);
  const port = item('/ip ipsec peer\nadd |', 'port');
  assert.deepEqual(port.textEdit?.newText, 'port=');
  assert.match((port.documentation as { value: string }).value, /Default: `500`/);
});

test('typing over an existing name inserts only the name', () => {
  const profile = item('/ip ipsec peer\nadd prof|=x', 'profile');
  assert.equal(profile.textEdit?.newText, 'profile');
});

test('argument names are version-aware', () => {
  assert.ok(labels('/ip ipsec peer\nadd |', { version: '7.24' }).includes('ppk-secret'));
  assert.ok(!labels('/ip ipsec peer\nadd |', { version: '7.9' }).includes('ppk-secret'));
});

test('RouterOS 6 peer settings are offered in a 6.x file, marked deprecated after 6.43', () => {
  const secret = item('/ip ipsec peer\nadd |', 'secret', { version: '6.45' });
  assert.deepEqual(secret.tags, [CompletionItemTag.Deprecated]);
  assert.equal(item('/ip ipsec peer\nadd |', 'secret', { version: '6.40' }).tags, undefined);
  assert.ok(!labels('/ip ipsec peer\nadd |', { version: '7.16' }).includes('secret'));
});

test('scripting commands after a colon', () => {
  const names = labels(':fo|');
  assert.ok(names.includes('foreach') && names.includes('global') && names.includes('if'));
  assert.ok(!names.includes('peer'));
});

test('arguments of a scripting command', () => {
  assert.deepEqual(labels(':foreach i in=$list |'), ['counter', 'do', 'on-error']);
});

test('inside a do={ } body the block runs in the menu of its statement', () => {
  assert.ok(labels('/ip ipsec proposal\n:if ($x) do={\n  add |\n}').includes('pfs-group'));
});

test('the root menu offers top-level menus and commands', () => {
  const names = labels('/|');
  assert.ok(names.includes('ip') && names.includes('interface') && names.includes('export'));
});

test('nothing is offered inside a comment or after an unknown menu word', () => {
  assert.deepEqual(labels('# /ip ipsec |'), []);
  assert.deepEqual(labels('/ip ipsex peer add |'), []);
});

test('variables after $: this file\'s declarations, then the globals of other files', () => {
  const marked = ':global site "b"\n:local "my-var" 1\n:foreach peer in=$list do={ :put $| }';
  const items = complete(marked, { others: { 'lib.rsc': ':global shared 1\n:local hidden 2\n' } });
  assert.deepEqual(items.map((it) => [it.label, it.detail, it.textEdit?.newText]), [
    ['site', ':global', 'site'],
    ['my-var', ':local', '"my-var"'],
    ['peer', 'loop counter', 'peer'],
    ['shared', ':global · lib.rsc', 'shared'],
  ]);
  assert.deepEqual(labels(':local "my-var" 1\n:put $"my|"'), ['my-var']);
});

test('after an item selected by name (set b …), argument names and values complete as after add', () => {
  const script = '/ip ipsec peer\nadd name=b address=1.2.3.4/32\n';
  assert.ok(labels(`${script}set b pas|`).includes('passive'));
  assert.ok(labels(`${script}set b passive=no exch|`).includes('exchange-mode'));
  assert.ok(labels(`${script}set b exchange-mode=|`).includes('ike2'));
  assert.ok(labels(`${script}set "my b" exchange-mode=|`).includes('ike2'), 'a quoted selector');
  // A menu of settings has no items to select: the word after set is an argument.
  assert.ok(labels('/ip ipsec settings\nset xauth|').some((label) => label.startsWith('xauth')));
});
