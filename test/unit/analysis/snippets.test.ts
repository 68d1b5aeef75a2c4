// The snippets start most tunnels, so they must check clean with our own analysis: each one alone (at most
// "information" on a piece that refers to items it does not create), and the site-to-site snippet expanded
// for two offices with mirrored values gives a pair with no finding at all.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checkWorkspace } from '../../../server/src/check';
import { expandSnippet, loadSnippets } from '../../helpers/snippets';

const snippets = loadSnippets();
const serious = (findings: { severity: string; code: string; message: string }[]) =>
  findings.filter((finding) => finding.severity === 'error' || finding.severity === 'warning').map((finding) => `${finding.code}: ${finding.message}`);

for (const snippet of snippets) {
  test(`snippet "${snippet.name}" expanded with its defaults has no error or warning`, () => {
    const uri = 'file:///snippet.rsc';
    const findings = checkWorkspace([{ uri, text: expandSnippet(snippet.body) }]).get(uri) ?? [];
    assert.deepEqual(serious(findings), []);
  });
}

test('the site-to-site snippet for two offices with mirrored values checks clean as a pair', () => {
  const siteToSite = snippets.find((snippet) => snippet.prefix.includes('ipsec-site-to-site'));
  assert.ok(siteToSite, 'there is an ipsec-site-to-site snippet');
  const secret = 'mirror-test-9f3a7c1e5b2d4f608a1c3e5f7b9d2e4c';
  const officeA = expandSnippet(siteToSite.body, { 1: 'office-b', 2: '198.51.100.1', 3: '192.168.111.0/24', 4: '192.168.186.0/24', 5: secret });
  const officeB = expandSnippet(siteToSite.body, { 1: 'office-a', 2: '203.0.113.1', 3: '192.168.186.0/24', 4: '192.168.111.0/24', 5: secret });
  const files = [
    { uri: 'file:///office-a.rsc', text: `/ip address add address=203.0.113.1/24 interface=ether1\n/ip address add address=192.168.111.1/24 interface=bridge\n${officeA}` },
    { uri: 'file:///office-b.rsc', text: `/ip address add address=198.51.100.1/24 interface=ether1\n/ip address add address=192.168.186.1/24 interface=bridge\n${officeB}` },
  ];
  const results = checkWorkspace(files);
  assert.deepEqual([...results.values()].flat().map((finding) => `${finding.severity} ${finding.code}: ${finding.message}`), []);
});

test('a deliberate mismatch in the expanded pair is caught, so the clean result above means something', () => {
  const siteToSite = snippets.find((snippet) => snippet.prefix.includes('ipsec-site-to-site'))!;
  const officeA = expandSnippet(siteToSite.body, { 1: 'office-b', 2: '198.51.100.1', 3: '192.168.111.0/24', 4: '192.168.186.0/24', 5: 'secret-one-0123456789abcdef0123456789' });
  const officeB = expandSnippet(siteToSite.body, { 1: 'office-a', 2: '203.0.113.1', 3: '192.168.186.0/24', 4: '192.168.111.0/24', 5: 'secret-two-0123456789abcdef0123456789' });
  const results = checkWorkspace([{ uri: 'file:///a.rsc', text: officeA }, { uri: 'file:///b.rsc', text: officeB }]);
  assert.ok([...results.values()].flat().some((finding) => finding.code === 'mirror-secret' && finding.severity === 'error'));
});
