import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { checkArgumentValue, knowledge, type ArgumentInfo } from '../../../server/src/knowledge/index';

function argument(menu: string, name: string, release = '7.24', command = 'add'): ArgumentInfo {
  const info = knowledge(release).argument(menu, command, name);
  assert.ok(info, `${menu} ${command} ${name}`);
  return info;
}

const accepted = (arg: ArgumentInfo, ...values: string[]) => {
  for (const value of values) assert.equal(checkArgumentValue(arg, value), undefined, `${arg.name}=${value}`);
};
const rejected = (arg: ArgumentInfo, ...values: string[]) => {
  for (const value of values) assert.ok(checkArgumentValue(arg, value), `${arg.name}=${value} should be rejected`);
};

describe('checkArgumentValue', () => {
  it('enumeration lists: every member must be known, with a suggestion for typos', () => {
    const enc = argument('/ip ipsec proposal', 'enc-algorithms');
    accepted(enc, 'aes-256-gcm', 'aes-256-cbc,aes-128-cbc');
    const problem = checkArgumentValue(enc, 'aes-256-gcm,aes256-cbc');
    assert.equal(problem?.member, 'aes256-cbc');
    assert.equal(problem?.suggestion, 'aes-256-cbc');
  });

  it('single-value enumerations reject lists', () => {
    const hash = argument('/ip ipsec profile', 'hash-algorithm');
    accepted(hash, 'sha256');
    assert.match(checkArgumentValue(hash, 'sha1,sha256')?.message ?? '', /single value/);
  });

  it('says where a value exists when the target lacks it', () => {
    const problem = checkArgumentValue(argument('/ip ipsec profile', 'dh-group', '7.24'), 'modp2048,ec2n155');
    assert.deepEqual(problem?.existsIn, { releases: ['7.9.2'], summary: 'only 7.9' });
    accepted(argument('/ip ipsec profile', 'dh-group', '7.9'), 'modp2048,ec2n155');
  });

  it('times with bounds and keywords', () => {
    const dpd = argument('/ip ipsec profile', 'dpd-interval');
    accepted(dpd, '8s', '2m', 'disable-dpd', '00:00:30');
    rejected(dpd, '2h', 'never', '8 s');
    accepted(argument('/ip ipsec proposal', 'lifetime'), '30m', '1d', '00:30:00', '8h');
  });

  it('numbers with bounds, and ports that also take any', () => {
    accepted(argument('/ip ipsec peer', 'port'), '500', '4500');
    rejected(argument('/ip ipsec peer', 'port'), '70000', 'ike');
    accepted(argument('/ip ipsec policy', 'src-port'), 'any', '1701');
    rejected(argument('/ip ipsec profile', 'dpd-maximum-failures'), '0', '101');
  });

  it('addresses: policy prefixes, peer addresses or DNS names, pool ranges', () => {
    accepted(argument('/ip ipsec policy', 'src-address'), '10.1.0.0/24', '0.0.0.0/0', '::/0', '192.0.2.1');
    rejected(argument('/ip ipsec policy', 'src-address'), '10.1.0.0/33', 'lan');
    accepted(argument('/ip ipsec peer', 'address'), '203.0.113.1/32', 'vpn.example.com', '2001:db8::1/128');
    accepted(argument('/ip pool', 'ranges'), '10.0.0.2-10.0.0.254', '10.0.0.0/24,10.0.1.5');
    rejected(argument('/ip pool', 'ranges'), '10.0.0.254-10.0.0.2');
  });

  it('console address hints are loose: other address forms pass, broken addresses do not', () => {
    const address = argument('/ip address', 'address');
    accepted(address, '192.168.88.1/24', '10.0.0.1');
    rejected(address, '192.168.88.300/24');
  });

  it('identity IDs: keywords and TYPE:VALUE with a known type', () => {
    const myId = argument('/ip ipsec identity', 'my-id');
    accepted(myId, 'auto', 'dn', 'fqdn:vpn.example.com', 'address:192.0.2.1', 'key-id:CN=site-b');
    assert.equal(checkArgumentValue(myId, 'fdqn:vpn.example.com')?.suggestion, 'fqdn:vpn.example.com');
    rejected(myId, 'ignore');
    accepted(argument('/ip ipsec identity', 'remote-id'), 'ignore', 'user-fqdn:alice@example.com');
  });

  it('yes/no also as true/false; firewall ipsec-policy', () => {
    accepted(argument('/ip ipsec peer', 'passive'), 'yes', 'no', 'true', 'false');
    rejected(argument('/ip ipsec peer', 'passive'), 'maybe');
    const ipsecPolicy = argument('/ip firewall filter', 'ipsec-policy');
    accepted(ipsecPolicy, 'in,ipsec', 'out,none');
    rejected(ipsecPolicy, 'in,ipsex', 'both,ipsec');
  });

  it('lenient where the console only gave completion: lists, negation and protocol numbers', () => {
    accepted(argument('/ip firewall filter', 'connection-state'), 'established,related,untracked', '!invalid');
    accepted(argument('/ip ipsec policy', 'protocol'), 'gre', '47');
    rejected(argument('/ip ipsec policy', 'protocol'), 'grr');
  });

  it('leaves computed values, names and unknown kinds alone', () => {
    accepted(argument('/ip ipsec policy', 'src-address'), '$lan', '[/ip address get 0 address]');
    accepted(argument('/ip ipsec identity', 'peer'), 'anything-goes');
    accepted(argument('/interface list member', 'list'), 'WAN');
  });
});
