import { test } from 'node:test';
import assert from 'node:assert/strict';
import { coreDiagnostics } from '../../../server/src/features/index';
import { fixture, type FixtureOptions } from './fixture';

/** Each finding as `code severity "the text it covers"`. */
function findings(text: string, options?: FixtureOptions): string[] {
  const { doc } = fixture(text, options);
  return coreDiagnostics(doc).map((finding) => `${finding.code} ${finding.severity} "${text.slice(finding.span.start, finding.span.end)}"`);
}

function messages(text: string, options?: FixtureOptions): string[] {
  return coreDiagnostics(fixture(text, options).doc).map((finding) => finding.message);
}

test('a clean IPsec section has no findings', () => {
  const script = [
    '/ip ipsec profile',
    'add name=p1 dh-group=ecp256,modp2048 enc-algorithm=aes-256 hash-algorithm=sha256',
    '/ip ipsec peer',
    'add name=b address=198.51.100.2/32 exchange-mode=ike2 profile=p1',
    '/ip ipsec policy',
    'set 0 disabled=yes',
    'add src-address=10.1.0.0/24 dst-address=10.2.0.0/24 peer=b tunnel=yes',
    '',
  ].join('\n');
  assert.deepEqual(findings(script), []);
});

test('syntax problems come from the parser', () => {
  assert.deepEqual(findings('/ip ipsec peer\nadd comment="open\n'), ['syntax error ""open"']);
});

test('unknown menu word, with did-you-mean and a fix; the lines below it are not checked', () => {
  const { doc } = fixture('/ip ipsecx peer\nadd name=a\nadd name=b\n');
  const [finding, ...rest] = coreDiagnostics(doc);
  assert.deepEqual(rest, []);
  assert.equal(finding!.code, 'unknown-command');
  assert.equal(finding!.severity, 'error');
  assert.equal(finding!.message, '`ipsecx` is neither a menu nor a command of /ip. Did you mean `ipsec`? (RouterOS: "bad command name ipsecx")');
  assert.deepEqual(finding!.fixes[0]!.edits.map((edit) => ({ ...edit, span: { start: edit.span.start, end: edit.span.end } })), [{ uri: doc.uri, span: { start: 4, end: 10 }, newText: 'ipsec' }]);
});

test('unknown command and unknown scripting command', () => {
  assert.deepEqual(findings('/ip ipsec peer\nadd name=a\nremvoe 0\n:fooo\n'), ['unknown-command error "remvoe"', 'unknown-command error "fooo"']);
});

test('unknown property, with a did-you-mean', () => {
  assert.deepEqual(messages('/ip ipsec peer\nadd name=a porte=500\n'), [
    '`porte` is not an argument of /ip ipsec peer add. Did you mean `port`? (RouterOS: "expected end of command")',
  ]);
});

test('invalid enumeration value, list member, address, prefix and time', () => {
  const script = [
    '/ip ipsec peer',
    'add name=a exchange-mode=ike3 local-address=10.0.0.300',
    '/ip ipsec proposal',
    'add name=p enc-algorithms=aes-256-cbc,aes-257-cbc lifetime=30x',
    '/ip ipsec policy',
    'add src-address=10.0.0.0/33 dst-address=10.1.0.0/24',
    '',
  ].join('\n');
  assert.deepEqual(findings(script), [
    'invalid-value error "ike3"',
    'invalid-value error "10.0.0.300"',
    'invalid-value error "aes-257-cbc"',
    'invalid-value error "30x"',
    'invalid-value error "10.0.0.0/33"',
  ]);
  assert.equal(messages('/ip ipsec peer\nadd exchange-mode=ike3\n')[0],
    '`ike3` is not valid for exchange-mode: expected one of its values. Did you mean `ike2`? (RouterOS: "input does not match any value of exchange-mode")');
});

test('values the script computes are never flagged', () => {
  assert.deepEqual(findings('/ip ipsec peer\nadd exchange-mode=$mode address=[:resolve $host] port=($p + 1)\n'), []);
});

test('a property given twice', () => {
  assert.deepEqual(findings('/ip ipsec peer\nadd name=a passive=yes name=b\n'), ['duplicate-property warning "name"']);
});

test('release differences: a value only in 7.9, an argument only from 7.21', () => {
  assert.deepEqual(findings('/ip ipsec profile\nadd name=a dh-group=ec2n155\n', { version: '7.16' }), ['version error "ec2n155"']);
  assert.deepEqual(findings('/ip ipsec profile\nadd name=a dh-group=ec2n155\n', { version: '7.9' }), []);
  const [message] = messages('/ip ipsec peer\nadd name=a ppk-secret=x\n', { version: '7.9' });
  assert.match(message!, /^`ppk-secret` is not an argument of \/ip ipsec peer add in RouterOS 7\.9\.2: it exists in 7\.\d+ and later\.$/);
});

