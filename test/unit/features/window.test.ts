import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { CommandStatement, Statement } from '../../../server/src/parser/index';
import { statementAtCursor } from '../../../server/src/features/cursor/locate';
import { menuLineAbove } from '../../../server/src/features/cursor/menu-line';
import { cursorWindow } from '../../../server/src/features/cursor/window';
import { resolveScript } from '../../../server/src/model/resolve';
import { corpusCases } from '../../helpers/corpus';
import { sharedMissing } from '../../helpers/shared';
import { fixture, fixtureAt } from './fixture';

function menuAt(marked: string): string {
  const { doc, offset } = fixtureAt(marked);
  return statementAtCursor(cursorWindow(doc, offset)).menu.join(' ');
}

test('the menu line above, at column 0 or at the indentation of an indented line', () => {
  assert.equal(menuAt('/ip ipsec peer\nadd name=a\n|'), 'ip ipsec peer');
  assert.equal(menuAt('/ip ipsec peer\n:if (1) do={\n  /ip pool\n  |\n}'), 'ip pool');
  assert.equal(menuAt('/ip ipsec peer\n/ip/pool/add name=p\n|'), 'ip ipsec peer');
  assert.equal(menuAt('add name=a\n|'), '');
});

test('a menu change earlier on the same line counts', () => {
  assert.equal(menuAt('/ip ipsec peer; add |'), 'ip ipsec peer');
});

test('continuation lines belong to the statement they continue', () => {
  const { doc, offset } = fixtureAt('/ip ipsec peer\nadd name=a \\\n    exchange-mode=ike2 \\\n    pas|');
  const at = statementAtCursor(cursorWindow(doc, offset));
  assert.deepEqual(at.statement.items.map((item) => (item.kind === 'arg' ? item.name : item.kind === 'word' ? item.text : item.kind)), ['add', 'name', 'exchange-mode', 'pas']);
});

test('far below its menu line, the menu found by an earlier request is reused while its line is unchanged', () => {
  const body = 'add address=10.0.0.1 list=blocked\n'.repeat(6000);
  const { doc } = fixture(`/ip firewall address-list\n${body}`);
  const first = menuLineAbove(doc, doc.text.length);
  assert.deepEqual(first?.menu, ['ip', 'firewall', 'address-list']);
  assert.deepEqual(menuLineAbove(doc, doc.text.length - 34)?.menu, ['ip', 'firewall', 'address-list']);
});

/** Every command statement, nested ones included. */
function statementsOf(statements: readonly Statement[]): CommandStatement[] {
  return statements.flatMap((statement) => (statement.kind === 'block' ? statementsOf(statement.statements) : [statement]));
}

test('on the corpus, the window finds the same menu as reading the whole file', (t) => {
  const missing = sharedMissing();
  if (missing) return t.skip(missing);
  let compared = 0;
  for (const corpusCase of corpusCases()) {
    for (const script of corpusCase.scripts) {
      const { doc } = fixture(script.text);
      const menuBefore = resolveScript(doc.parse.script, doc.kb).menuBefore;
      for (const statement of statementsOf(doc.parse.script.statements)) {
        const expected = menuBefore.get(statement);
        if (expected === undefined) continue;
        const at = statementAtCursor(cursorWindow(doc, statement.items[0]?.span.end ?? statement.span.end));
        assert.deepEqual(at.menu, expected, `${corpusCase.name}/${script.label} at ${JSON.stringify(doc.text.slice(statement.span.start, statement.span.end))}`);
        compared++;
      }
    }
  }
  assert.ok(compared > 500, `only ${compared} statements compared`);
});
