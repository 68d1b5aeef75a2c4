// The mirrored-peer check as an editor meets it: two routers' files open, an edit in one changes the other's
// diagnostics, the error points at the other file, the quick fix and the pairing lens are offered.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { CodeAction, CodeLens, Diagnostic } from 'vscode-languageserver/node';
import { LspClient } from './lsp-client';
import { repoRoot } from '../helpers/shared';

const fixture = join(repoRoot, 'test', 'fixtures', 'rules', 'mirror-secret');
let client: LspClient;
let uriA: string;
let uriB: string;
let textB: string;
const secretErrors = (diagnostics: Diagnostic[]) => diagnostics.filter((d) => d.code === 'mirror-secret' && d.severity === 1);

before(async () => {
  const caseDir = join(fixture, 'differs');
  const folder = mkdtempSync(join(tmpdir(), 'routeros-mirror-'));
  const textA = readFileSync(join(caseDir, 'a.rsc'), 'utf8');
  textB = readFileSync(join(caseDir, 'b.rsc'), 'utf8');
  writeFileSync(join(folder, 'a.rsc'), textA);
  writeFileSync(join(folder, 'b.rsc'), textB);
  uriA = pathToFileURL(join(folder, 'a.rsc')).toString();
  uriB = pathToFileURL(join(folder, 'b.rsc')).toString();
  client = await LspClient.start(pathToFileURL(folder).toString());
  const onA = client.nextDiagnostics(uriA, (p) => secretErrors(p.diagnostics).length > 0);
  const onB = client.nextDiagnostics(uriB, (p) => secretErrors(p.diagnostics).length > 0);
  await client.open(uriA, textA);
  await Promise.all([onA, onB]);
});

after(async () => {
  await client.stop();
});

test('a closed file of the workspace is paired: the secret mismatch shows on the open file, linked to the other', () => {
  const [error] = secretErrors(client.published.get(uriA) ?? []);
  assert.ok(error, JSON.stringify(client.published.get(uriA)));
  assert.equal(error.relatedInformation?.[0]?.location.uri, uriB);
  assert.ok(secretErrors(client.published.get(uriB) ?? []).length > 0, 'the other file gets its own diagnostic');
});

test('the quick fix on the mismatch makes this side use the other secret', async () => {
  const [error] = secretErrors(client.published.get(uriA) ?? []);
  const actions = await client.request<CodeAction[]>('textDocument/codeAction', { textDocument: { uri: uriA }, range: error!.range, context: { diagnostics: [error] } });
  const fix = actions.find((action) => action.title.includes('secret'));
  assert.ok(fix?.edit?.changes?.[uriA], JSON.stringify(actions));
});

test('the peer shows where the other end is', async () => {
  const lenses = await client.request<CodeLens[]>('textDocument/codeLens', { textDocument: { uri: uriA } });
  const other = lenses.find((lens) => lens.command?.title.startsWith('⇄ Other end'));
  assert.ok(other, JSON.stringify(lenses));
  assert.equal(other.command?.arguments?.[0], uriB);
});

test('editing the other router changes this router’s diagnostics', async () => {
  const secretA = /secret="?([^"\s]+)"?/.exec(readFileSync(join(fixture, 'differs', 'a.rsc'), 'utf8'))![1]!;
  const fixedB = textB.replace(/secret=("[^"]*"|\S+)/, `secret="${secretA}"`);
  assert.notEqual(fixedB, textB);
  const cleared = client.nextDiagnostics(uriA, (p) => secretErrors(p.diagnostics).length === 0);
  await client.open(uriB, textB, 1);
  await client.change(uriB, 2, [{ text: fixedB }]);
  const diagnostics = await cleared;
  assert.equal(secretErrors(diagnostics).length, 0);
});
