// Which of the router's own subnets a tunnel's traffic leaves by (nat-bypass narrows the srcnat rules it
// looks at to those of that interface): the first enabled `/ip address` whose subnet holds the address.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { connectedInterface } from '../../../server/src/analysis/firewall';
import { WorkspaceIndex } from '../../../server/src/model/workspace';

function viewOf(lines: string[]) {
  return new WorkspaceIndex({ version: '7.24', maxFileSize: 5_000_000 }).update('file:///r.rsc', ['/ip address', ...lines, ''].join('\n'), 1).ipsec;
}

describe('connectedInterface', () => {
  it('finds the subnet that holds an address or a prefix', () => {
    const view = viewOf(['add address=10.1.0.1/24 interface=bridge', 'add address=192.0.2.2/30 interface=ether1', 'add address=2001:db8:1::1/64 interface=bridge6']);
    assert.equal(connectedInterface(view, '10.1.0.77'), 'bridge');
    assert.equal(connectedInterface(view, '10.1.0.128/25'), 'bridge');
    assert.equal(connectedInterface(view, '192.0.2.1'), 'ether1');
    assert.equal(connectedInterface(view, '2001:db8:1::9/128'), 'bridge6');
    assert.equal(connectedInterface(view, '10.1.0.0/16'), undefined, 'a wider prefix is not inside the subnet');
    assert.equal(connectedInterface(view, '10.2.0.1'), undefined);
    assert.equal(connectedInterface(view, 'vpn.example.com'), undefined);
  });

  it('takes the first subnet in table order when several hold the address, and skips disabled ones', () => {
    const view = viewOf([
      'add address=10.0.0.1/8 interface=wide disabled=yes',
      'add address=10.1.0.1/16 interface=middle',
      'add address=10.1.2.1/24 interface=narrow',
      'add address=10.0.0.2/8 interface=wide2',
    ]);
    assert.equal(connectedInterface(view, '10.1.2.3'), 'middle');
    assert.equal(connectedInterface(view, '10.9.9.9'), 'wide2');
  });
});
