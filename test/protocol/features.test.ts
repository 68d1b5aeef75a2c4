// The language features as an editor sees them: the built server over stdio, standard LSP methods.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import type { CodeAction, CompletionItem, CompletionList, DocumentSymbol, FoldingRange, Hover, Location } from 'vscode-languageserver/node';
import { LspClient } from './lsp-client';

const URI = 'file:///protocol-test/site-a.rsc';
const TEXT = [
  '/ip ipsec profile',          // 0
  'add name=strong dh-group=ecp256 porte=1', // 1
  '/ip ipsec peer',             // 2
  'add name=b address=198.51.100.2/32 profile=strong', // 3
  '/ip ipsec proposal',         // 4
  'add name=p enc-algorithms=aes-256-cbc,', // 5
  '',
].join('\n');

let client: LspClient;
let firstDiagnostics: Promise<unknown[]>;

before(async () => {
  client = await LspClient.start();
  firstDiagnostics = client.nextDiagnostics(URI);
  await client.open(URI, TEXT);
});

after(async () => {
  await client.stop();
});

function labelsOf(result: CompletionItem[] | CompletionList | null): string[] {
  const items = Array.isArray(result) ? result : result?.items ?? [];
  return items.map((item) => item.label);
}

test('the server advertises the language features', () => {
  const capabilities = client.capabilities;
  assert.ok(capabilities.completionProvider, 'completionProvider');
  assert.ok(capabilities.hoverProvider, 'hoverProvider');
  assert.ok(capabilities.documentSymbolProvider, 'documentSymbolProvider');
  assert.ok(capabilities.foldingRangeProvider, 'foldingRangeProvider');
  assert.ok(capabilities.definitionProvider, 'definitionProvider');
  assert.ok(capabilities.referencesProvider, 'referencesProvider');
});

test('opening a file publishes its core diagnostics', { timeout: 20_000 }, async () => {
  const diagnostics = (await firstDiagnostics) as { code?: string | number; range: { start: { line: number } } }[];
  const unknown = diagnostics.find((diagnostic) => diagnostic.code === 'unknown-property');
  assert.ok(unknown, JSON.stringify(diagnostics));
  assert.equal(unknown.range.start.line, 1);
});

test('completion of the remaining list members', async () => {
  const result = await client.request<CompletionItem[] | CompletionList>('textDocument/completion', { textDocument: { uri: URI }, position: { line: 5, character: 38 } });
  const labels = labelsOf(result);
  assert.ok(labels.includes('aes-128-gcm'));
  assert.ok(!labels.includes('aes-256-cbc'));
});

test('hover on an argument', async () => {
  const result = await client.request<Hover | null>('textDocument/hover', { textDocument: { uri: URI }, position: { line: 1, character: 18 } });
  assert.match((result?.contents as { value: string }).value, /^\*\*`dh-group`\*\*/);
});

test('document symbols and folding ranges', async () => {
  const symbols = await client.request<DocumentSymbol[]>('textDocument/documentSymbol', { textDocument: { uri: URI } });
  assert.deepEqual(symbols.map((symbol) => [symbol.name, symbol.children?.map((child) => child.name)]), [
    ['/ip ipsec profile', ['strong']],
    ['/ip ipsec peer', ['b']],
    ['/ip ipsec proposal', ['p']],
  ]);
  const ranges = await client.request<FoldingRange[]>('textDocument/foldingRange', { textDocument: { uri: URI } });
  assert.deepEqual(ranges.map((range) => `${range.startLine}-${range.endLine}`), ['0-1', '2-3', '4-5']);
});

test('definition and references of a profile', async () => {
  const definition = await client.request<Location[]>('textDocument/definition', { textDocument: { uri: URI }, position: { line: 3, character: 46 } });
  assert.deepEqual(definition.map((location) => location.range.start), [{ line: 1, character: 9 }]);
  const references = await client.request<Location[]>('textDocument/references', {
    textDocument: { uri: URI }, position: { line: 1, character: 11 }, context: { includeDeclaration: false },
  });
  assert.deepEqual(references.map((location) => location.range.start), [{ line: 3, character: 43 }]);
});

