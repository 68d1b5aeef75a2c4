// Spot checks of the knowledge base against facts stated in ipsec.md (sections named per test).
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { RELEASES, knowledge } from '../../../server/src/knowledge/index';

const valueNames = (release: string, menu: string, argument: string, command = 'add') =>
  knowledge(release).argument(menu, command, argument)?.values.map((value) => value.name) ?? [];

describe('IPsec algorithm values (ipsec.md §1.1, §1.2, Appendix A)', () => {
  it('proposal enc-algorithms offers aes-256-gcm in 7.22; profile enc-algorithm does not', () => {
    assert.ok(valueNames('7.22', '/ip ipsec proposal', 'enc-algorithms').includes('aes-256-gcm'));
    const phase1 = valueNames('7.22', '/ip ipsec profile', 'enc-algorithm');
    assert.deepEqual(phase1, ['aes-256', 'aes-192', 'aes-128', '3des', 'des']);
  });

  it('dh-group has x25519 in every known 7.x release, and RouterOS 6 is not sure of it (§5)', () => {
    for (const release of RELEASES) assert.ok(valueNames(release, '/ip ipsec profile', 'dh-group').includes('x25519'), release);
    const v6 = knowledge('6.49').valuePresence('/ip ipsec profile', 'add', 'dh-group', 'x25519');
    assert.equal(v6.status, 'unknown');
  });

  it('ec2n155 exists only in 7.9 (removed in 7.10, §0)', () => {
    assert.ok(valueNames('7.9', '/ip ipsec profile', 'dh-group').includes('ec2n155'));
    const later = knowledge('7.10').valuePresence('/ip ipsec profile', 'add', 'dh-group', 'ec2n155');
    assert.deepEqual(later, { status: 'absent', releases: ['7.9.2'], summary: 'only 7.9' });
  });

  it('pfs-group has no x25519 and hash-algorithm is a single value', () => {
    assert.ok(!valueNames('7.24', '/ip ipsec proposal', 'pfs-group').includes('x25519'));
    assert.equal(knowledge('7.24').argument('/ip ipsec profile', 'add', 'hash-algorithm')?.list, false);
    assert.equal(knowledge('7.24').argument('/ip ipsec profile', 'add', 'dh-group')?.list, true);
  });
});

describe('menus, commands and arguments by release (ipsec.md §0)', () => {
  it('/import dry-run exists from 7.16 only', () => {
    assert.equal(knowledge('7.15').argumentPresence([], 'import', 'dry-run').status, 'absent');
    assert.equal(knowledge('7.16').argumentPresence([], 'import', 'dry-run').status, 'present');
    assert.equal(knowledge('7.15').argument([], 'import', 'dry-run')?.summary, '7.16 and later');
  });

  it('/ip ipsec profile ppk= exists from 7.21', () => {
    const before = knowledge('7.20').argumentPresence('/ip ipsec profile', 'add', 'ppk');
    assert.deepEqual(before, { status: 'absent', releases: ['7.21.5', '7.22.3', '7.23.3', '7.24'], summary: '7.21 and later' });
    assert.equal(knowledge('7.21').argumentPresence('/ip ipsec profile', 'set', 'ppk').status, 'present');
  });

  it('/ip ipsec key qkd exists in 7.21 to 7.23 and was removed in 7.24', () => {
    assert.equal(knowledge('7.23').menuPresence('/ip ipsec key qkd').status, 'present');
    assert.deepEqual(knowledge('7.24').menuPresence('/ip/ipsec/key/qkd'), {
      status: 'absent',
      releases: ['7.21.5', '7.22.3', '7.23.3'],
      summary: '7.21 to 7.23',
    });
    assert.ok(!knowledge('7.24').childMenus(['ip', 'ipsec', 'key']).includes('qkd'));
  });

  it('settings ddos-cookie-threshold comes with 7.22', () => {
    assert.equal(knowledge('7.21').argumentPresence('/ip ipsec settings', 'set', 'ddos-cookie-threshold').status, 'absent');
    assert.equal(knowledge('7.22').argumentPresence('/ip ipsec settings', 'set', 'ddos-cookie-threshold').status, 'present');
  });

  it('set takes the arguments of add plus numbers', () => {
    const k = knowledge('7.24');
    const add = k.arguments('/ip ipsec peer', 'add').map((a) => a.name).filter((name) => name !== 'copy-from');
    const set = k.arguments('/ip ipsec peer', 'set').map((a) => a.name);
    assert.deepEqual(set.filter((name) => name !== 'numbers'), add);
    assert.ok(set.includes('numbers'));
  });
});

