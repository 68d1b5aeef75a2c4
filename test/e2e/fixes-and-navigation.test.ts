// Fixing and finding one's way in the demo pair in a real VS Code: the quick fix for the secret mismatch,
// the "Other end" code lens from one router's peer to the other's, the outline in Go to Symbol, and
// "Generate Other Site" writing Boise's side from Seattle's. The expected values are read from the demo
// files, not written down twice.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Problem } from './driver';
import { demoWorkspace } from './harness';
import { scenario } from './scenario';

const seattle = readFileSync(join(demoWorkspace, 'seattle.rsc'), 'utf8').split('\n');
const boise = readFileSync(join(demoWorkspace, 'boise.rsc'), 'utf8').split('\n');

/** 1-based number of the first line that starts with `prefix`. */
function lineStartingWith(lines: string[], prefix: string): number {
  const index = lines.findIndex((line) => line.startsWith(prefix));
  assert.ok(index >= 0, `no line starts with ${prefix}`);
  return index + 1;
}

/** The value of `property=` on the first `add` line after the menu line `menu`. */
function valueUnder(lines: string[], menu: string, property: string): string {
  const add = lines[lineStartingWith(lines, menu)] ?? '';
  const value = new RegExp(`(?:^| )${property}=("[^"]*"|\\S+)`).exec(add)?.[1];
  assert.ok(value, `no ${property}= on the line after ${menu}: ${add}`);
  return value.replace(/^"|"$/g, '');
}

const seattleSecret = valueUnder(seattle, '/ip ipsec identity', 'secret');
const boiseSecret = valueUnder(boise, '/ip ipsec identity', 'secret');
const seattlePolicy = { src: valueUnder(seattle, '/ip ipsec policy', 'src-address'), dst: valueUnder(seattle, '/ip ipsec policy', 'dst-address') };

const literally = (text: string) => text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');

const mismatchOn = (file: string) => (problem: Problem) => problem.file === file && problem.severity === 'error' && /pre-shared keys differ/.test(problem.message);

scenario("the quick fix \"Use boise.rsc's secret\" ends the secret mismatch on both routers", {}, async (vscode) => {
  assert.notEqual(seattleSecret, boiseSecret, 'the demo pair keeps its deliberate mistake');
  await vscode.openFile('seattle.rsc');
  const problems = await vscode.waitForProblems((list) => list.some(mismatchOn('seattle.rsc')) && list.some(mismatchOn('boise.rsc')));
  const { line } = problems.find(mismatchOn('seattle.rsc'))!;
  assert.equal(line, lineStartingWith(seattle, '/ip ipsec identity') + 1, 'the mismatch is reported on the identity line');
  await vscode.goTo(line, 1);
  const offered = await vscode.quickFixes();
  const fix = "Use boise.rsc's secret";
  assert.ok(offered.includes(fix), `offered: ${JSON.stringify(offered)}`);
  await vscode.applyQuickFix(fix);
  await vscode.waitForProblems((list) => !list.some(mismatchOn('seattle.rsc')) && !list.some(mismatchOn('boise.rsc')));
  const text = await vscode.waitForEditorText((shown) => shown.includes(boiseSecret));
  assert.ok(!text.includes(seattleSecret), "Seattle's own secret is gone from the editor");
});

scenario('the "Other end" code lens on Seattle\'s peer opens boise.rsc at its peer', {}, async (vscode) => {
  const boisePeerLine = lineStartingWith(boise, '/ip ipsec peer') + 1;
  const title = `⇄ Other end: boise.rsc, line ${boisePeerLine} (peer ${valueUnder(boise, '/ip ipsec peer', 'name')})`;
  await vscode.openFile('seattle.rsc');
  const lenses = await vscode.waitForCodeLenses((titles) => titles.includes(title));
  assert.deepEqual(lenses, [title], 'one lens, on the one peer');
  await vscode.clickCodeLens(title);
  await vscode.waitForActiveEditor('boise.rsc', { line: boisePeerLine, column: 1 });
});