test('after an incremental edit, completion and diagnostics follow the new text', { timeout: 20_000 }, async () => {
  const updated = client.nextDiagnostics(URI, (params) => !params.diagnostics.some((diagnostic) => diagnostic.code === 'unknown-property'));
  await client.change(URI, 2, [{ range: { start: { line: 1, character: 32 }, end: { line: 1, character: 39 } }, text: '' }]);
  await updated;
  await client.change(URI, 3, [{ range: { start: { line: 6, character: 0 }, end: { line: 6, character: 0 } }, text: '/ip ipsec identity\nadd peer=' }]);
  const result = await client.request<CompletionItem[] | CompletionList>('textDocument/completion', { textDocument: { uri: URI }, position: { line: 7, character: 9 } });
  assert.deepEqual(labelsOf(result), ['b']);
});

test('typing a line key by key in a CRLF file: diagnostics and completion land on the right line', { timeout: 20_000 }, async () => {
  const uri = 'file:///protocol-test/crlf.rsc';
  const opened = client.nextDiagnostics(uri);
  await client.open(uri, ['/ip ipsec profile', 'add name=p1 dh-group=ecp256', '/ip ipsec peer', 'add name=b address=198.51.100.2/32', ''].join('\r\n'));
  await opened;
  // Typed at the start of line 3, one key per version, a line break among them.
  const typed = 'add name=c porte=1\r\nadd name=d address=198.51.100.3/32 profile=';
  const checked = client.nextDiagnostics(uri, (params) => params.diagnostics.some((diagnostic) => diagnostic.code === 'unknown-property'));
  let version = 1;
  let position = { line: 3, character: 0 };
  for (const key of typed.match(/\r\n|./gs)!) {
    await client.change(uri, ++version, [{ range: { start: position, end: position }, text: key }]);
    position = key === '\r\n' ? { line: position.line + 1, character: 0 } : { line: position.line, character: position.character + 1 };
  }
  const completion = await client.request<CompletionItem[] | CompletionList>('textDocument/completion', { textDocument: { uri }, position });
  assert.ok(labelsOf(completion).includes('p1'), JSON.stringify(labelsOf(completion)));
  const unknown = (await checked).find((diagnostic) => diagnostic.code === 'unknown-property');
  assert.deepEqual(unknown?.range.start, { line: 3, character: 11 });
});

test('a quick fix always edits the text as it is now, also right after an edit the server has not checked yet', { timeout: 20_000 }, async () => {
  const uri = 'file:///protocol-test/fix.rsc';
  const checked = client.nextDiagnostics(uri, (params) => params.diagnostics.some((diagnostic) => diagnostic.code === 'unknown-command'));
  await client.open(uri, '/ip ipsec peer\nadd name=b address=198.51.100.2/32\n/ip ipsecx policy\n');
  const [typo] = await checked;
  const fixLines = async () => {
    const actions = await client.request<CodeAction[]>('textDocument/codeAction', { textDocument: { uri }, range: { start: { line: 0, character: 0 }, end: { line: 9, character: 0 } }, context: { diagnostics: [] } });
    // The typo's did-you-mean fix (the missing identity has one too).
    const edits = actions.flatMap((action) => action.edit?.changes?.[uri] ?? []).filter((edit) => edit.newText === 'ipsec');
    return edits.map((edit) => `${edit.range.start.line}:${edit.range.start.character} ${edit.newText}`);
  };
  assert.deepEqual(await fixLines(), ['2:4 ipsec'], JSON.stringify(typo));
  // Two lines inserted above the typo: an answer from the older findings would edit line 2.
  const rechecked = client.nextDiagnostics(uri);
  await client.change(uri, 2, [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: '# first\n# second\n' }]);
  const rightAfter = await fixLines();
  assert.ok(rightAfter.length === 0 || (rightAfter.length === 1 && rightAfter[0] === '4:4 ipsec'), JSON.stringify(rightAfter));
  await rechecked;
  assert.deepEqual(await fixLines(), ['4:4 ipsec']);
});
