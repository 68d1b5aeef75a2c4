// The corpus helper finds the RouterOS scripts inside articles: fenced blocks, console sessions,
// commands written in the prose, and text files that are export excerpts.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { scriptsInArticle, startsCommand } from '../../helpers/corpus';

function found(file: string, lines: string[]): { line: number; text: string }[] {
  return scriptsInArticle(file, lines.join('\n')).map(({ line, text }) => ({ line, text }));
}

describe('scripts inside articles', () => {
  it('takes fenced blocks that hold commands, and skips the others', () => {
    const article = ['# Setup', '```ros', '/ip address', 'add address=1.1.1.1/24', '```', '```bash', 'ssh admin@router', '```'];
    assert.deepEqual(found('a.md', article), [{ line: 3, text: '/ip address\nadd address=1.1.1.1/24' }]);
  });

  it('keeps only the typed commands of a console session, in the menu of the prompt', () => {
    const article = ['```', '[admin@r1] /ip/ipsec/policy> print', 'Flags: T - template', '0 T * group=default', '[admin@r1] > /ip route print', '```'];
    assert.deepEqual(found('a.md', article), [{ line: 2, text: '/ip/ipsec/policy print\n\n\n/ip route print' }]);
  });

  it('blanks what a print printed after a command in a block', () => {
    const article = ['```', '/ip/ipsec/policy/print', 'Flags: T - template', '1 T group=x src-address=1.1.1.1/32', '/ip address print', '```'];
    assert.deepEqual(found('a.md', article), [{ line: 2, text: '/ip/ipsec/policy/print\n\n\n/ip address print' }]);
  });

  it('collects command lines written in the prose, with their continuations', () => {
    const article = ['1. Create the CA', '   /certificate add name=ca \\', '   common-name=ca', 'then sign it:', '/certificate sign ca'];
    assert.deepEqual(found('notes.txt', article), [
      { line: 2, text: '/certificate add name=ca \\\ncommon-name=ca' },
      { line: 5, text: '/certificate sign ca' },
    ]);
  });

  it('takes a text file of command lines as one script, even when it starts mid-command', () => {
    const excerpt = [' name=gre1 remote-address=\\', '    192.0.2.1', 'add name=gre2 remote-address=192.0.2.2', '/ip address', 'add address=10.0.0.1/24 interface=gre1'];
    assert.deepEqual(found('excerpt.txt', excerpt), [{ line: 1, text: excerpt.join('\n') }]);
  });
});

describe('what reads as a command', () => {
  it('accepts menu paths, scripting commands and relative commands with arguments', () => {
    for (const line of ['/ip ipsec peer', ':local a 1', 'ip ipsec policy add tunnel=yes', 'add name=x', 'interface/gre/add name=a']) {
      assert.ok(startsCommand(line), line);
    }
  });

  it('rejects prose, shell commands and placeholders', () => {
    for (const line of ['Add the peer on both routers.', 'ssh admin@192.0.2.1', '<MY_NETWORK> = 172.16.0.0/16', 'set up the tunnel']) {
      assert.ok(!startsCommand(line), line);
    }
  });
});
