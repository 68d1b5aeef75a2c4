// Our IPsec documentation agrees with the console trees and cites ipsec.md for every fact.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { IPSEC_DOCS, knowledge } from '../../../server/src/knowledge/index';
import type { MenuDocs } from '../../../server/src/knowledge/ipsec-docs';
import { V6_MENUS } from '../../../server/src/knowledge/v6/menus';

const CITATION = /^ipsec\.md §(\d+(\.\d+)?[a-z]?|5)$/;
const newest = knowledge('7.24');

/** Every argument name and value any 7.x release (or RouterOS 6) has for a menu. */
function knownNames(menu: string): { args: Set<string>; values: Set<string> } {
  const args = new Set<string>();
  const values = new Set<string>();
  for (const command of newest.commands(menu)) {
    for (const arg of newest.arguments(menu, command.name)) args.add(arg.name);
    for (const arg of newest.arguments(menu, command.name)) {
      for (const value of knowledge('7.9').argument(menu, command.name, arg.name)?.allValues ?? []) values.add(value.name);
      for (const value of arg.allValues) values.add(value.name);
    }
  }
  for (const arg of Object.values(V6_MENUS.get(menu)?.arguments ?? {})) for (const value of arg.values ?? []) values.add(value);
  for (const arg of Object.values(V6_MENUS.get('ip ipsec peer')?.arguments ?? {})) for (const value of arg.values ?? []) values.add(value);
  return { args, values };
}

describe('IPsec documentation', () => {
  it('documents only arguments and values the console trees (or RouterOS 6) know', () => {
    // Docs shared by several menus (the four firewall tables) need the argument in one of them.
    const menusByDocs = new Map<MenuDocs, string[]>();
    for (const [menu, docs] of IPSEC_DOCS) menusByDocs.set(docs, [...(menusByDocs.get(docs) ?? []), menu]);
    for (const [docs, menus] of menusByDocs) {
      const known = menus.map(knownNames);
      for (const [name, doc] of Object.entries(docs)) {
        assert.ok(known.some((k) => k.args.has(name)), `${menus[0]} ${name} is not an argument of any 7.x release`);
        for (const value of Object.keys(doc.values ?? {})) {
          const isKeyword = doc.kind?.keywords?.includes(value);
          assert.ok(known.some((k) => k.values.has(value)) || isKeyword, `${menus[0]} ${name}=${value} is unknown`);
        }
      }
    }
  });

  it('cites a section of ipsec.md for every argument, value and matching rule', () => {
    for (const [menu, docs] of IPSEC_DOCS) {
      for (const [name, doc] of Object.entries(docs)) {
        assert.ok(doc.sources.length > 0, `${menu} ${name}`);
        for (const source of doc.sources) assert.match(source, CITATION, `${menu} ${name}`);
        for (const value of Object.values(doc.values ?? {})) assert.match(value.source, CITATION, `${menu} ${name}`);
        if (doc.match) assert.match(doc.match.source, CITATION, `${menu} ${name}`);
      }
    }
  });

  it('reaches callers through the accessor, with strength and version-dependent defaults', () => {
    const dh = newest.argument('/ip ipsec profile', 'add', 'dh-group');
    assert.equal(dh?.values.find((v) => v.name === 'modp768')?.doc?.strength, 'insecure');
    assert.equal(dh?.values.find((v) => v.name === 'modp1024')?.doc?.strength, 'weak');
    assert.equal(dh?.values.find((v) => v.name === 'ecp256')?.doc?.strength, 'ok');
    const dpd = newest.argument('/ip ipsec profile', 'set', 'dpd-interval')?.doc?.default;
    assert.deepEqual([dpd?.value, dpd?.v6], ['8s', '2m']);
    assert.equal(newest.argument('/ip ipsec identity', 'add', 'secret')?.doc?.sensitive, true);
    assert.equal(newest.argument('/interface gre', 'add', 'ipsec-secret')?.doc?.sensitive, true);
    assert.equal(newest.argument('/ip ipsec proposal', 'add', 'pfs-group')?.doc?.match?.rule, 'Q2');
  });
});
