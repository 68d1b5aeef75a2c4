// Menu paths handed out by word resolution are shared: one frozen array per path, whose keys are known
// without joining. Sharing must never change an answer, and invented words must not grow it unbounded.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { childPath, menuKey, parentPath, ROOT_PATH, sharedPath, slashKey } from '../../../server/src/knowledge/paths';
import { knowledge } from '../../../server/src/knowledge/index';

describe('shared menu paths', () => {
  it('gives the same array for the same path, however it is reached', () => {
    const peer = childPath(childPath(childPath(ROOT_PATH, 'ip'), 'ipsec'), 'peer');
    assert.deepEqual(peer, ['ip', 'ipsec', 'peer']);
    assert.equal(sharedPath(['ip', 'ipsec', 'peer']), peer);
    assert.equal(sharedPath(peer), peer);
    assert.equal(parentPath(peer), sharedPath(['ip', 'ipsec']));
    assert.equal(parentPath(ROOT_PATH), ROOT_PATH);
    assert.ok(Object.isFrozen(peer));
  });

  it('knows both keys of a shared path and computes them for any other array', () => {
    const peer = sharedPath(['ip', 'ipsec', 'peer']);
    assert.equal(menuKey(peer), 'ip ipsec peer');
    assert.equal(slashKey(peer), '/ip ipsec peer');
    assert.equal(slashKey(ROOT_PATH), '/');
    assert.equal(menuKey(['ip', 'ipsec', 'policy']), 'ip ipsec policy');
    assert.equal(slashKey(['ip', 'firewall', 'nat']), '/ip firewall nat');
    assert.equal(menuKey(['ip/ipsec', 'peer']), 'ip ipsec peer');
  });

  it('does not share a word that is not a plain word, nor more than a bounded number of children', () => {
    const odd = childPath(ROOT_PATH, 'ip/ipsec');
    assert.notEqual(childPath(ROOT_PATH, 'ip/ipsec'), odd);
    assert.equal(menuKey(odd), 'ip ipsec');
    const parent = sharedPath(['shared-paths-test']);
    const children = Array.from({ length: 1100 }, (_, n) => childPath(parent, `word${n}`));
    assert.equal(childPath(parent, 'word5'), children[5], 'early children are shared');
    assert.notEqual(childPath(parent, 'word1099'), children[1099], 'past the bound, arrays are fresh');
    assert.equal(slashKey(children[1099]!), '/shared-paths-test word1099');
  });

  it('resolves command words to shared menus, `..` included', () => {
    const kb = knowledge('7.24');
    const first = kb.resolveWords(['ip', 'ipsec', 'peer', 'add']);
    const second = kb.resolveWords(['peer', 'add'], ['ip', 'ipsec']);
    assert.equal(first.menu, second.menu);
    assert.equal(first.command, 'add');
    const up = kb.resolveWords(['..', 'policy', 'add'], first.menu);
    assert.equal(up.menu, sharedPath(['ip', 'ipsec', 'policy']));
    assert.equal(up.consumed, 3);
  });
});
