// Finding one's way through the demo pair in a real VS Code, beyond the outline and Go to Definition: Go to
// References on named items (within one router: never across to the other end of the tunnel), folding menu sections, the hover
// that quotes the line defining a referenced item, and the quick fix that migrates a RouterOS 6 peer to the
// RouterOS 7 form. Lines and columns are read from the demo files, not written down twice.
import assert from 'node:assert/strict';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Problem, ReferenceLocation, VSCodeDriver } from './driver';
import { boise, lineStartingWith, literally, mismatchOn, seattle, valueUnder } from './demo-lines';
import { scenario } from './scenario';

/** 1-based numbers of the lines of the section that the menu line `menu` starts (up to the next menu line). */
function sectionOf(lines: string[], menu: string): number[] {
  const start = lineStartingWith(lines, menu);
  const next = lines.findIndex((line, index) => index >= start && line.startsWith('/'));
  return Array.from({ length: (next < 0 ? lines.length : next) - start }, (_, index) => start + index + 1)
    .filter((line) => lines[line - 1]!.trim() !== '');
}

/**
 * Where `property=value` is written in a file, as Find References shows it: the 1-based line and the
 * column of the value. With `menu`, only in that menu's section.
 */
function placesOf(lines: string[], file: string, property: string, value: string, menu?: string): ReferenceLocation[] {
  const within = menu ? new Set(sectionOf(lines, menu)) : undefined;
  const pattern = new RegExp(`(?:^| )${property}=(${literally(value)})(?= |$)`, 'g');
  return lines.flatMap((text, index) => {
    if (within && !within.has(index + 1)) return [];
    return [...text.matchAll(pattern)].map((match) => ({ file, line: index + 1, column: match.index! + match[0].length - value.length + 1 }));
  });
}

const inOrder = (places: ReferenceLocation[]) => [...places].sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column);
const only = <T>(list: T[], what: string): T => {
  assert.equal(list.length, 1, `exactly one ${what}: ${JSON.stringify(list)}`);
  return list[0]!;
};

scenario("Go to References (Shift+F12) lists where a peer, a profile and an interface are named in seattle.rsc, not in boise.rsc, the other router", {}, async (vscode) => {
  const peer = valueUnder(seattle, '/ip ipsec peer', 'name');
  const profile = valueUnder(seattle, '/ip ipsec profile', 'name');
  const bridge = valueUnder(seattle, '/interface bridge', 'name');
  assert.equal(valueUnder(seattle, '/ip ipsec proposal', 'name'), profile, 'the demo names its proposal as its profile: references must tell them apart');
  await vscode.openFile('seattle.rsc');
  // Both files checked: the server has read the whole workspace.
  await vscode.waitForProblems((list) => list.some(mismatchOn('seattle.rsc')) && list.some(mismatchOn('boise.rsc')));

  // The peer, from the identity's peer=: its definition, then the identity and the policy that name it.
  const peerDefinition = only(placesOf(seattle, 'seattle.rsc', 'name', peer, '/ip ipsec peer'), 'peer definition');
  const peerUses = placesOf(seattle, 'seattle.rsc', 'peer', peer);
  assert.deepEqual(peerUses.map(({ line }) => line), [lineStartingWith(seattle, '/ip ipsec identity') + 1, lineStartingWith(seattle, '/ip ipsec policy') + 1]);
  await vscode.goTo(peerUses[0]!.line, peerUses[0]!.column + 1);
  assert.deepEqual(inOrder(await vscode.peekReferences()), inOrder([peerDefinition, ...peerUses]), `the references of peer ${peer}`);

  // The profile, from its definition: the server lists it and the peer's profile=, not the proposal of the same
  // name. VS Code's Go to References asks again without the declaration when there are two places, and with
  // one left goes straight to it instead of opening the peek: with the proposal's lines listed, it would peek.
  const profileDefinition = only(placesOf(seattle, 'seattle.rsc', 'name', profile, '/ip ipsec profile'), 'profile definition');
  const profileUse = only(placesOf(seattle, 'seattle.rsc', 'profile', profile), 'profile= use');
  await vscode.goTo(profileDefinition.line, profileDefinition.column + 1);
  await vscode.press('Shift+F12');
  await vscode.waitForActiveEditor('seattle.rsc', { line: profileUse.line, column: profileUse.column });

  // The LAN bridge, named alike on both routers: boise.rsc is the other end of the tunnel, another router, so
  // only seattle.rsc's two places are listed — and, as for the profile, Go to References from the definition
  // goes straight to the one use instead of peeking (with boise.rsc's places listed, it would peek).
  assert.equal(valueUnder(boise, '/interface bridge', 'name'), bridge, 'boise.rsc names its bridge alike: references must not cross to it');
  const bridgeDefinition = only(placesOf(seattle, 'seattle.rsc', 'name', bridge, '/interface bridge'), 'bridge definition');
  const bridgeUse = only(placesOf(seattle, 'seattle.rsc', 'interface', bridge), 'interface= use in seattle.rsc');
  await vscode.goTo(bridgeDefinition.line, bridgeDefinition.column + 1);
  await vscode.press('Shift+F12');
  await vscode.waitForActiveEditor('seattle.rsc', { line: bridgeUse.line, column: bridgeUse.column });
});

