// "Generate Other Site" writes the mirror image of a site-to-site script; that script must check clean against
// the original (no finding at all on the pair), and follow the original's choices.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot } from '../../helpers/shared';
import { checkWorkspace } from '../../../server/src/check';
import { WorkspaceIndex } from '../../../server/src/model/workspace';
import { generateOtherSite, otherSiteQuestions } from '../../../server/src/generate/other-site';

const pairs = join(repoRoot, 'test', 'fixtures', 'pairs');

function generatedFor(text: string) {
  const document = new WorkspaceIndex({ version: '7.24', maxFileSize: 5_000_000 }).update('file:///a.rsc', text, 1);
  const questions = otherSiteQuestions(document);
  assert.ok(questions, 'the script has a tunnel to mirror');
  const { thisPublicAddress, otherPublicAddress, otherLan, thisLan } = questions;
  assert.ok(thisPublicAddress && otherPublicAddress && otherLan && thisLan, JSON.stringify(questions));
  return { questions, text: generateOtherSite(document, { thisPublicAddress, otherPublicAddress, otherLan, thisLan })! };
}

for (const name of ['s2s-v7-ikev2-psk', 's2s-v7-ikev1-main-psk']) {
  test(`the other site generated from ${name}/a.rsc checks clean against it`, () => {
    const original = readFileSync(join(pairs, name, 'a.rsc'), 'utf8');
    const { text } = generatedFor(original);
    const findings = [...checkWorkspace([{ uri: 'file:///a.rsc', text: original }, { uri: 'file:///b.rsc', text }]).values()].flat();
    assert.deepEqual(findings.map((finding) => `${finding.uri} ${finding.code}: ${finding.message}`), []);
  });
}

test('the generated script mirrors addresses and keeps the secret and the exchange mode', () => {
  const original = readFileSync(join(pairs, 's2s-v7-ikev2-psk', 'a.rsc'), 'utf8');
  const { questions, text } = generatedFor(original);
  assert.match(text, new RegExp(`address=${questions.thisPublicAddress!.replace(/\./g, '\\.')}/32`));
  assert.match(text, new RegExp(`src-address=${questions.otherLan!.replace(/\./g, '\\.')} dst-address=${questions.thisLan!.replace(/\./g, '\\.')}`));
  assert.match(text, /exchange-mode=ike2/);
  const secret = /secret="?([^"\s]+)/.exec(original)![1]!;
  assert.ok(text.includes(secret));
});

test('without a peer there is nothing to mirror', () => {
  const document = new WorkspaceIndex({ version: '7.24', maxFileSize: 5_000_000 }).update('file:///x.rsc', '/ip address add address=10.0.0.1/24 interface=ether1\n', 1);
  assert.equal(otherSiteQuestions(document), undefined);
});

