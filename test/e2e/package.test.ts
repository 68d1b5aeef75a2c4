// The .vsix that users install: only the bundles and the files VS Code reads, under 1 MB, and a manifest
// that the Marketplace accepts.
import assert from 'node:assert/strict';
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { repoRoot } from '../../scripts/package.mjs';
import { freshVsix } from './prepare';

/** Names of the entries of a zip file, read from its central directory. */
function zipEntryNames(zip: Buffer): string[] {
  const endOfDirectory = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  assert.ok(endOfDirectory >= 0, 'not a zip file');
  const count = zip.readUInt16LE(endOfDirectory + 10);
  let offset = zip.readUInt32LE(endOfDirectory + 16);
  const names: string[] = [];
  for (let i = 0; i < count; i++) {
    assert.equal(zip.readUInt32LE(offset), 0x02014b50, 'central directory entry');
    const nameLength = zip.readUInt16LE(offset + 28);
    const otherLengths = zip.readUInt16LE(offset + 30) + zip.readUInt16LE(offset + 32);
    names.push(zip.toString('utf8', offset + 46, offset + 46 + nameLength));
    offset += 46 + nameLength + otherLengths;
  }
  return names;
}

const SHIPPED = [
  /^\[Content_Types\]\.xml$/,
  /^extension\.vsixmanifest$/,
  /^extension\/(package\.json|readme\.md|changelog\.md|LICENSE\.txt|language-configuration\.json)$/,
  /^extension\/images\/[\w.-]+\.(png|svg)$/,
  /^extension\/dist\/(client|server)\.js$/,
  /^extension\/syntaxes\/[\w.-]+\.json$/,
  /^extension\/snippets\/[\w.-]+\.(json|code-snippets)$/,
];

test('the .vsix holds only the allowlisted files, under 1 MB', async () => {
  const vsix = await freshVsix();
  const names = zipEntryNames(readFileSync(vsix));
  assert.deepEqual(names.filter((name) => !SHIPPED.some((pattern) => pattern.test(name))), []);
  for (const required of ['extension/dist/client.js', 'extension/dist/server.js', 'extension/images/icon.png', 'extension/LICENSE.txt']) {
    assert.ok(names.includes(required), `${required} is missing`);
  }
  assert.ok(statSync(vsix).size < 1024 * 1024, `${vsix} is ${statSync(vsix).size} bytes`);
});

test('the manifest has what the Marketplace asks for, and no redundant activation events', () => {
  const manifest = JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8'));
  for (const field of ['publisher', 'icon', 'categories', 'keywords', 'repository', 'engines', 'license']) {
    assert.ok(manifest[field], `package.json has no ${field}`);
  }
  // VS Code 1.74+ activates on the contributed language and commands by itself.
  assert.equal(manifest.activationEvents, undefined);
  assert.ok(manifest.contributes.languages.some((language: { id: string }) => language.id === 'routeros'));
});
