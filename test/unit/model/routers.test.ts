// Which files are one router: a name refers to an item of its own router (ipsec.md §3), so definitions,
// references, completion and undefined-reference look in the files that may be parts of the same router,
// never in the router at the other end of a tunnel or in an export another router wrote (ipsec.md §4.5).
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Location } from 'vscode-languageserver';
import { differentRouters, exportHeaderFacts } from '../../../server/src/parser/index';
import { WorkspaceIndex } from '../../../server/src/model/workspace';
import { WorkspaceChecker } from '../../../server/src/check';
import { completion, definition, references } from '../../../server/src/features/index';

/** One end of a site-to-site tunnel: its own WAN and LAN, a peer at the other end's WAN, policies between the LANs. */
function site(own: { wan: string; lan: string }, other: { wan: string; lan: string }, profile = 'site', header = ''): string {
  return `${header}/interface bridge
add name=bridge-lan
/ip address
add address=${own.wan}/24 interface=ether1
add address=${own.lan}.1/24 interface=bridge-lan
/ip ipsec profile
add name=${profile} dh-group=ecp256 enc-algorithm=aes-256 hash-algorithm=sha256
/ip ipsec peer
add name=other address=${other.wan}/32 exchange-mode=ike2 profile=site
/ip ipsec identity
add peer=other secret=s3cret-s3cret
/ip ipsec policy
add peer=other src-address=${own.lan}.0/24 dst-address=${other.lan}.0/24 tunnel=yes
`;
}

const A = { wan: '203.0.113.1', lan: '192.168.1' };
const B = { wan: '198.51.100.1', lan: '192.168.2' };
const folder = 'file:///office/';

function workspaceOf(files: Record<string, string>): { index: WorkspaceIndex; checker: WorkspaceChecker } {
  const index = new WorkspaceIndex({ version: '7.24', maxFileSize: 5_000_000 });
  for (const [name, text] of Object.entries(files)) index.update(folder + name, text, 1);
  return { index, checker: new WorkspaceChecker(index) };
}

const fileOf = (location: Location) => location.uri.slice(folder.length);

/** Offset of the `index`th occurrence of `needle` in `text`, plus `shift`. */
function offsetOf(text: string, needle: string, shift = 0, index = 0): number {
  let at = -1;
  for (let i = 0; i <= index; i++) at = text.indexOf(needle, at + 1);
  assert.ok(at >= 0, `${needle} in the text`);
  return at + shift;
}

describe('export header facts', () => {
  it('reads software id, model and serial number from the leading comment block only', () => {
    const header = '\uFEFF# 2026-09-24 16:41:42 by RouterOS 7.24.4\r\n# software id = W2XH-IHBV\r\n#\r\n# model = RBD52G-5HacD2HnD\r\n# serial number = CE000BF2E2EE\r\n/ip address\n# model = not-a-header\n';
    assert.deepEqual(exportHeaderFacts(header), { softwareId: 'W2XH-IHBV', model: 'RBD52G-5HacD2HnD', serialNumber: 'CE000BF2E2EE' });
    assert.deepEqual(exportHeaderFacts('# 2026-09-24 16:41:42 by RouterOS 7.24.4\n# software id = \n#\n'), {}, 'CHR and x86 write an empty software id');
    assert.deepEqual(exportHeaderFacts('/ip address\nadd address=10.0.0.1/24 interface=ether1\n'), {});
  });

  it('two headers name different routers only when a field both write differs', () => {
    assert.equal(differentRouters({ model: 'RB5009UG+S+' }, { model: 'CCR2004-1G-12S+2XS' }), true);
    assert.equal(differentRouters({ softwareId: 'AAAA-1111', model: 'RB5009UG+S+' }, { softwareId: 'AAAA-1111', model: 'RB5009UG+S+' }), false);
    assert.equal(differentRouters({ softwareId: 'AAAA-1111' }, { model: 'RB5009UG+S+' }), false, 'nothing in common to compare');
    assert.equal(differentRouters({}, {}), false);
  });
});

