import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Location } from 'vscode-languageserver';
import { definition, references } from '../../../server/src/features/index';
import { fixtureAt, type FixtureOptions } from './fixture';

/** Locations as `file:line:column-column`. */
function places(locations: readonly Location[]): string[] {
  return locations.map((location) => `${location.uri.slice(location.uri.lastIndexOf('/') + 1)}:${location.range.start.line}:${location.range.start.character}-${location.range.end.character}`);
}

function definitionsAt(marked: string, options?: FixtureOptions): string[] {
  const { doc, offset, workspace } = fixtureAt(marked, options);
  return places(definition(doc, offset, workspace));
}

function referencesAt(marked: string, includeDeclaration: boolean, options?: FixtureOptions): string[] {
  const { doc, offset, workspace } = fixtureAt(marked, options);
  return places(references(doc, offset, workspace, includeDeclaration));
}

const SCRIPT = '/ip ipsec peer\nadd name=b address=1.2.3.4/32\n/ip ipsec identity\nadd peer=b\n/ip ipsec policy\nadd peer=b dst-address=10.2.0.0/24\n';

test('definition of a peer reference', () => {
  assert.deepEqual(definitionsAt(SCRIPT.replace('add peer=b\n', 'add peer=|b\n')), ['main.rsc:1:9-10']);
});

test('definition in another file of the workspace', () => {
  const others = { 'hub.rsc': '/ip ipsec profile\nadd name=strong\n' };
  assert.deepEqual(definitionsAt('/ip ipsec peer\nadd name=x profile=str|ong', { others }), ['hub.rsc:1:9-15']);
});

test('references of a peer from its definition, with and without the declaration', () => {
  const marked = SCRIPT.replace('add name=b', 'add name=|b');
  assert.deepEqual(referencesAt(marked, true), ['main.rsc:1:9-10', 'main.rsc:3:9-10', 'main.rsc:5:9-10']);
  assert.deepEqual(referencesAt(marked, false), ['main.rsc:3:9-10', 'main.rsc:5:9-10']);
});

test('references across files, interfaces from any interface menu', () => {
  const others = { 'fw.rsc': '/ip firewall filter\nadd chain=input in-interface=gre-b\n' };
  assert.deepEqual(referencesAt('/interface gre\nadd name=gre-|b remote-address=1.2.3.4', true, { others }), ['main.rsc:1:9-14', 'fw.rsc:1:29-34']);
  assert.deepEqual(definitionsAt('/ip address\nadd address=10.0.0.1/30 interface=gre-|b', { others: { 'gre.rsc': '/interface gre\nadd name=gre-b\n' } }), ['gre.rsc:1:9-14']);
});

test('variables: definition and references, globals across files', () => {
  const marked = ':global site "b"\n:put $si|te\n';
  assert.deepEqual(definitionsAt(marked), ['main.rsc:0:8-12']);
  const others = { 'lib.rsc': ':global site\n:put "$site"\n' };
  assert.deepEqual(referencesAt(marked, true, { others }), ['main.rsc:0:8-12', 'main.rsc:1:5-10', 'lib.rsc:0:8-12', 'lib.rsc:1:6-11']);
  assert.deepEqual(referencesAt(':local n 1\n:put $|n\n', false, { others: { 'other.rsc': ':local n 2\n:put $n\n' } }), ['main.rsc:1:5-7']);
});

test('nothing for keywords and plain values', () => {
  assert.deepEqual(definitionsAt('/ip ipsec identity\nadd mode-config=no|ne'), []);
  assert.deepEqual(definitionsAt('/ip ipsec peer\nadd exchange-mode=ik|e2'), []);
});

test('an address list is defined by its entries: a few of them, not thousands', () => {
  const entries = Array.from({ length: 12 }, (_, i) => `add address=10.0.0.${i} list=bad`).join('\n');
  const marked = `/ip firewall address-list\n${entries}\n/ip firewall filter\nadd chain=input src-address-list=b|ad action=drop\n`;
  assert.deepEqual(definitionsAt(marked), ['main.rsc:1:26-29', 'main.rsc:2:26-29', 'main.rsc:3:26-29', 'main.rsc:4:26-29', 'main.rsc:5:26-29']);
});

test('an item selected by name (set x, get x, set "x") goes to its definition; a print number does not', () => {
  const script = '/ip ipsec peer\nadd name=b address=1.2.3.4/32\nadd name="my hub" address=5.6.7.8/32\n';
  assert.deepEqual(definitionsAt(`${script}set |b passive=no\n`), ['main.rsc:1:9-10']);
  assert.deepEqual(definitionsAt(`${script}:put [get |b address]\n`), ['main.rsc:1:9-10']);
  assert.deepEqual(definitionsAt(`${script}/ip ipsec peer set "my |hub" disabled=yes\n`), ['main.rsc:2:9-17']);
  assert.deepEqual(definitionsAt(`${script}set |0 passive=no\n`), []);
  assert.deepEqual(referencesAt(`${script}set |b passive=no\n/ip ipsec identity\nadd peer=b\n`, false), ['main.rsc:3:4-5', 'main.rsc:5:9-10']);
});
