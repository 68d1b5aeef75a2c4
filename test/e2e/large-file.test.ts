// A large export in a real VS Code: the editor's incremental changes reach the server's snapshots, which
// read the file in slices between requests; completion answers at the end of the file and a typo typed
// there reaches the Problems panel on the right line.
import assert from 'node:assert/strict';
import { generateExport } from '../protocol/generate-export';
import { scenario } from './scenario';

const big = generateExport(30_000).text;
/** The export ends with a line break: typing starts on the empty line after it (1-based). */
const firstTypedLine = big.split('\n').length;

scenario('in a 30,000-line export, completion answers at its end and a typo typed there is reported on its line', { files: { 'big-export.rsc': big } }, async (vscode) => {
  await vscode.openFile('big-export.rsc');
  await vscode.goToEnd();
  await vscode.typeText('/ip ipsec proposal\nadd name=typo enc-algorithm=aes-256-cbc\nadd name=x enc-algorithms=');
  const labels = await vscode.triggerSuggest();
  assert.ok(labels.includes('aes-256-cbc'), `offered: ${JSON.stringify(labels)}`);
  await vscode.press('Escape');
  const problems = await vscode.waitForProblems((all) => all.some((p) => p.file === 'big-export.rsc' && p.message.includes('enc-algorithm')));
  const problem = problems.find((p) => p.file === 'big-export.rsc' && p.message.includes('enc-algorithm'));
  assert.equal(problem?.line, firstTypedLine + 1);
});