describe('references between menus (ipsec.md §3.6b)', () => {
  const referenceOf = (menu: string, argument: string) => knowledge().argument(menu, 'add', argument)?.reference?.menu.join(' ');

  it('IPsec arguments name items of the right menus', () => {
    assert.equal(referenceOf('/ip ipsec identity', 'peer'), 'ip ipsec peer');
    assert.equal(referenceOf('/ip ipsec policy', 'peer'), 'ip ipsec peer');
    assert.equal(referenceOf('/ip ipsec policy', 'proposal'), 'ip ipsec proposal');
    assert.equal(referenceOf('/ip ipsec peer', 'profile'), 'ip ipsec profile');
    assert.equal(referenceOf('/ip ipsec policy', 'group'), 'ip ipsec policy group');
    assert.equal(referenceOf('/ip ipsec identity', 'policy-template-group'), 'ip ipsec policy group');
    assert.equal(referenceOf('/ip ipsec identity', 'mode-config'), 'ip ipsec mode-config');
    assert.equal(referenceOf('/ip ipsec mode-config', 'address-pool'), 'ip pool');
    assert.equal(referenceOf('/ip ipsec identity', 'remote-certificate'), 'certificate');
    assert.equal(referenceOf('/ip pool', 'next-pool'), 'ip pool');
  });

  it('profile= elsewhere is not an IPsec profile, interfaces are any interface', () => {
    assert.notEqual(referenceOf('/interface l2tp-client', 'profile'), 'ip ipsec profile');
    const inInterface = knowledge().argument('/ip firewall filter', 'add', 'in-interface');
    assert.equal(inInterface?.reference?.anyInterface, true);
    assert.equal(inInterface?.negatable, true);
  });

  it('keywords sit next to names: none for pools, any listed default items as suggestions', () => {
    const pool = knowledge().argument('/ip ipsec mode-config', 'add', 'address-pool');
    assert.deepEqual(pool?.reference?.keywords, ['none']);
    const profile = knowledge().argument('/ip ipsec peer', 'add', 'profile');
    assert.ok(profile?.values.some((value) => value.name === 'default'));
  });
});

describe('paths and command lines', () => {
  it('resolves /ip ipsec peer written with spaces, slashes or words', () => {
    const k = knowledge();
    for (const path of ['/ip ipsec peer', '/ip/ipsec/peer', 'ip ipsec peer']) assert.deepEqual(k.menu(path)?.path, ['ip', 'ipsec', 'peer']);
    assert.ok(k.commands(['ip', 'ipsec', 'peer']).some((command) => command.name === 'add'));
  });

  it('splits menu words from the command, relative to the current menu', () => {
    const k = knowledge();
    assert.deepEqual(k.resolveWords(['ip', 'ipsec', 'policy', 'group', 'add', 'x']), { menu: ['ip', 'ipsec', 'policy', 'group'], command: 'add', consumed: 5 });
    assert.deepEqual(k.resolveWords(['set'], ['ip', 'ipsec', 'profile']), { menu: ['ip', 'ipsec', 'profile'], command: 'set', consumed: 1 });
    assert.deepEqual(k.resolveWords(['..', 'proposal'], ['ip', 'ipsec', 'profile']), { menu: ['ip', 'ipsec', 'proposal'], consumed: 2 });
    assert.deepEqual(k.resolveWords(['ip', 'ipsek', 'peer']), { menu: ['ip'], consumed: 1 });
  });

  it('has the scripting commands at the root, with their arguments', () => {
    const names = knowledge().rootCommands().map((command) => command.name);
    for (const name of ['if', 'local', 'global', 'foreach', 'put', 'do', 'onerror', 'retry']) assert.ok(names.includes(name), name);
    assert.deepEqual(knowledge().arguments([], 'if').map((a) => a.name), ['condition', 'do', 'else']);
  });

  it('answers unknown input with undefined or empty lists', () => {
    const k = knowledge();
    assert.equal(k.menu('/no such menu'), undefined);
    assert.deepEqual(k.commands('/no such menu'), []);
    assert.deepEqual(k.arguments('/ip ipsec peer', 'nonsense'), []);
    assert.equal(k.argument('', '', ''), undefined);
    assert.equal(k.menuPresence('/ip ipsek').status, 'absent');
  });
});
