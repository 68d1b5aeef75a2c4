// What a user sees when editing RouterOS scripts in a real VS Code with the packaged extension.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { boise, seattle, valueUnder } from './demo-lines';
import { scenario } from './scenario';

/** 1-based number of the first line of a workspace file that starts with `prefix`. */
function lineStartingWith(workspace: string, file: string, prefix: string): number {
  const index = readFileSync(join(workspace, file), 'utf8').split('\n').findIndex((line) => line.startsWith(prefix));
  assert.ok(index >= 0, `${file} has no line starting with ${prefix}`);
  return index + 1;
}

scenario('a .rsc file opens in language mode RouterOS with coloured tokens', {}, async (vscode) => {
  await vscode.openFile('seattle.rsc');
  await vscode.waitForLanguageMode('RouterOS');
  const peerLine = lineStartingWith(vscode.workspace, 'seattle.rsc', '/ip ipsec peer') + 1; // add address=… exchange-mode=ike2 …
  const colours = await vscode.tokenColorsOnLine(peerLine);
  assert.ok(colours.length >= 2, `line ${peerLine} shows ${colours.length} colour(s): ${colours.join(', ')}`);
  await vscode.screenshot('highlighting');
});

scenario('typing "/ip ipsec proposal add enc-algorithms=" offers aes-256-cbc', { files: { 'scratch.rsc': '' } }, async (vscode) => {
  await vscode.openFile('scratch.rsc');
  await vscode.typeText('/ip ipsec proposal add enc-algorithms=');
  const labels = await vscode.triggerSuggest();
  assert.ok(labels.includes('aes-256-cbc'), `offered: ${JSON.stringify(labels)}`);
  await vscode.screenshot('completion');
});

scenario('typing "/ip ipsec identity add peer=" in a new file offers the peers the other files of the workspace define', { files: { 'scratch.rsc': '' } }, async (vscode) => {
  const peers = [valueUnder(seattle, '/ip ipsec peer', 'name'), valueUnder(boise, '/ip ipsec peer', 'name')];
  await vscode.openFile('scratch.rsc');
  await vscode.typeText('/ip ipsec identity add peer=');
  const labels = await vscode.triggerSuggest();
  for (const peer of peers) assert.ok(labels.includes(peer), `${peer} is offered: ${JSON.stringify(labels)}`);
});

scenario('hovering dh-group shows its documentation', {}, async (vscode) => {
  await vscode.openFile('seattle.rsc');
  const text = await vscode.hoverAt('dh-group');
  assert.match(text, /Diffie-Hellman/i);
  await vscode.screenshot('hover');
});

scenario('an unknown property appears in the Problems panel', { files: { 'scratch.rsc': '' } }, async (vscode) => {
  await vscode.openFile('scratch.rsc');
  // The profile's property is enc-algorithm; a proposal's is enc-algorithms: a typo users make.
  await vscode.typeText('/ip ipsec proposal add name=typo enc-algorithm=aes-256-cbc');
  const problems = await vscode.waitForProblems((all) => all.some((p) => p.file === 'scratch.rsc' && p.message.includes('enc-algorithm')));
  const problem = problems.find((p) => p.file === 'scratch.rsc' && p.message.includes('enc-algorithm'));
  assert.equal(problem?.line, 1);
  await vscode.screenshot('problems');
});

scenario("the extension's output channel shows no error", {}, async (vscode) => {
  await vscode.openFile('seattle.rsc');
  await vscode.waitForActivation();
  await vscode.openFile('road-warrior.rsc'); // a second document through the language server
  const text = await vscode.outputChannelText('RouterOS');
  const errors = text.split('\n').filter((line) => /\[error\]|\[Error\b/.test(line));
  assert.deepEqual(errors, []);
});

scenario('on "set <name> …" the arguments complete as after add, and hovering the name quotes the line that defines it', { files: { 'scratch.rsc': '/ip ipsec peer\nadd name=branch-office address=203.0.113.7/32\n' } }, async (vscode) => {
  await vscode.openFile('scratch.rsc');
  await vscode.goTo(3, 1);
  await vscode.typeText('set branch-office exchange-mode=');
  await vscode.press('Escape'); // a list opened while typing, asked before the line was complete
  const labels = await vscode.triggerSuggest();
  assert.ok(labels.includes('ike2'), `exchange-mode values are offered after the selected item: ${JSON.stringify(labels)}`);
  await vscode.press('Escape');
  const hover = await vscode.hoverAtPosition(3, 'set '.length + 3);
  assert.match(hover, /add name=branch-office address=203\.0\.113\.7\/32/, `the hover over branch-office: ${hover}`);
});
