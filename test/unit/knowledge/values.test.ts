import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  didYouMean, invalidEnumMembers, isAddressOrPrefix, isHostName, isIPv4, isIPv4Prefix, isIPv4Range, isIPv6,
  isIPv6Prefix, isMac, isNumberInBounds, isPoolRanges, parseTime, parseYesNo,
} from '../../../server/src/knowledge/index';

const accepts = (check: (text: string) => boolean, good: string[], bad: string[]) => {
  for (const text of good) assert.equal(check(text), true, `should accept ${text}`);
  for (const text of bad) assert.equal(check(text), false, `should reject ${text}`);
};

describe('address validators', () => {
  it('IPv4', () => accepts(isIPv4, ['10.0.0.1', '0.0.0.0', '255.255.255.255'], ['256.1.1.1', '10.0.0', '10.0.0.1.2', '01.a.0.1', '']));
  it('IPv6', () =>
    accepts(isIPv6, ['::', '::1', 'fe80::1', '2001:db8::1:0:0:1', '1:2:3:4:5:6:7:8', '::ffff:192.0.2.1'], ['1:2:3:4:5:6:7:8:9', '1::2::3', 'g::1', '12345::', ':::']));
  it('prefixes, including the default routes', () => {
    accepts(isIPv4Prefix, ['0.0.0.0/0', '10.1.0.0/24', '192.0.2.1/32'], ['10.1.0.0/33', '10.1.0.0', '10.1.0.0/']);
    accepts(isIPv6Prefix, ['::/0', '2001:db8::/32', 'fe80::1/128'], ['::/129', '2001:db8::']);
    accepts(isAddressOrPrefix, ['10.0.0.1', '10.0.0.0/8', '::/0', '2001:db8::1'], ['vpn.example.com', '10.0.0.0/40']);
  });
  it('ranges and pool ranges', () => {
    accepts(isIPv4Range, ['10.0.0.2-10.0.0.254'], ['10.0.0.254-10.0.0.2', '10.0.0.2-', '10.0.0.2']);
    accepts(isPoolRanges, ['10.0.0.2-10.0.0.254', '10.0.0.0/24,10.0.1.10-10.0.1.20,10.0.2.1'], ['', '10.0.0.2-10.0.0.999', 'pool1']);
  });
  it('DNS names and MAC addresses', () => {
    accepts(isHostName, ['vpn.example.com', 'router1'], ['10.0.0.1', '-bad.example', 'a..b']);
    accepts(isMac, ['AA:BB:CC:DD:EE:FF', 'aa-bb-cc-dd-ee-ff', 'AABB.CCDD.EEFF'], ['AA:BB:CC:DD:EE', 'AA:BB-CC:DD:EE:FF', 'GG:BB:CC:DD:EE:FF']);
  });
});

describe('parseTime', () => {
  it('reads unit and clock forms into milliseconds', () => {
    assert.equal(parseTime('30m'), 1_800_000);
    assert.equal(parseTime('1d2h3m'), 93_780_000);
    assert.equal(parseTime('00:30:00'), 1_800_000);
    assert.equal(parseTime('1w'), 604_800_000);
    assert.equal(parseTime('500ms'), 500);
    assert.equal(parseTime('1d00:00:01'), 86_401_000);
    assert.equal(parseTime('00:00:00.200'), 200);
    assert.equal(parseTime('3600'), 3_600_000);
  });
  it('rejects what is not a time', () => {
    for (const text of ['', 'abc', '30x', '1h30', '00:61:00', 'm']) assert.equal(parseTime(text), undefined, text);
  });
});

describe('numbers, yes/no, enumerations', () => {
  it('numbers within bounds, decimal or hex', () => {
    assert.equal(isNumberInBounds('500', 0, 65535), true);
    assert.equal(isNumberInBounds('0x1f4', 0, 65535), true);
    assert.equal(isNumberInBounds('65536', 0, 65535), false);
    assert.equal(isNumberInBounds('5a', 0, 65535), false);
  });
  it('yes/no and the true/false of v6 exports', () => {
    assert.deepEqual(['yes', 'no', 'true', 'false', 'on'].map(parseYesNo), [true, false, true, false, undefined]);
  });
  it('enumeration membership of single values and comma lists', () => {
    assert.deepEqual(invalidEnumMembers('aes-256,aes-128', ['aes-256', 'aes-128'], true), []);
    assert.deepEqual(invalidEnumMembers('aes-256,aes-512', ['aes-256', 'aes-128'], true), ['aes-512']);
    assert.deepEqual(invalidEnumMembers('aes-256,aes-128', ['aes-256', 'aes-128'], false), ['aes-256,aes-128']);
  });
});

describe('didYouMean', () => {
  it('suggests the closest candidate within reach', () => {
    assert.equal(didYouMean('aes256-cbc', ['aes-128-cbc', 'aes-256-cbc']), 'aes-256-cbc');
    assert.equal(didYouMean('exchange-mod', ['exchange-mode', 'passive']), 'exchange-mode');
    assert.equal(didYouMean('IKE2', ['main', 'ike2']), 'ike2');
  });
  it('stays silent when nothing is close', () => {
    assert.equal(didYouMean('blowfish', ['ike2', 'main']), undefined);
    assert.equal(didYouMean('x', []), undefined);
  });
});
