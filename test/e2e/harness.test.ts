// The harness itself, proven on what VS Code ships (JSON and its settings schema), so that a failing RouterOS
// scenario points at the extension, not at the way the window is read.
import assert from 'node:assert/strict';
import { scenario } from './scenario';

const files = {
  'broken.json': '{\n  "a": 1,\n}\n',
  '.vscode/settings.json': '{\n  "editor.tabSize": 2\n}\n',
};

scenario('harness: opens files, reads the language mode and the colours of a line', { files }, async (vscode) => {
  await vscode.openFile('.vscode/settings.json');
  await vscode.waitForLanguageMode('JSON with Comments');
  assert.ok((await vscode.tokenColorsOnLine(2)).length >= 2, 'a JSON key and number are coloured differently');
});

scenario('harness: reads the Problems panel', { files }, async (vscode) => {
  await vscode.openFile('broken.json');
  const problems = await vscode.waitForProblems((all) => all.some((p) => p.file === 'broken.json'));
  assert.deepEqual(problems.filter((p) => p.file === 'broken.json'), [{ file: 'broken.json', message: 'Trailing comma', severity: 'error', line: 2 }]);
});

scenario('harness: types, asks for completions and reads a hover', { files }, async (vscode) => {
  await vscode.openFile('.vscode/settings.json');
  await vscode.typeAt(2, 22, ',\n"editor.tabComp');
  assert.ok((await vscode.triggerSuggest()).includes('editor.tabCompletion'));
  await vscode.press('Escape');
  assert.match(await vscode.hoverAt('tabSize'), /number of spaces a tab is equal to/);
});

scenario('harness: runs commands and reads an output channel', { files }, async (vscode) => {
  await vscode.openFile('broken.json');
  assert.match(await vscode.outputChannelText('Git'), /\[info\]/, 'the Git extension logs its start');
  await vscode.runCommand('View: Toggle Maximized Panel');
  await vscode.runCommand('Output: Show Output Channels...');
  assert.ok((await vscode.quickPickItems()).includes('JSON Language Server'));
});
