// RouterOS 6 IPsec syntax: the mapping to RouterOS 7 and the v6 view (ipsec.md §0, §1.15).
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { checkArgumentValue, knowledge, legacyArgument, legacyMenu, legacyValue } from '../../../server/src/knowledge/index';

describe('legacy mapping', () => {
  it('maps pre-6.43 peer arguments to identity and profile', () => {
    const toIdentity = ['secret', 'auth-method', 'my-id', 'generate-policy', 'mode-config', 'policy-template-group',
      'certificate', 'remote-certificate', 'notrack-chain'];
    const toProfile = ['enc-algorithm', 'hash-algorithm', 'dh-group', 'lifetime', 'dpd-interval', 'dpd-maximum-failures',
      'nat-traversal', 'proposal-check', 'lifebytes'];
    for (const name of toIdentity) assert.deepEqual(legacyArgument('/ip ipsec peer', name)?.replacement, { menu: ['ip', 'ipsec', 'identity'], argument: name });
    for (const name of toProfile) assert.deepEqual(legacyArgument(['ip', 'ipsec', 'peer'], name)?.replacement, { menu: ['ip', 'ipsec', 'profile'], argument: name });
    assert.equal(legacyArgument('/ip ipsec peer', 'address'), undefined);
    assert.match(legacyArgument('/ip ipsec peer', 'secret')?.source ?? '', /^ipsec\.md §/);
  });

  it('maps policy SA addresses to peer= and says v7 still accepts them', () => {
    const mapping = legacyArgument('/ip ipsec policy', 'sa-dst-address');
    assert.deepEqual(mapping?.replacement, { menu: ['ip', 'ipsec', 'policy'], argument: 'peer' });
    assert.equal(mapping?.stillAccepted, true);
    assert.equal(knowledge('7.22').argumentPresence('/ip ipsec policy', 'add', 'sa-dst-address').status, 'present');
  });

  it('maps the 6.43 menu /ip ipsec peer profile and the renamed values', () => {
    assert.deepEqual(legacyMenu('/ip ipsec peer profile')?.replacement, ['ip', 'ipsec', 'profile']);
    assert.equal(legacyMenu('/ip ipsec profile'), undefined);
    assert.equal(legacyValue('/ip ipsec identity', 'auth-method', 'rsa-signature')?.replacement, 'digital-signature');
    assert.ok(legacyValue('/ip ipsec peer', 'exchange-mode', 'main-l2tp'));
    assert.ok(legacyValue('/ip ipsec identity', 'generate-policy', 'yes'));
    assert.equal(legacyValue('/ip ipsec identity', 'auth-method', 'digital-signature'), undefined);
  });

  it('the v6 peer arguments are absent from every 7.x release', () => {
    const presence = knowledge('7.24').argumentPresence('/ip ipsec peer', 'add', 'secret');
    assert.deepEqual(presence, { status: 'absent', releases: [], summary: 'no known 7.x release' });
    assert.equal(knowledge('7.24').menu('/ip ipsec peer profile'), undefined);
  });
});

describe('the RouterOS 6 view', () => {
  const v6 = knowledge('6.40.9');

  it('knows the pre-6.43 peer with its secret, documented from the identity', () => {
    assert.equal(v6.argumentPresence('/ip ipsec peer', 'add', 'secret').status, 'present');
    const secret = v6.argument('/ip ipsec peer', 'add', 'secret');
    assert.equal(secret?.doc?.sensitive, true);
    assert.equal(v6.argument('/ip ipsec peer', 'add', 'dh-group')?.doc?.default?.value, 'modp2048,modp1024');
  });

  it('checks v6 values with v6 knowledge', () => {
    const auth = v6.argument('/ip ipsec peer', 'add', 'auth-method');
    assert.ok(auth);
    assert.equal(checkArgumentValue(auth, 'rsa-signature'), undefined);
    const mode = v6.argument('/ip ipsec peer', 'add', 'exchange-mode');
    assert.ok(mode);
    assert.equal(checkArgumentValue(mode, 'main-l2tp'), undefined);
    assert.ok(checkArgumentValue(mode, 'ikev2'));
    assert.deepEqual(v6.valuePresence('/ip ipsec proposal', 'add', 'enc-algorithms', 'chacha20poly1305'),
      { status: 'absent', releases: [], summary: 'RouterOS 7 only' });
  });

  it('says RouterOS 7 only for IPsec arguments v6 never had', () => {
    const presence = v6.argumentPresence('/ip ipsec profile', 'add', 'ppk');
    assert.equal(presence.status === 'absent' && presence.summary, 'RouterOS 7 only (7.21 and later)');
  });

  it('is unsure across the 6.43 split rather than wrong', () => {
    assert.equal(knowledge('6.45').argumentPresence('/ip ipsec peer', 'add', 'secret').status, 'unknown');
    assert.equal(knowledge('6.45').argumentPresence('/ip ipsec identity', 'add', 'secret').status, 'present');
    assert.equal(v6.argumentPresence('/ip ipsec identity', 'add', 'secret').status, 'unknown');
    assert.equal(v6.menuPresence('/ip ipsec peer profile').status, 'unknown');
  });

  it('has no knowledge outside IPsec: unknown, and never judged', () => {
    assert.equal(v6.covers('/interface bridge'), false);
    assert.equal(v6.covers('/ip ipsec policy'), true);
    assert.equal(v6.menuPresence('/interface lte apn').status, 'unknown');
    const ipType = v6.argument('/interface lte apn', 'add', 'ip-type');
    assert.ok(ipType);
    assert.equal(checkArgumentValue(ipType, 'ipv4-ipv6'), undefined);
  });
});
