// Networks as the IPsec checks compare them. IPv4 parsing is hand-written for speed (the rules parse
// every own subnet and firewall address of an export); it must accept exactly the dotted quads a strict
// reading accepts: four octets of one to three ASCII digits, each at most 255.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { contains, formatNetwork, overlaps, parseHost, parseNetwork, prefixContains } from '../../../server/src/model/addresses';

/** The reading the parser must agree with, written the plain way. */
function strictIPv4(text: string): number | undefined {
  const match = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/.exec(text);
  if (!match) return undefined;
  const octets = match.slice(1).map(Number);
  return octets.some((octet) => octet > 255) ? undefined : octets.reduce((value, octet) => value * 256 + octet, 0);
}

function randomText(random: () => number): string {
  const alphabet = '0123456789..../:a ٣';
  const length = Math.floor(random() * 18);
  let text = '';
  for (let i = 0; i < length; i++) text += alphabet[Math.floor(random() * alphabet.length)];
  return text;
}

describe('parseNetwork', () => {
  it('reads IPv4 hosts and prefixes, clearing host bits', () => {
    assert.equal(formatNetwork(parseNetwork('192.168.1.77/24')!), '192.168.1.0/24');
    assert.equal(formatNetwork(parseNetwork('10.0.0.1')!), '10.0.0.1/32');
    assert.equal(formatNetwork(parseNetwork('0.0.0.0/0')!), '0.0.0.0/0');
    assert.equal(formatNetwork(parseNetwork('255.255.255.255/32')!), '255.255.255.255/32');
    assert.equal(formatNetwork(parseNetwork('010.001.000.009')!), '10.1.0.9/32');
    assert.equal(formatNetwork(parseHost('10.1.2.3/16')!), '10.1.2.3/32');
  });

  it('rejects what is not a dotted quad', () => {
    for (const text of ['', '1.2.3', '1.2.3.4.5', '1.2.3.4.', '.1.2.3', '1..2.3', '256.1.1.1', '1.2.3.1000', '1234.1.1.1', 'a.b.c.d', '1.2.3.4/33', '1.2.3.4/', '1.2.3.4/x', 'router.example', '1.2.3.٣']) {
      assert.equal(parseNetwork(text), undefined, text);
    }
  });

  it('agrees with the strict reading on random texts', () => {
    let state = 12345;
    const random = () => ((state = (state * 1103515245 + 12345) & 0x7fffffff) / 0x80000000);
    for (let round = 0; round < 20_000; round++) {
      const text = round % 3 === 0 ? `${round % 300}.${(round * 7) % 260}.${round % 10}.${(round * 13) % 257}` : randomText(random);
      const expected = strictIPv4(text);
      const network = parseNetwork(text);
      if (expected === undefined) assert.ok(network === undefined || network.family === 6, text);
      else assert.equal(network?.base, BigInt(expected), text);
    }
  });

  it('reads IPv6 and compares networks', () => {
    assert.equal(formatNetwork(parseNetwork('2001:db8::1/32')!), '2001:db8::/32');
    assert.ok(contains(parseNetwork('10.0.0.0/8')!, parseNetwork('10.1.2.0/24')!));
    assert.ok(!contains(parseNetwork('10.1.2.0/24')!, parseNetwork('10.0.0.0/8')!));
    assert.ok(overlaps(parseNetwork('10.1.2.0/24')!, parseNetwork('10.0.0.0/8')!));
    assert.ok(!overlaps(parseNetwork('10.1.2.0/24')!, parseNetwork('2001:db8::/32')!));
    assert.ok(prefixContains('203.0.113.0/24', '203.0.113.9'));
  });
});
