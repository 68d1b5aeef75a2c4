// The properties of a configuration item: `Map` semantics (insertion order, a later value replaces an
// earlier one in place), arguments read as properties only when asked, and exactly sized `add` lines.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parse } from '../../../server/src/parser/index';
import { resolveScript } from '../../../server/src/model/resolve';
import { Props } from '../../../server/src/model/props';
import { known } from '../../../server/src/model/values';
import { knowledge, resolveTarget } from '../../../server/src/knowledge/index';
import type { ResolvedArg } from '../../../server/src/model/resolved';

function argsOf(line: string): { text: string; args: readonly ResolvedArg[] } {
  const text = `/ip ipsec peer\n${line}`;
  const commands = resolveScript(parse(text).script, knowledge(resolveTarget('7.24'))).commands;
  return { text, args: commands[commands.length - 1]!.args };
}

const shown = (props: Props) => [...props].map(([name, prop]) => `${name}=${prop.value.state === 'known' ? prop.value.text : `?${prop.value.reason}`}`);

describe('Props', () => {
  it('reads written arguments as properties, with their spans', () => {
    const { text, args } = argsOf('add address=203.0.113.2/32 name=boise comment="HQ link"');
    const props = Props.written(args, new Set());
    assert.deepEqual(shown(props), ['address=203.0.113.2/32', 'name=boise', 'comment=HQ link']);
    const name = props.get('name')!;
    assert.equal(text.slice(name.span!.start, name.span!.end), 'boise');
    assert.equal(text.slice(name.nameSpan!.start, name.nameSpan!.end), 'name');
    assert.equal(props.get('name'), name, 'a property is made once and kept');
    assert.equal(props.size, 3);
  });

  it('leaves out the skipped names and keeps the last of a name given twice, in the first place', () => {
    const { args } = argsOf('add name=a address=1.2.3.4 place-before=0 name=b');
    const props = Props.written(args, new Set(['place-before']));
    assert.deepEqual(shown(props), ['name=b', 'address=1.2.3.4']);
    assert.equal(props.has('place-before'), false);
  });

  it('reads a computed value as unknown', () => {
    const { args } = argsOf('add name=$peerName address=1.2.3.4');
    assert.deepEqual(shown(Props.written(args, new Set())), ['name=?dynamic', 'address=1.2.3.4']);
  });

  it('behaves like a Map for set, has, keys and values', () => {
    const props = new Props([['name', { value: known('default'), span: undefined, nameSpan: undefined }]]);
    props.set('lifetime', { value: known('1d'), span: undefined, nameSpan: undefined });
    props.set('name', { value: known('renamed'), span: undefined, nameSpan: undefined });
    const { args } = argsOf('set 0 dh-group=ecp256');
    props.write(args.find((arg) => arg.name === 'dh-group')!);
    assert.deepEqual([...props.keys()], ['name', 'lifetime', 'dh-group']);
    assert.deepEqual([...props.values()].map((prop) => (prop.value.state === 'known' ? prop.value.text : '?')), ['renamed', '1d', 'ecp256']);
    assert.equal(props.has('lifetime'), true);
    assert.equal(props.has('secret'), false);
    assert.equal(props.get('secret'), undefined);
  });
});
