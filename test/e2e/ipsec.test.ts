// The IPsec capabilities as a user meets them in a real VS Code: the mirrored-peer check across the two
// routers' files, and the site-to-site snippet.
import assert from 'node:assert/strict';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { scenario } from './scenario';

/** A workspace of its own: in the demo workspace the snippet's example address is Boise's, and it would pair. */
const emptyWorkspace = mkdtempSync(join(tmpdir(), 'routeros-e2e-empty-'));

scenario('a pair with a secret mismatch shows the error on both routers in the Problems panel, naming the other file', {}, async (vscode) => {
  await vscode.openFile('seattle.rsc');
  const mismatch = (file: string, other: string) => (problem: { file: string; message: string; severity: string }) =>
    problem.file === file && problem.severity === 'error' && /pre-shared keys differ/.test(problem.message) && problem.message.includes(other);
  const problems = await vscode.waitForProblems((list) => list.some(mismatch('seattle.rsc', 'boise.rsc')) && list.some(mismatch('boise.rsc', 'seattle.rsc')));
  const seattle = problems.find(mismatch('seattle.rsc', 'boise.rsc'))!;
  assert.ok(seattle.line > 0);
  await vscode.screenshot('mirror-check');
});

scenario('the site-to-site snippet inserts a whole setup, coloured, that checks clean', { workspace: emptyWorkspace, files: { 'office.rsc': '' } }, async (vscode) => {
  await vscode.openFile('office.rsc');
  await vscode.typeText('ipsec-site-to-site');
  const labels = await vscode.triggerSuggest();
  assert.ok(labels.includes('ipsec-site-to-site'), `offered: ${JSON.stringify(labels)}`);
  await vscode.press('Escape');
  await vscode.press('Control+A');
  await vscode.press('Delete');
  // Insert it the other way a user does, through the palette, so the check does not depend on list order.
  await vscode.runCommand('Snippets: Insert Snippet');
  await vscode.answerQuickInput('ipsec-site-to-site');
  await vscode.press('Escape');
  // Line 8 of the snippet: `add name=office-b address=198.51.100.1/32 exchange-mode=ike2 profile=office-b`.
  const colours = await vscode.tokenColorsOnLine(8);
  assert.ok(colours.length >= 3, `line 8 shows ${colours.length} colour(s): ${colours.join(', ')}`);
  const problems = await vscode.problems();
  assert.deepEqual(problems.filter((problem) => problem.file === 'office.rsc' && problem.severity !== 'info'), []);
  await vscode.screenshot('snippet');
});
