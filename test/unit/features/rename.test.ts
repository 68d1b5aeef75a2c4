// Rename (F2): every place a router names the item, written the way each place needs; refused, with the
// reason, when the script would be left wrong.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { WorkspaceEdit } from 'vscode-languageserver';
import { prepareRename, rename, type RenameRefusal } from '../../../server/src/features/index';
import { WorkspaceChecker } from '../../../server/src/check';
import { fixtureAt, type FixtureOptions } from './fixture';

/** The texts of the workspace after the rename at the cursor (`|`), by file name; or the refusal. */
function renamed(marked: string, newName: string, options?: FixtureOptions): Record<string, string> | string {
  const { doc, offset, workspace } = fixtureAt(marked, options);
  if (options?.others) new WorkspaceChecker(workspace).run();
  const edit: WorkspaceEdit | RenameRefusal = rename(doc, offset, newName, workspace);
  if ('refused' in edit) return `refused: ${edit.refused}`;
  const out: Record<string, string> = {};
  for (const [uri, edits] of Object.entries(edit.changes ?? {})) {
    const text = workspace.get(uri)!.text;
    out[uri.slice(uri.lastIndexOf('/') + 1)] = TextDocument.applyEdits(TextDocument.create(uri, 'routeros', 1, text), edits);
  }
  return out;
}

const PEERS = `/ip ipsec peer
add name=|boise address=198.51.100.1/32 exchange-mode=ike2
set boise passive=no
set [ find name=boise ] comment="to Boise"
set [ find where name=boise ] disabled=no
/ip ipsec identity
add peer=boise secret=s3cret
/ip ipsec policy
add peer=boise src-address=10.1.0.0/24 dst-address=10.2.0.0/24 tunnel=yes
`;

test('renaming a peer from its definition changes the definition, every reference and every selection by name', () => {
  assert.deepEqual(renamed(PEERS, 'boise-office'), { 'main.rsc': PEERS.replace('|', '').replaceAll('boise', 'boise-office').replace('"to Boise"', '"to Boise"') });
});

test('renaming from a use gives the same edits; a name that needs quotes is quoted, and escaped inside strings', () => {
  const fromUse = PEERS.replace('name=|boise', 'name=boise').replace('add peer=boise secret', 'add peer=boi|se secret');
  assert.deepEqual(renamed(fromUse, 'boise-office'), renamed(PEERS, 'boise-office'));
  const quoted = renamed(PEERS, 'Boise "main" $1');
  assert.equal(typeof quoted, 'object');
  const text = (quoted as Record<string, string>)['main.rsc']!;
  assert.match(text, /^add name="Boise \\"main\\" \\\$1" address=/m);
  assert.match(text, /^set "Boise \\"main\\" \\\$1" passive=no$/m);
  assert.match(text, /^set \[ find name="Boise \\"main\\" \\\$1" \] comment/m);
  assert.match(text, /^add peer="Boise \\"main\\" \\\$1" secret=/m);
});

test('an address list: its entries, and each rule that names it, also inside a quoted list', () => {
  const marked = '/ip firewall address-list\nadd address=10.0.0.1 list=|lan\nadd address=10.0.0.2 list=lan\n/ip firewall filter\nadd chain=forward src-address-list=lan action=accept\nadd chain=forward dst-address-list="lan" action=accept\n';
  assert.deepEqual(renamed(marked, 'office lan'), {
    'main.rsc': '/ip firewall address-list\nadd address=10.0.0.1 list="office lan"\nadd address=10.0.0.2 list="office lan"\n/ip firewall filter\nadd chain=forward src-address-list="office lan" action=accept\nadd chain=forward dst-address-list="office lan" action=accept\n',
  });
});

test('variables: declarations bare, uses with their $, in strings too', () => {
  assert.deepEqual(renamed(':global site "b"\n:put $si|te\n:put "at $site"\n:set site "c"\n', 'office'), { 'main.rsc': ':global office "b"\n:put $office\n:put "at $office"\n:set office "c"\n' });
  assert.match(renamed(':local n 1\n:put $|n\n', 'two-words') as string, /^refused: `two-words`: a variable name/);
});

