// Which files are the two ends of a tunnel: by addresses, by mirrored policies, by the `routeros.pairs`
// setting and by the `# routeros-pair:` directive; and files that have nothing to do with each other.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { WorkspaceChecker, type CheckOptions } from '../../../server/src/check';
import { defaultSettings } from '../../../server/src/check';
import { nameOf } from '../../../server/src/model/config';
import { WorkspaceIndex } from '../../../server/src/model/workspace';
import { fixturesDir, loadCase, type FixtureFile } from './fixture-cases';

/** `a.rsc:office-b → b.rsc:office-a` for each tunnel end the checker found (stated pairs marked). */
function pairsOf(files: readonly FixtureFile[], options: CheckOptions = {}): string[] {
  const index = new WorkspaceIndex(defaultSettings);
  for (const file of files) index.update(file.uri, file.text, 1);
  const checker = new WorkspaceChecker(index);
  checker.run(options);
  const label = (uri: string) => files.find((file) => file.uri === uri)?.name ?? uri;
  return checker
    .pairs()
    .map((pair) => `${label(pair.local.view.uri)}:${nameOf(pair.local.peer)} → ${label(pair.remote.view.uri)}:${nameOf(pair.remote.peer)}${pair.stated ? ' (stated)' : ''}`)
    .sort();
}

const fixture = (id: string) => loadCase(join(fixturesDir, id));
const withoutFirstLine = (file: FixtureFile): FixtureFile => ({ ...file, text: file.text.slice(file.text.indexOf('\n') + 1) });

describe('pairing', () => {
  test('by addresses: each peer points at an address the other router owns', () => {
    assert.deepEqual(pairsOf(fixture('pairs/s2s-v7-ikev2-psk').files), ['a.rsc:office-b → b.rsc:office-a', 'b.rsc:office-a → a.rsc:office-b']);
  });

  test('by mirrored policies when no address links the files (DNS-named peers, WAN from PPPoE)', () => {
    assert.deepEqual(pairsOf(fixture('pairs/dns-peers-no-addresses').files), ['a.rsc:office-b → b.rsc:office-a', 'b.rsc:office-a → a.rsc:office-b']);
  });

  test('a hub pairs each of its peers with the branch that peer points at', () => {
    assert.deepEqual(pairsOf(fixture('pairs/hub-three-spokes').files), [
      'hub.rsc:branch1 → spoke1.rsc:hub',
      'hub.rsc:branch2 → spoke2.rsc:hub',
      'hub.rsc:branch3 → spoke3.rsc:hub',
      'spoke1.rsc:hub → hub.rsc:branch1',
      'spoke2.rsc:hub → hub.rsc:branch2',
      'spoke3.rsc:hub → hub.rsc:branch3',
    ]);
  });

  test('the peers a GRE interface\'s ipsec-secret creates pair with each other', () => {
    assert.deepEqual(pairsOf(fixture('pairs/gre-over-ipsec-secret').files), [
      'a.rsc:gre-office-b (ipsec-secret) → b.rsc:gre-office-a (ipsec-secret)',
      'b.rsc:gre-office-a (ipsec-secret) → a.rsc:gre-office-b (ipsec-secret)',
    ]);
  });

  test('RouterOS 6 peers without a name pair through their address, and their policies through sa-dst-address', () => {
    assert.deepEqual(pairsOf(fixture('pairs/s2s-v6-legacy-peer').files), ['a.rsc:peer1 → b.rsc:peer1', 'b.rsc:peer1 → a.rsc:peer1']);
  });

  test('routers that share no address and no mirrored policy do not pair', () => {
    const office = fixture('pairs/s2s-v7-ikev2-psk').files[0]!;
    const branch = fixture('pairs/hub-three-spokes').files.find((file) => file.name === 'spoke1.rsc')!;
    assert.deepEqual(pairsOf([office, branch]), []);
  });

  test('by the routeros.pairs setting, as file URIs or as paths relative to a workspace folder', () => {
    const { files, options } = fixture('rules/mirror-policy/stated-by-option');
    assert.deepEqual(pairsOf(files), [], 'without the setting nothing links these files');
    const expected = ['a.rsc:office-b → b.rsc:office-a (stated)', 'b.rsc:office-a → a.rsc:office-b (stated)'];
    assert.deepEqual(pairsOf(files, options), expected);
    const folder = pathToFileURL(join(fixturesDir, 'rules', 'mirror-policy')).toString();
    assert.deepEqual(pairsOf(files, { pairs: [{ a: 'stated-by-option/a.rsc', b: 'stated-by-option/b.rsc' }], folders: [folder] }), expected);
  });

  test('by a "# routeros-pair: b.rsc" comment in one of the files', () => {
    const { files } = fixture('rules/mirror-policy/stated-by-option');
    const withDirective = files.map((file) => (file.name === 'a.rsc' ? { ...file, text: `# routeros-pair: b.rsc\n${file.text}` } : file));
    assert.deepEqual(pairsOf(withDirective), ['a.rsc:office-b → b.rsc:office-a (stated)', 'b.rsc:office-a → a.rsc:office-b (stated)']);
  });

  test("a responder that answers any address pairs with the router pointing at it, by its template or without one", () => {
    const expected = ['a.rsc:branches → b.rsc:hq', 'b.rsc:hq → a.rsc:branches'];
    assert.deepEqual(pairsOf(fixture('rules/mirror-policy/generated-from-template').files), expected, 'its template contains the branch policy');
    assert.deepEqual(pairsOf(fixture('rules/mirror-policy/outside-the-template').files), expected, 'its template does not, but its peer answers 0.0.0.0/0');
    const { files } = fixture('rules/mirror-policy/generated-from-template');
    const ipv6Only = files.map((file) => (file.name === 'a.rsc' ? { ...file, text: file.text.replace('name=branches address=0.0.0.0/0', 'name=branches address=::/0') } : file));
    assert.deepEqual(pairsOf(ipv6Only), expected, 'found by its template when ::/0 answers no IPv4 address');
    const neither = ipv6Only.map((file) => (file.name === 'a.rsc' ? { ...file, text: file.text.replace('dst-address=192.168.0.0/16 group=branches', 'dst-address=192.168.30.0/24 group=branches') } : file));
    assert.deepEqual(pairsOf(neither), [], 'neither its address nor its templates face the branch');
  });

  test('a stated pair links routers whose peers are DNS names', () => {
    const { files } = fixture('rules/mirror-policy/stated-by-directive');
    assert.deepEqual(pairsOf(files.map((file) => (file.name === 'a.rsc' ? withoutFirstLine(file) : file))), [], 'without the comment nothing links these files');
    assert.deepEqual(pairsOf(files), ['a.rsc:office-b → b.rsc:office-a (stated)', 'b.rsc:office-a → a.rsc:office-b (stated)']);
  });
});

