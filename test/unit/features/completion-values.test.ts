import { test } from 'node:test';
import assert from 'node:assert/strict';
import { CompletionItemTag, type CompletionItem } from 'vscode-languageserver';
import { completion, rememberNames } from '../../../server/src/features/index';
import { fixtureAt, type FixtureOptions } from './fixture';

function complete(marked: string, options?: FixtureOptions): CompletionItem[] {
  const { doc, offset, workspace } = fixtureAt(marked, options);
  return completion(doc, offset, workspace);
}

function labels(marked: string, options?: FixtureOptions): string[] {
  return complete(marked, options).map((item) => item.label);
}

test('enumeration values, weak ones sorted last and marked', () => {
  const items = complete('/ip ipsec profile\nadd dh-group=|');
  const sorted = [...items].sort((a, b) => (a.sortText ?? '').localeCompare(b.sortText ?? '')).map((item) => item.label);
  assert.deepEqual(sorted.slice(-3), ['modp1024', 'modp1536', 'modp768']);
  const modp768 = items.find((item) => item.label === 'modp768')!;
  assert.deepEqual(modp768.tags, [CompletionItemTag.Deprecated]);
  assert.equal(modp768.labelDetails?.description, 'insecure');
  assert.equal(items.find((item) => item.label === 'ecp256')!.tags, undefined);
});

test('after a comma the remaining members of the list are offered', () => {
  const names = labels('/ip ipsec proposal\nadd enc-algorithms=aes-256-cbc,|');
  assert.ok(!names.includes('aes-256-cbc'));
  assert.ok(names.includes('aes-128-cbc') && names.includes('aes-256-gcm'));
});

test('a member in the middle of a list is replaced alone', () => {
  const items = complete('/ip ipsec proposal\nadd enc-algorithms=aes-256-cbc,aes-1|,aes-128-gcm');
  const cbc = items.find((item) => item.label === 'aes-128-cbc')!;
  assert.deepEqual(cbc.textEdit, { range: { start: { line: 1, character: 31 }, end: { line: 1, character: 36 } }, newText: 'aes-128-cbc' });
  assert.ok(!items.some((item) => item.label === 'aes-128-gcm'));
});

test('values exist in the file\'s release only', () => {
  assert.ok(labels('/ip ipsec profile\nadd dh-group=|', { version: '7.9' }).includes('ec2n155'));
  assert.ok(!labels('/ip ipsec profile\nadd dh-group=|', { version: '7.16' }).includes('ec2n155'));
});

test('yes and no for a boolean', () => {
  assert.deepEqual(labels('/ip ipsec peer\nadd passive=|').sort(), ['no', 'yes']);
});

test('TYPE: prefixes and keywords for my-id', () => {
  assert.deepEqual(labels('/ip ipsec identity\nadd my-id=|'), ['auto', 'dn', 'address:', 'fqdn:', 'user-fqdn:', 'key-id:']);
});

test('references offer the names defined in this file, then in the workspace\'s other files', () => {
  const script = '/ip ipsec peer\nadd name=site-b address=1.2.3.4\n/ip ipsec identity\nadd peer=|';
  const items = complete(script, { others: { 'other.rsc': '/ip ipsec peer\nadd name=hub address=5.6.7.8\n' } });
  assert.deepEqual(items.map((item) => [item.label, item.detail]), [
    ['site-b', '/ip ipsec peer · this file'],
    ['hub', '/ip ipsec peer · other.rsc'],
  ]);
});

test('built-in items are offered too (the default profile)', () => {
  const items = complete('/ip ipsec peer\nadd profile=|');
  assert.deepEqual(items.map((item) => [item.label, item.detail]), [['default', '/ip ipsec profile · built in']]);
});

test('names come from the last model built for the file, not from a parse per keystroke', () => {
  const first = fixtureAt('/ip ipsec peer\nadd name=old\n/ip ipsec identity\nadd peer=|');
  rememberNames(first.doc);
  const edited = first.workspace.update(first.doc.uri, '/ip ipsec peer\nadd name=renamed\n/ip ipsec identity\nadd peer=', 2);
  const names = completion(edited, edited.text.length, first.workspace).map((item) => item.label);
  assert.deepEqual(names, ['old']);
});

test('find name= offers the names of the menu it searches', () => {
  assert.deepEqual(labels('/ip ipsec peer\nadd name=a\nadd name=b\nset [ find name=| ] disabled=yes'), ['a', 'b']);
});

test('no values for an argument that takes free text', () => {
  assert.deepEqual(labels('/ip ipsec peer\nadd comment=|'), []);
});

test('an address list is offered once, whatever the number of its entries', () => {
  const entries = Array.from({ length: 30 }, (_, i) => `add address=10.0.0.${i} list=${i % 2 ? 'bad' : 'good'}`).join('\n');
  assert.deepEqual(labels(`/ip firewall address-list\n${entries}\n/ip firewall filter\nadd chain=input src-address-list=|`), ['good', 'bad']);
});