scenario("Go to Symbol in Editor lists seattle.rsc's menus in order, each followed by its items", {}, async (vscode) => {
  await vscode.openFile('seattle.rsc');
  const labels = await vscode.editorSymbols();
  const menus = seattle.filter((line) => line.startsWith('/'));
  const adds = seattle.filter((line) => line.startsWith('add '));
  assert.deepEqual(labels.filter((label) => label.startsWith('/')), menus);
  assert.equal(labels.length, menus.length + adds.length, `one entry per menu and per add line: ${JSON.stringify(labels)}`);
  const firstUnder = (menu: string) => labels[labels.indexOf(menu) + 1];
  assert.equal(firstUnder('/ip ipsec peer'), valueUnder(seattle, '/ip ipsec peer', 'name'));
  assert.equal(firstUnder('/ip ipsec profile'), valueUnder(seattle, '/ip ipsec profile', 'name'));
  assert.equal(firstUnder('/ip ipsec identity'), valueUnder(seattle, '/ip ipsec identity', 'peer'));
  assert.equal(firstUnder('/ip ipsec policy'), `${seattlePolicy.src} → ${seattlePolicy.dst}`);
});

scenario("Generate Other Site asks for Seattle's addresses and LANs, then opens Boise's side with the policy mirrored", {}, async (vscode) => {
  await vscode.openFile('seattle.rsc');
  await vscode.runCommand('RouterOS: Generate Other Site');
  const seattlePublic = valueUnder(seattle, '/ip ipsec peer', 'local-address');
  const boisePublic = valueUnder(seattle, '/ip ipsec peer', 'address').replace(/\/32$/, '');
  const questions: [RegExp, string][] = [
    [/^This router's public address/, seattlePublic],
    [/^The other router's public address/, boisePublic],
    [/^The other site's LAN/, seattlePolicy.dst],
    [/^This site's LAN/, seattlePolicy.src],
  ];
  for (const [prompt, proposed] of questions) {
    const question = await vscode.inputBoxQuestion();
    assert.match(question.prompt, prompt);
    assert.equal(question.value, proposed, `the proposal for "${question.prompt}"`);
    await vscode.acceptInputBox();
  }
  const text = await vscode.waitForEditorText((shown) => shown.startsWith('# Generated by RouterOS IPsec from seattle.rsc'));
  await vscode.waitForLanguageMode('RouterOS');
  const lines = text.split('\n');
  const policy = lines[lineStartingWith(lines, '/ip ipsec policy')] ?? '';
  assert.match(policy, new RegExp(`^add src-address=${literally(seattlePolicy.dst)} dst-address=${literally(seattlePolicy.src)} `), 'the policy, source and destination swapped');
  const peer = lines[lineStartingWith(lines, '/ip ipsec peer')] ?? '';
  assert.match(peer, new RegExp(` address=${literally(`${seattlePublic}/32`)} local-address=${literally(boisePublic)}( |$)`), "the peer points at Seattle's public address");
});

scenario("Go to Definition (F12) on the identity's peer= jumps to the peer's name in seattle.rsc", {}, async (vscode) => {
  const identityLine = lineStartingWith(seattle, '/ip ipsec identity') + 1;
  const peerLine = lineStartingWith(seattle, '/ip ipsec peer') + 1;
  const peerName = valueUnder(seattle, '/ip ipsec peer', 'name');
  const identity = seattle[identityLine - 1]!;
  const reference = identity.indexOf(`peer=${peerName}`);
  assert.ok(reference >= 0, `the identity names its peer: ${identity}`);
  await vscode.openFile('seattle.rsc');
  await vscode.waitForProblems((list) => list.some(mismatchOn('seattle.rsc')));
  await vscode.goTo(identityLine, reference + 'peer='.length + 2);
  await vscode.press('F12');
  const definition = seattle[peerLine - 1]!.indexOf(`name=${peerName}`) + 'name='.length + 1;
  await vscode.waitForActiveEditor('seattle.rsc', { line: peerLine, column: definition });
});