/** Runs Fold at a line, and again while VS Code has no folding range there yet (the server may be starting). */
async function foldAt(vscode: VSCodeDriver, line: number, folded: (lines: number[]) => boolean): Promise<number[]> {
  for (let attempt = 1; ; attempt++) {
    await vscode.goTo(line, 1);
    await vscode.runCommand('Fold');
    try {
      return await vscode.waitForVisibleLines(folded, 5000);
    } catch (error) {
      if (attempt >= 12) throw error;
    }
  }
}

scenario('folding hides a menu section of seattle.rsc, and Fold All leaves the menu lines and the header', {}, async (vscode) => {
  const filter = lineStartingWith(seattle, '/ip firewall filter');
  const section = sectionOf(seattle, '/ip firewall filter');
  const next = lineStartingWith(seattle.slice(filter), '/') + filter;
  assert.ok(section.length >= 5 && section.at(-1) === next - 1, `the filter section is lines ${section.join(', ')}, then ${next}`);
  await vscode.openFile('seattle.rsc');
  await vscode.goTo(filter, 1);
  await vscode.waitForVisibleLines((lines) => [filter, ...section, next].every((line) => lines.includes(line)));

  const folded = await foldAt(vscode, filter, (lines) => lines.includes(filter) && !section.some((line) => lines.includes(line)));
  assert.equal(folded[folded.indexOf(filter) + 1], next, `after the folded section comes the next menu line: ${JSON.stringify(folded)}`);

  // Every range folded: a flat file has no indentation to fold by, so what stays is where the server's ranges
  // start (the first of the header's comment lines, each menu line) and the empty line after the last command.
  const header = seattle.findIndex((line) => !line.startsWith('#'));
  assert.ok(header >= 2, 'the export starts with a run of comment lines');
  const menus = seattle.flatMap((line, index) => (line.startsWith('/') ? [index + 1] : []));
  const ending = seattle.at(-1) === '' ? [seattle.length] : [];
  await vscode.runCommand('Fold All');
  await vscode.goTo(1, 1);
  const allFolded = await vscode.waitForVisibleLines((lines) => !lines.includes(2) && !lines.includes(menus[0]! + 1));
  assert.deepEqual(allFolded, [1, ...menus, ...ending]);

  await vscode.runCommand('Unfold All');
  await vscode.goTo(filter, 1);
  await vscode.waitForVisibleLines((lines) => section.every((line) => lines.includes(line)));
});

