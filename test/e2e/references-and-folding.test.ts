// Finding one's way through the demo pair in a real VS Code, beyond the outline and Go to Definition: Go to
// References on named items (in one file and across both routers' files), folding menu sections, the hover
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

scenario('Go to References (Shift+F12) lists where a peer, a profile and an interface are named, in seattle.rsc and across to boise.rsc', {}, async (vscode) => {
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

  // The LAN bridge, from /ip address interface=: named the same on both routers, so both files are listed.
  const bridgeUse = only(placesOf(seattle, 'seattle.rsc', 'interface', bridge), 'interface= use in seattle.rsc');
  await vscode.goTo(bridgeUse.line, bridgeUse.column + 1);
  const expected = [seattle, boise].flatMap((lines, index) => {
    const file = index === 0 ? 'seattle.rsc' : 'boise.rsc';
    return [...placesOf(lines, file, 'name', bridge, '/interface bridge'), ...placesOf(lines, file, 'interface', bridge)];
  });
  assert.equal(expected.filter(({ file }) => file === 'boise.rsc').length, 2, "boise.rsc defines and uses a bridge of the same name");
  assert.deepEqual(inOrder(await vscode.peekReferences()), inOrder(expected), `the references of interface ${bridge}`);
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
