import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { DocumentSymbol } from 'vscode-languageserver';
import { documentSymbols, foldingRanges } from '../../../server/src/features/index';
import { fixture } from './fixture';

/** A symbol tree as `name (detail) [first line-last line]` with children indented. */
function outline(symbols: readonly DocumentSymbol[], indent = ''): string[] {
  return symbols.flatMap((symbol) => [
    `${indent}${symbol.name}${symbol.detail ? ` (${symbol.detail})` : ''} [${symbol.range.start.line}-${symbol.range.end.line}]`,
    ...outline(symbol.children ?? [], indent + '  '),
  ]);
}

const EXPORT = [
  '# 2024-01-02 03:04:05 by RouterOS 7.16.2', // 0
  '# software id = ABCD',                     // 1
  '/interface gre',                           // 2
  'add name=gre-b remote-address=198.51.100.2', // 3
  '/ip ipsec profile',                        // 4
  'set [ find default=yes ] dh-group=modp2048', // 5
  'add name=p1 dh-group=ecp256',              // 6
  '/ip ipsec peer',                           // 7
  'add name=b address=198.51.100.2/32 \\',    // 8
  '    profile=p1',                           // 9
  '/ip ipsec identity',                       // 10
  'add peer=b auth-method=pre-shared-key secret=x', // 11
  '/ip ipsec policy',                         // 12
  'add src-address=10.1.0.0/24 dst-address=10.2.0.0/24 peer=b', // 13
  '/ip firewall filter',                      // 14
  'add chain=input protocol=udp dst-port=500,4500 comment="IKE"', // 15
  'add chain=forward action=drop',            // 16
  ':global counter 0',                        // 17
  ':if ($counter > 1) do={',                  // 18
  '  :local inner 1',                         // 19
  '}',                                        // 20
  '',
].join('\n');

test('sections per menu, named items as children, variables', () => {
  assert.deepEqual(outline(documentSymbols(fixture(EXPORT).doc)), [
    '/interface gre [2-3]',
    '  gre-b [3-3]',
    '/ip ipsec profile [4-6]',
    '  set default [5-5]',
    '  p1 [6-6]',
    '/ip ipsec peer [7-9]',
    '  b [8-9]',
    '/ip ipsec identity [10-11]',
    '  b (identity · pre-shared-key) [11-11]',
    '/ip ipsec policy [12-13]',
    '  10.1.0.0/24 → 10.2.0.0/24 (policy · peer b) [13-13]',
    '/ip firewall filter [14-16]',
    '  input — IKE (accept) [15-15]',
    '  forward (drop) [16-16]',
    'counter (:global) [17-17]',
    'inner (:local) [19-19]',
  ]);
});

test('absolute command lines form sections of their own menus', () => {
  const text = '/ip/ipsec/peer/add name=a address=1.2.3.4\n/ip/ipsec/peer/add name=b address=1.2.3.5\n/ip/pool/add name=pool1 ranges=10.0.0.2-10.0.0.9\n';
  assert.deepEqual(outline(documentSymbols(fixture(text).doc)), ['/ip ipsec peer [0-1]', '  a [0-0]', '  b [1-1]', '/ip pool [2-2]', '  pool1 [2-2]']);
});

test('folding: comment runs, menu sections, continued statements and blocks', () => {
  const ranges = foldingRanges(fixture(EXPORT).doc).map((range) => `${range.startLine}-${range.endLine}${range.kind ? ` ${range.kind}` : ''}`);
  assert.deepEqual(ranges.sort(), ['0-1 comment', '10-11', '12-13', '14-20', '18-19', '2-3', '4-6', '7-9', '8-9'].sort());
});

test('an unclosed block folds to its last line', () => {
  const ranges = foldingRanges(fixture(':if (1) do={\n  :put 1\n  :put 2\n').doc);
  assert.deepEqual(ranges, [{ startLine: 0, endLine: 2 }]);
});
