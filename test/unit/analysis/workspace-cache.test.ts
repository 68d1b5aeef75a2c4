// The router rules' findings are kept per file between checks; those that depend on the rest of the
// workspace (a name defined in another file, ipsec.md §3 on references) must follow that file's edits.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { WorkspaceIndex } from '../../../server/src/model/workspace';
import { WorkspaceChecker } from '../../../server/src/check';

const a = 'file:///site/a.rsc';
const b = 'file:///site/b.rsc';
const usesPeerX = '/ip ipsec identity\nadd peer=x secret=abc\n/ip ipsec policy\nadd peer=x src-address=10.1.0.0/24 dst-address=10.2.0.0/24 tunnel=yes\n';

describe('findings kept between checks', () => {
  it('drops an undefined-reference once another file defines the name, and brings it back when it goes', () => {
    const index = new WorkspaceIndex({ version: '7.24', maxFileSize: 5_000_000 });
    index.update(a, usesPeerX, 1);
    index.update(b, '/ip ipsec profile\nadd name=q\n', 1);
    const checker = new WorkspaceChecker(index);
    const undefinedIn = (uri: string) => (checker.run().get(uri) ?? []).filter((finding) => finding.code === 'undefined-reference').length;
    assert.equal(undefinedIn(a), 2, 'peer=x on the identity and on the policy');
    index.update(b, '/ip ipsec peer\nadd name=x address=203.0.113.9/32\n', 2);
    assert.equal(undefinedIn(a), 0, 'b.rsc defines peer x now');
    index.update(b, '/ip ipsec profile\nadd name=q\n', 3);
    assert.equal(undefinedIn(a), 2, 'b.rsc no longer defines it');
  });

  it('reuses the findings of an unchanged file while the workspace answers the same', () => {
    const index = new WorkspaceIndex({ version: '7.24', maxFileSize: 5_000_000 });
    index.update(a, usesPeerX, 1);
    index.update(b, '/ip ipsec profile\nadd name=q\n', 1);
    const checker = new WorkspaceChecker(index);
    const first = checker.run().get(a)!.find((finding) => finding.code === 'undefined-reference');
    index.update(b, '/ip ipsec profile\nadd name=r\n', 2);
    const second = checker.run().get(a)!.find((finding) => finding.code === 'undefined-reference');
    assert.ok(first);
    assert.equal(second, first, 'the same finding object: the rules did not run again for a.rsc');
  });
});