scenario('hovering a reference shows the line that defines the item it names', {}, async (vscode) => {
  const peer = valueUnder(seattle, '/ip ipsec peer', 'name');
  const profile = valueUnder(seattle, '/ip ipsec profile', 'name');
  const peerLine = lineStartingWith(seattle, '/ip ipsec peer') + 1;
  const profileLine = lineStartingWith(seattle, '/ip ipsec profile') + 1;
  const proposalLine = lineStartingWith(seattle, '/ip ipsec proposal') + 1;
  const flat = (text: string) => text.replace(/\s+/g, ' ').trim();
  await vscode.openFile('seattle.rsc');

  const identityPeer = only(placesOf(seattle, 'seattle.rsc', 'peer', peer, '/ip ipsec identity'), "the identity's peer=");
  const peerHover = flat(await vscode.hoverAtPosition(identityPeer.line, identityPeer.column + 1));
  assert.match(peerHover, new RegExp(`^\\W*${peer}\\W* — /ip ipsec peer`), `the hover names the peer: ${peerHover}`);
  assert.ok(peerHover.includes(`Line ${peerLine} of this file:`), `the hover gives the peer's line ${peerLine}: ${peerHover}`);
  assert.ok(peerHover.includes(flat(seattle[peerLine - 1]!)), `the hover quotes the peer's line: ${peerHover}`);

  const peerProfile = only(placesOf(seattle, 'seattle.rsc', 'profile', profile), "the peer's profile=");
  const profileHover = flat(await vscode.hoverAtPosition(peerProfile.line, peerProfile.column + 1));
  assert.ok(profileHover.includes(`Line ${profileLine} of this file:`), `the hover gives the profile's line ${profileLine}: ${profileHover}`);
  assert.ok(profileHover.includes(flat(seattle[profileLine - 1]!)), `the hover quotes the profile's line: ${profileHover}`);
  assert.ok(!profileHover.includes(`Line ${proposalLine} `), `not the proposal of the same name: ${profileHover}`);
});

scenario("Rename Symbol (F2) on Seattle's interface=bridge-lan renames its bridge and every use, and leaves Boise's bridge of the same name; on ether1, which no file defines, it says why it cannot", {}, async (vscode) => {
  const bridge = valueUnder(seattle, '/interface bridge', 'name');
  assert.equal(valueUnder(boise, '/interface bridge', 'name'), bridge, 'boise.rsc names its bridge alike');
  const renamed = `${bridge}-sea`;
  const naming = (lines: string[], name: string) => lines.filter((line) => new RegExp(`(?:^| )(?:name|interface)=${literally(name)}(?= |$)`).test(line)).length;
  const places = naming(seattle, bridge);
  assert.ok(places >= 2, `seattle.rsc defines the bridge and uses it: ${places}`);
  await vscode.openFile('seattle.rsc');
  // Both files checked, so the server knows they are the two ends of a tunnel.
  await vscode.waitForProblems((list) => list.some(mismatchOn('seattle.rsc')) && list.some(mismatchOn('boise.rsc')));
  const use = only(placesOf(seattle, 'seattle.rsc', 'interface', bridge), 'interface= use in seattle.rsc');
  await vscode.goTo(use.line, use.column + 1);
  await vscode.renameSymbol(renamed);
  const text = await vscode.waitForEditorText((current) => naming(current.split('\n'), renamed) === places);
  assert.equal(naming(text.split('\n'), bridge), 0, `no line of seattle.rsc names ${bridge} any more:\n${text}`);
  await vscode.openFile('boise.rsc');
  const other = await vscode.waitForEditorText((current) => current.includes('/ip ipsec peer'));
  const lines = (all: string) => all.split('\n').map((line) => line.trimEnd()).filter((line) => line !== '');
  assert.deepEqual(lines(other), lines(boise.join('\n')), 'boise.rsc is as it was');

  // An interface the scripts use but do not define (the router's own ethernet port): refused, with the reason.
  await vscode.openFile('seattle.rsc');
  const wan = placesOf(seattle, 'seattle.rsc', 'interface', 'ether1')[0]!;
  await vscode.goTo(wan.line, wan.column + 1);
  await assert.rejects(vscode.renameSymbol('wan'), /No file of this router defines the interface item `ether1`/);
});

