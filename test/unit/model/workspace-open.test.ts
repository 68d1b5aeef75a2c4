// Opening a file the workspace index already read from disk: when the editor's text is the file's text,
// the document read (and checked) from disk becomes the editor's, so nothing is read again; and closing it
// when its text is the file's keeps it.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { WorkspaceIndex } from '../../../server/src/model/workspace';
import { TextSnapshot } from '../../../server/src/model/snapshot';
import { WorkspaceChecker } from '../../../server/src/check';

const settings = { version: '7.24', maxFileSize: 5_000_000 };
const uri = 'file:///site/boise.rsc';
const text = '/ip ipsec peer\nadd address=203.0.113.1/32 name=seattle\n/ip ipsec identity\nadd peer=seattle secret=abc\n';

describe('opening a file the index read from disk', () => {
  it('keeps the document read from disk, now backed by the editor, with everything it had read', () => {
    const index = new WorkspaceIndex(settings);
    const fromDisk = index.update(uri, text, 0);
    const tree = fromDisk.parse;
    const opened = new TextSnapshot(uri, 'routeros', 1, text);
    const tracked = index.track(opened);
    assert.equal(tracked, fromDisk);
    assert.equal(tracked.document, opened);
    assert.equal(tracked.version, 1);
    assert.equal(tracked.parse, tree, 'the syntax tree is not read again');
    assert.equal(index.track(opened), tracked);
  });

  it('keeps the findings of the check that ran on the file from disk', () => {
    const index = new WorkspaceIndex(settings);
    const script = `${text}/ip ipsec proposal\nadd name=p enc-algorithms=des frobnicate=1\n`;
    index.update(uri, script, 0);
    const checker = new WorkspaceChecker(index);
    const before = checker.run().get(uri)!;
    const unknown = before.find((finding) => finding.code === 'unknown-property');
    assert.ok(unknown && before.some((finding) => finding.code === 'weak-algorithm'));
    index.track(new TextSnapshot(uri, 'routeros', 1, script));
    const after = checker.run().get(uri)!;
    assert.deepEqual(after.map((finding) => finding.message), before.map((finding) => finding.message));
    assert.ok(after.includes(unknown), 'the core diagnostics are those found from disk, not found again');
  });

  it('reads the editor text afresh when it differs from the file', () => {
    const index = new WorkspaceIndex(settings);
    const fromDisk = index.update(uri, text, 0);
    const edited = new TextSnapshot(uri, 'routeros', 1, text.replace('secret=abc', 'secret=xyz'));
    const tracked = index.track(edited);
    assert.notEqual(tracked, fromDisk);
    assert.equal(fromDisk.document.getText(), text, 'the document from disk is left as it was');
  });

  it('never takes a later editor version into a document an editor already backs', () => {
    const index = new WorkspaceIndex(settings);
    index.update(uri, text, 0);
    const first = index.track(new TextSnapshot(uri, 'routeros', 1, text));
    const second = index.track(new TextSnapshot(uri, 'routeros', 2, text));
    assert.notEqual(second, first, 'each editor version is its own document');
    assert.equal(first.version, 1);
  });

  it('keeps the document when the editor closes it with the text on disk, and reads the disk when they differ', () => {
    const index = new WorkspaceIndex(settings);
    const opened = index.track(new TextSnapshot(uri, 'routeros', 3, text));
    index.release(uri, text);
    assert.equal(index.get(uri), opened, 'closed unchanged: kept, read and checked');
    const reopened = new TextSnapshot(uri, 'routeros', 1, text);
    assert.equal(index.track(reopened), opened, 'and taken again when opened again');
    index.release(uri, text.replace('abc', 'xyz'));
    assert.notEqual(index.get(uri), opened, 'closed with changes not saved: the file on disk counts');
    assert.ok(index.get(uri)!.text.includes('secret=xyz'));
    index.release(uri, undefined);
    assert.equal(index.get(uri), undefined, 'not on disk: out of the workspace');
  });
});
