// /import in the simulator: a script runs line by line against the configuration, with RouterOS's
// path context, `[ find ]`, variables, and its wording when a line fails.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { addItem } from '../../simulator/config/menu-commands';
import { ConfigStore } from '../../simulator/config/store';
import { runImport } from '../../simulator/script/import-file';

function imported(script: string, store = new ConfigStore(), dryRun = false) {
  const name = `s${store.items('file').length}.rsc`;
  addItem(store, 'file', { name, contents: script });
  const outcome = runImport(store, name, dryRun);
  return { store, error: outcome.kind === 'trap' ? outcome.traps[0].message : undefined };
}

describe('simulated /import', () => {
  it('follows menu context lines, absolute paths and `..`', () => {
    const { store, error } = imported('/ip ipsec\nprofile add name=p1\n/ip ipsec proposal\nadd name=q1\n.. peer add name=x address=192.0.2.1 profile=p1');
    assert.equal(error, undefined);
    assert.deepEqual(store.userItems('ip/ipsec/profile').map((item) => item.name), ['p1']);
    assert.deepEqual(store.userItems('ip/ipsec/peer').map((item) => [item.name, item.address]), [['x', '192.0.2.1']]);
  });

  it('runs `set [ find default=yes ]` and variables, as exports and scripts write them', () => {
    const { store, error } = imported(':local ttl 2h\n/ip ipsec profile set [ find default=yes ] lifetime=$ttl dpd-interval=2m\n/ip ipsec peer add name="a b" address=192.0.2.9/32');
    assert.equal(error, undefined);
    const [profile] = store.items('ip/ipsec/profile');
    assert.equal(profile.props.lifetime, '2h');
    assert.equal(store.userItems('ip/ipsec/peer')[0].name, 'a b');
  });

  it('stops at the first failing line, keeps the lines before it, and names the command and line', () => {
    const { store, error } = imported('/ip ipsec profile add name=p1\n/ip ipsec profile add name=p2\n/ip ipsec profile add name=p1\n/ip ipsec profile add name=p3');
    assert.equal(error, 'failure: already have profile with such name (/ip/ipsec/profile/add; line 3)');
    assert.deepEqual(store.userItems('ip/ipsec/profile').map((item) => item.name), ['p1', 'p2']);
  });

  it('reports unknown commands, arguments and syntax with line and column', () => {
    assert.equal(imported('/ip ipsec peer\nadd name=a\nfrobnicate name=b').error, 'bad command name frobnicate (line 3 column 1)');
    assert.equal(imported('/ip ipsec peer add name=a colour=blue').error, 'expected end of command (line 1 column 27)');
    assert.match(imported('/ip ipsec peer add name="unclosed\n').error ?? '', /^syntax error \(line 1 column \d+\)$/);
  });

  it('in a dry run, finds what the text shows and changes nothing', () => {
    const store = new ConfigStore();
    const before = JSON.stringify(store.userItems('ip/ipsec/profile'));
    assert.match(imported('/ip ipsec profile add name=p1 hash-algorithm=sha3', store, true).error ?? '', /input does not match any value of hash-algorithm/);
    assert.equal(imported('/ip ipsec peer add name=x profile=missing', store, true).error, undefined);
    assert.equal(JSON.stringify(store.userItems('ip/ipsec/profile')), before);
  });
});
