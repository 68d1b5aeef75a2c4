// A certificate's subject-alt-name is a TYPE:VALUE list (ipsec.md §2.1), although tab completion offers only
// the type words: `DNS:vpn.example.com` is valid, an unknown type is not.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checkArgumentValue, knowledge } from '../../../server/src/knowledge/index';

const subjectAltName = knowledge('7.24').argument(['certificate'], 'add', 'subject-alt-name')!;

test('TYPE:VALUE entries and lists of them are accepted', () => {
  assert.equal(checkArgumentValue(subjectAltName, 'DNS:vpn.example.com'), undefined);
  assert.equal(checkArgumentValue(subjectAltName, 'IP:192.0.2.1,DNS:vpn.example.com'), undefined);
});

test('an unknown type is refused, naming the accepted ones', () => {
  assert.match(checkArgumentValue(subjectAltName, 'URI:x')?.message ?? '', /DNS, IP, email/);
});