/** A workspace of its own: only the pasted RouterOS 6 script, with nothing to pair it with. */
const legacyWorkspace = mkdtempSync(join(tmpdir(), 'routeros-e2e-legacy-'));
const legacyPeer = {
  name: 'branch', address: '198.51.100.7/32', 'exchange-mode': 'ike2',
  'auth-method': 'pre-shared-key', secret: 'v6-era-secret',
  'enc-algorithm': 'aes-256', 'hash-algorithm': 'sha256', 'dh-group': 'modp2048',
};
const legacyScript = [
  '# A RouterOS 6 peer pasted into a RouterOS 7 script',
  '/ip ipsec peer',
  `add ${Object.entries(legacyPeer).map(([property, value]) => `${property}=${value}`).join(' ')}`,
  '',
].join('\n');
const MIGRATE = 'Migrate this RouterOS 6 peer to profile + peer + identity';

scenario('the quick fix migrates a RouterOS 6 peer to profile + peer + identity, and the legacy-syntax errors go', { workspace: legacyWorkspace, files: { 'legacy.rsc': legacyScript }, settings: { 'routeros.version': '7.18' } }, async (vscode) => {
  const lines = legacyScript.split('\n');
  const peerLine = lineStartingWith(lines, 'add ');
  const legacy = (problem: Problem) => problem.file === 'legacy.rsc' && /is RouterOS 6 syntax/.test(problem.message);
  await vscode.openFile('legacy.rsc');
  const before = (await vscode.waitForProblems((list) => list.filter(legacy).length >= 5)).filter(legacy);
  const moved = ['auth-method', 'secret', 'enc-algorithm', 'hash-algorithm', 'dh-group'];
  assert.deepEqual(before.map((problem) => /^`([\w-]+)`/.exec(problem.message)?.[1]).sort(), [...moved].sort(), JSON.stringify(before));
  assert.ok(before.every((problem) => problem.severity === 'error' && problem.line === peerLine), JSON.stringify(before));

  await vscode.goTo(peerLine, lines[peerLine - 1]!.indexOf(' secret=') + 2);
  const offered = await vscode.quickFixes();
  assert.ok(offered.includes(MIGRATE), `offered: ${JSON.stringify(offered)}`);
  await vscode.applyQuickFix(MIGRATE);
  await vscode.waitForProblems((list) => !list.some(legacy));

  const text = await vscode.waitForEditorText((shown) => shown.includes('/ip ipsec identity add '));
  const migrated = text.split('\n');
  const command = (prefix: string) => only(migrated.filter((line) => line.startsWith(prefix)), `line starting with ${prefix}`);
  const has = (line: string, property: string, value: string) => assert.ok(` ${line} `.includes(` ${property}=${value} `), `${property}=${value} in: ${line}`);
  const profileLine = command('/ip ipsec profile add ');
  const profileName = /(?:^| )name=(\S+)/.exec(profileLine)?.[1] ?? '';
  assert.ok(profileName, `the new profile has a name: ${profileLine}`);
  for (const property of ['enc-algorithm', 'hash-algorithm', 'dh-group'] as const) has(profileLine, property, legacyPeer[property]);
  const peerAdd = command('/ip ipsec peer add ');
  for (const property of ['name', 'address', 'exchange-mode'] as const) has(peerAdd, property, legacyPeer[property]);
  has(peerAdd, 'profile', profileName);
  assert.ok(!moved.some((property) => peerAdd.includes(` ${property}=`)), `nothing RouterOS 7 rejects stays on the peer: ${peerAdd}`);
  const identity = command('/ip ipsec identity add ');
  has(identity, 'peer', legacyPeer.name);
  for (const property of ['auth-method', 'secret'] as const) has(identity, property, legacyPeer[property]);
  assert.ok(!migrated.some((line) => line.startsWith('add ')), `the RouterOS 6 line is gone: ${JSON.stringify(text)}`);
});