describe('names belong to their own router', () => {
  it('the two ends of a tunnel: definition and references stay in the file, though both name a profile and a bridge alike', () => {
    const a = site(A, B);
    const { index, checker } = workspaceOf({ 'a.rsc': a, 'b.rsc': site(B, A) });
    const before = index.get(folder + 'a.rsc')!;
    assert.deepEqual(definition(before, offsetOf(a, 'profile=site', 9), index).map(fileOf), ['a.rsc', 'b.rsc'], 'before a check, nothing tells them apart');
    const pairs = checker.run();
    assert.ok(checker.pairs().some((pair) => pair.local.view.uri === folder + 'a.rsc' && pair.remote.view.uri === folder + 'b.rsc'), 'the check pairs a.rsc with b.rsc');
    assert.equal(pairs.size, 2);
    const doc = index.get(folder + 'a.rsc')!;
    assert.deepEqual(definition(doc, offsetOf(a, 'profile=site', 9), index).map(fileOf), ['a.rsc']);
    assert.deepEqual(references(doc, offsetOf(a, 'interface=bridge-lan', 11), index, true).map(fileOf), ['a.rsc', 'a.rsc']);
  });

  it('a fragment of the configuration (no header, no tunnel of its own) stays linked to every file', () => {
    const a = site(A, B, 'site');
    const { index, checker } = workspaceOf({ 'a.rsc': a, 'b.rsc': site(B, A), 'firewall.rsc': '/ip firewall filter\nadd chain=forward in-interface=bridge-lan action=accept\n' });
    checker.run();
    const doc = index.get(folder + 'a.rsc')!;
    assert.deepEqual(references(doc, offsetOf(a, 'name=bridge-lan', 5), index, true).map(fileOf).sort(), ['a.rsc', 'a.rsc', 'firewall.rsc']);
  });

  it('exports that different routers wrote are not linked even without a tunnel between them', () => {
    const header = (id: string) => `# 2026-09-24 16:41:42 by RouterOS 7.24.4\n# software id = ${id}\n`;
    const hub = `${header('AAAA-1111')}/interface bridge\nadd name=bridge-lan\n`;
    const { index } = workspaceOf({ 'hub.rsc': hub, 'branch.rsc': `${header('BBBB-2222')}/interface bridge\nadd name=bridge-lan\n`, 'again.rsc': `${header('AAAA-1111')}/ip address\nadd address=10.0.0.1/24 interface=bridge-lan\n` });
    const doc = index.get(folder + 'hub.rsc')!;
    assert.deepEqual(references(doc, offsetOf(hub, 'bridge-lan', 1), index, true).map(fileOf).sort(), ['again.rsc', 'hub.rsc'], 'again.rsc is the same router (same software id)');
  });

  it("completion offers a router's own peers, not those of the other end of its tunnel", () => {
    const a = `${site(A, B)}/ip ipsec identity\nadd peer=`;
    const { index, checker } = workspaceOf({ 'a.rsc': a, 'b.rsc': site(B, A).replace(/name=other|peer=other/g, (written) => written.replace('other', 'seattle')) });
    checker.run();
    const labels = completion(index.get(folder + 'a.rsc')!, a.length, index).map((item) => item.label);
    assert.ok(labels.includes('other'), `a.rsc's own peer: ${labels.join(' ')}`);
    assert.ok(!labels.includes('seattle'), `b.rsc's peer is of the other router: ${labels.join(' ')}`);
  });

  it('two branches of one hub: the hub reaches them at different addresses, so they are two routers', () => {
    const H = { wan: '192.0.2.1', lan: '10.0.0' };
    // The hub's peers point at each branch's WAN: where a partner's peer points is where that router is.
    const hub = site(H, A).replace(/\bother\b/g, 'branch-a') + site(H, B).split('/ip ipsec peer')[1]!.replace(/^/, '/ip ipsec peer').replace(/\bother\b/g, 'branch-b');
    const a = site(A, H).replace('add name=site dh-group', 'add name=mine dh-group');
    const b = site(B, H);
    const { index, checker } = workspaceOf({ 'hub.rsc': hub, 'a.rsc': a, 'b.rsc': b });
    const missing = (checker.run().get(folder + 'a.rsc') ?? []).filter((finding) => finding.code === 'undefined-reference');
    assert.ok(checker.pairs().some((pair) => pair.local.view.uri === folder + 'b.rsc' && pair.remote.view.uri === folder + 'hub.rsc'), 'the check pairs b.rsc with the hub');
    assert.equal(missing.length, 1, `b.rsc's profile "site" is not a.rsc's: ${JSON.stringify(missing.map((finding) => finding.message))}`);
    assert.deepEqual(definition(index.get(folder + 'b.rsc')!, offsetOf(b, 'profile=site', 9), index).map(fileOf), ['b.rsc']);
    // A third file the hub reaches at no address of its own (no tunnel) is still a possible fragment of either.
    index.update(folder + 'profiles.rsc', '/ip ipsec profile\nadd name=site\n', 1);
    assert.equal((checker.run().get(folder + 'a.rsc') ?? []).filter((finding) => finding.code === 'undefined-reference').length, 0);
  });

  it('undefined-reference: a profile only the other end of the tunnel defines is still missing on this router', () => {
    const a = site(A, B).replace('add name=site dh-group', 'add name=local dh-group');
    const { index, checker } = workspaceOf({ 'a.rsc': a, 'b.rsc': site(B, A) });
    const missing = (checker.run().get(folder + 'a.rsc') ?? []).filter((finding) => finding.code === 'undefined-reference');
    assert.equal(missing.length, 1, JSON.stringify(missing.map((finding) => finding.message)));
    assert.match(missing[0]!.message, /site/);
    // Defined by a fragment of the configuration instead: found.
    index.update(folder + 'profiles.rsc', '/ip ipsec profile\nadd name=site\n', 1);
    assert.equal((checker.run().get(folder + 'a.rsc') ?? []).filter((finding) => finding.code === 'undefined-reference').length, 0);
  });

  it('undefined-reference: an empty name (profile= while typing) is reported as empty, not as a missing profile called ""', () => {
    const a = site(A, B).replace('profile=site', 'profile=');
    const { checker } = workspaceOf({ 'a.rsc': a });
    const found = (checker.run().get(folder + 'a.rsc') ?? []).filter((finding) => finding.code === 'undefined-reference');
    assert.deepEqual(found.map((finding) => finding.message), ['profile= is empty: it must name a profile.']);
  });
});