test('an export header overrides the version setting', () => {
  const script = '# 2023-07-12 17:38:00 by RouterOS 7.9.1\n/ip ipsec profile\nadd name=a dh-group=ec2n155\n';
  assert.deepEqual(findings(script, { version: '7.24' }), []);
});

test('RouterOS 6 syntax in a RouterOS 7 file names the RouterOS 7 form', () => {
  const script = '/ip ipsec peer\nadd name=a secret=abc\n/ip ipsec identity\nadd peer=a auth-method=rsa-signature\n/ip ipsec peer profile\nadd name=x\n';
  assert.deepEqual(findings(script), ['legacy-syntax error "secret"', 'legacy-syntax error "rsa-signature"', 'legacy-syntax error "/ip ipsec peer profile"']);
  assert.match(messages('/ip ipsec peer\nadd secret=abc\n')[0]!, /moved to \/ip ipsec identity in 6\.43/);
  const { doc } = fixture('/ip ipsec identity\nadd auth-method=rsa-signature\n');
  assert.equal(coreDiagnostics(doc)[0]!.fixes[0]!.edits[0]!.newText, 'digital-signature');
});

test('RouterOS 7 still takes sa-dst-address: advice, not an error', () => {
  assert.deepEqual(findings('/ip ipsec policy\nadd dst-address=10.2.0.0/24 sa-dst-address=1.2.3.4\n'), ['legacy-syntax information "sa-dst-address"']);
});

test('a RouterOS 6 file: legacy IPsec syntax is fine, other menus are never flagged', () => {
  const script = '/ip ipsec peer\nadd address=1.2.3.4/32 secret=abc exchange-mode=main-l2tp\n/ip firewall filter\nadd chain=input bogus=1\n';
  assert.deepEqual(findings(script, { version: '6.40' }), []);
  assert.deepEqual(findings('/ip ipsec peer\nadd address=1.2.3.4/32 exchange-mode=ike3\n', { version: '6.40' }), ['invalid-value warning "ike3"']);
});

test('commands inside :if and :foreach bodies are checked', () => {
  assert.deepEqual(findings(':foreach i in=$list do={\n  /ip ipsec peer add nme=$i\n}\n:if ($x) do={ /ip ipsec peer add exchange-mode=ike3 }\n'), [
    'unknown-property error "nme"',
    'invalid-value error "ike3"',
  ]);
});

test('comparisons after where and inside find are not arguments', () => {
  assert.deepEqual(findings('/ip ipsec peer\nprint where name=x\nset [ find comment=x ] disabled=yes\n'), []);
});

test('above maxFileSize only syntax is checked, with one information diagnostic saying so', () => {
  const script = '/ip ipsec peer\nadd exchange-mode=ike3 comment="open\n';
  assert.deepEqual(findings(script, { maxFileSize: 10 }), ['syntax error ""open"', 'file-too-large information "/ip ipsec peer"']);
  assert.match(messages(script, { maxFileSize: 10 })[1]!, /more than the routeros\.maxFileSize setting \(10\)/);
});

test('export shorthand for dotted names and root menus used as scripting commands are accepted', () => {
  const { doc } = fixture('/routing bgp connection\nadd local.address=10.0.0.1 .role=ebgp name=peer1 remote.address=10.0.0.2 .as=65001\n:log info "started"\n');
  assert.deepEqual(coreDiagnostics(doc).map((finding) => finding.code), []);
});

test('values are judged on every line of a long section, whether they recur or not', () => {
  // Judged values are remembered per argument (`action=drop` recurs) until the memo fills with values that
  // do not recur (addresses, comments), after which it is given up: neither may hide a late wrong value.
  const lines = ['/ip firewall address-list'];
  for (let i = 0; i < 600; i++) lines.push(`add address=10.${i >> 8}.${i & 255}.0/24 list=blocked comment="entry ${i}"`);
  lines.push('add address=10.999.0.0/24 list=blocked', '/ip firewall filter');
  for (let i = 0; i < 600; i++) lines.push(`add action=${i % 2 ? 'drop' : 'accept'} chain=forward protocol=tcp src-address=10.1.${i >> 8}.${i & 255}`);
  lines.push('add action=dorp chain=forward protocol=tcp src-address=10.1.2.3', '');
  assert.deepEqual(findings(lines.join('\n')).map((finding) => finding.replace(/ (error|warning) /, ' ')), [
    'invalid-value "10.999.0.0/24"',
    'invalid-value "dorp"',
  ]);
});