test("renaming across a router's files, never into the other end of its tunnel", () => {
  const site = (own: string, other: string, lan: string, otherLan: string) =>
    `/ip address\nadd address=${own}/24 interface=ether1\n/ip ipsec profile\nadd name=site\n/ip ipsec peer\nadd name=other address=${other}/32 profile=site exchange-mode=ike2\n/ip ipsec identity\nadd peer=other secret=s3cret\n/ip ipsec policy\nadd peer=other src-address=${lan}/24 dst-address=${otherLan}/24 tunnel=yes\n`;
  const a = site('203.0.113.1', '198.51.100.1', '10.1.0.0', '10.2.0.0').replace('profile=site', 'profile=si|te').replace('/ip ipsec profile\nadd name=site\n', '');
  const result = renamed(a, 'ike2-site', { others: { 'profiles.rsc': '/ip ipsec profile\nadd name=site dh-group=ecp256\n', 'b.rsc': site('198.51.100.1', '203.0.113.1', '10.2.0.0', '10.1.0.0') } });
  assert.deepEqual(Object.keys(result).sort(), ['main.rsc', 'profiles.rsc'], 'b.rsc is the other router: its own profile `site` stays');
  assert.match((result as Record<string, string>)['profiles.rsc']!, /add name=ike2-site dh-group/);
});

test('refusals say why', () => {
  assert.match(renamed('/ip ipsec peer\nadd name=x address=1.2.3.4/32 profile=defa|ult\n', 'p') as string, /^refused: `default` is built into RouterOS/);
  assert.match(renamed('/ip address\nadd address=10.0.0.1/24 interface=eth|er1\n', 'wan') as string, /^refused: No file of this router defines/);
  assert.match(renamed(PEERS.replace('/ip ipsec identity', '/ip ipsec peer\nadd name=seattle address=203.0.113.1/32\n/ip ipsec identity'), 'seattle') as string, /^refused: This router already has an item called `seattle` in ip ipsec peer \(main\.rsc, line 7\)/);
  assert.match(renamed('/ip ipsec mode-config\nadd name=|rw\n/ip ipsec identity\nadd peer=p mode-config=rw\n', 'none') as string, /^refused: `none` is a keyword/);
  assert.match(renamed('/ip firewall address-list\nadd address=10.0.0.1 list=|a\n/ip firewall filter\nadd chain=forward src-address-list=a,b\n', 'a b') as string, /^refused: `a b` needs quotes, but on line 4 of main\.rsc/);
  assert.match(renamed('/ip ipsec pe|er\nadd name=x\n', 'y') as string, /^refused: Only the name of an item/);
  assert.match(renamed(PEERS, '') as string, /^refused: A name cannot be empty/);
});

test('prepare: the range of the name under the cursor and the name itself; a refusal where nothing can be renamed', () => {
  const { doc, offset, workspace } = fixtureAt('/ip ipsec identity\nadd peer="my pe|er" secret=x\n/ip ipsec peer\nadd name="my peer" address=1.2.3.4/32\n');
  assert.deepEqual(prepareRename(doc, offset, workspace), { range: { start: { line: 1, character: 10 }, end: { line: 1, character: 17 } }, placeholder: 'my peer' });
  const keyword = fixtureAt('/ip ipsec peer\nadd name=x exchange-mode=ik|e2\n');
  assert.ok('refused' in prepareRename(keyword.doc, keyword.offset, keyword.workspace));
});

test("a script's [ … ] are renamed too: finds with their menu written, a find by another menu's reference, get", () => {
  const marked = `/ip ipsec peer
add name=|hq address=192.0.2.1/32
/ip ipsec identity
add peer=hq secret=s3cret-s3cret-s3cret
set [ find peer=hq ] comment="the hub"
:local ids [/ip ipsec identity find peer=hq]
:foreach p in=[/ip ipsec peer find where name="hq"] do={ :put [/ip ipsec peer get $p address] }
:put [/ip ipsec peer get hq address]
/ip ipsec peer get hq address
/ip ipsec policy print where peer~"hq"
`;
  const expected = marked.replace('|', '').replace(/(name=|peer=|name="|get )hq\b/g, '$1head-office').replace('peer~"head-office"', 'peer~"hq"');
  assert.deepEqual(renamed(marked, 'head-office'), { 'main.rsc': expected });
  assert.match(expected, /peer~"hq"/, 'a pattern (~) is not a name: left as written');
});
