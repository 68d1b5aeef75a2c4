// The snippets: the expansion helper follows VS Code's snippet syntax, every snippet is discoverable,
// and every command, argument and value a snippet inserts exists in RouterOS 7.24 (../shared schema).
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { INITIAL } from 'vscode-textmate';
import { expandSnippet, loadSnippets } from '../helpers/snippets';
import { schemaDir, sharedMissing } from '../helpers/shared';
import { nodeAt, readCommands, type Command } from './commands';
import { enumerationOf, loadInspect, type InspectNode } from './schema';
import { loadGrammar, tokenizeText } from './tokenize';

describe('expandSnippet', () => {
  it('inserts defaults, mirrors and the first choice', () => {
    assert.equal(expandSnippet('name=${1:a} peer=$1 mode=${2|ike2,main|} x=${2}'), 'name=a peer=a mode=ike2 x=ike2');
  });

  it('takes given values for tab stops, mirrors included', () => {
    assert.equal(expandSnippet('${1:a}-${2:b}-$1', { 1: 'z' }), 'z-b-z');
  });

  it('expands nested placeholders, and a given inner value flows into the outer default', () => {
    assert.equal(expandSnippet('${1:peer ${2:b}}|$2'), 'peer b|b');
    assert.equal(expandSnippet('${1:peer ${2:b}}|$2', { 2: 'c' }), 'peer c|c');
    assert.equal(expandSnippet('${1:x} profile=${3:${1}}'), 'x profile=x');
  });

  it('reads escapes, choice escapes, $0 and variables', () => {
    assert.equal(expandSnippet('\\$x \\} \\\\ ${1|a\\,b,c|} $0'), '$x } \\ a,b ');
    assert.equal(expandSnippet('${TM_FILENAME:file.rsc} $TM_SELECTED_TEXT.'), 'file.rsc .');
  });

  it('leaves text that is not snippet syntax as it is', () => {
    assert.equal(expandSnippet('cost $ 5, ${1:open'), 'cost $ 5, ${1:open');
  });
});

describe('snippets', () => {
  const snippets = loadSnippets();

  it('have discoverable ipsec- prefixes, unique, and descriptions that say what they create', () => {
    const prefixes = snippets.flatMap((s) => s.prefix);
    assert.equal(new Set(prefixes).size, prefixes.length);
    for (const s of snippets) {
      assert.ok(s.prefix.some((p) => p.startsWith('ipsec-')), s.name);
      assert.match(s.description, /^Creates /, s.name);
    }
    for (const wanted of ['ipsec-site-to-site', 'ipsec-road-warrior', 'ipsec-profile', 'ipsec-proposal', 'ipsec-peer', 'ipsec-identity', 'ipsec-policy', 'ipsec-nat-bypass', 'ipsec-fasttrack-bypass', 'ipsec-gre']) {
      assert.ok(prefixes.includes(wanted), wanted);
    }
  });

  it('site-to-site: mirrored names, secret, LANs and peer address are typed once each', () => {
    const s2s = snippets.find((s) => s.prefix.includes('ipsec-site-to-site'))!;
    const text = expandSnippet(s2s.body, { 1: 'TUNNEL', 2: '192.0.2.9', 3: 'LOCAL', 4: 'REMOTE', 5: 'SECRET' });
    assert.match(text, /\/ip ipsec peer\nadd name=TUNNEL address=192\.0\.2\.9\/32 .*profile=TUNNEL/);
    assert.match(text, /secret="SECRET"/);
    assert.match(text, /src-address=LOCAL dst-address=REMOTE tunnel=yes .*peer=TUNNEL proposal=TUNNEL/);
    assert.match(text, /srcnat .*src-address=LOCAL dst-address=REMOTE place-before=0/);
    assert.match(text, /notrack src-address=REMOTE dst-address=LOCAL/);
  });

  it('use auth-algorithms=null only with AEAD ciphers, in every choice', () => {
    for (const s of snippets) {
      for (const choice of s.body.matchAll(/\$\{\d+\|([^|]*)\|\}/g)) {
        for (const option of choice[1].split(',').filter((o) => o.includes('auth-algorithms=null'))) {
          assert.match(option, /enc-algorithms=[\w,-]*(gcm|chacha20poly1305)/, option);
        }
      }
    }
  });

  it('expand to text the grammar reads without an invalid scope or an unclosed region', async () => {
    const grammar = await loadGrammar();
    const topLevel = grammar.tokenizeLine('', INITIAL).ruleStack;
    for (const s of snippets) {
      const text = expandSnippet(s.body);
      const invalid = tokenizeText(grammar, text).flat().filter((t) => t.scopes.some((scope) => scope.startsWith('invalid')));
      assert.deepEqual(invalid, [], s.name);
      let state = INITIAL;
      for (const line of text.split('\n')) state = grammar.tokenizeLine(line, state).ruleStack;
      assert.ok(state.equals(topLevel), `${s.name}: a region stays open`);
    }
  });

  it('use secret placeholders that must be replaced and are long', () => {
    for (const s of snippets) {
      for (const [, secret] of expandSnippet(s.body).matchAll(/(?:secret|passphrase)="([^"]*)"/g)) {
        assert.match(secret, /^REPLACE-ME/);
        assert.ok(secret.length >= 32, secret);
      }
    }
  });
});

const skip = sharedMissing(schemaDir);

/** Arguments whose value is two enumerations joined by a comma (ipsec.md §2.3). */
const COMPOSITE_VALUES: Record<string, string[]> = { 'ipsec-policy': ['in', 'out', 'ipsec', 'none'] };

const IP_VALUE = /^(?:\d{1,3}(?:\.\d{1,3}){3}|[0-9a-fA-F:]*:[0-9a-fA-F:.]*)(?:\/\d{1,3}|-\d{1,3}(?:\.\d{1,3}){3})?$/;
const TIME_VALUE = /^(?:(?:\d+(?:ms|[wdhms]))+|\d+:\d{2}:\d{2})$/;

/** Why `value` is not valid for `arg`, or null. `defined` holds the names the snippet creates. */
function valueProblem(name: string, value: string, arg: InspectNode, deep: InspectNode | undefined, defined: Set<string>): string | null {
  const desc = arg.desc ?? '';
  const items = value.split(',');
  const enumeration = COMPOSITE_VALUES[name] ?? enumerationOf(arg);
  if (enumeration.length) {
    const bad = items.filter((item) => !enumeration.includes(item));
    return bad.length ? `${bad.join(',')} is not one of ${enumeration.join('|')}` : null;
  }
  if (/time interval/.test(desc)) return TIME_VALUE.test(value) ? null : 'not a time';
  if (/\bIP(v6)? (address|prefix)/.test(desc)) return items.every((item) => IP_VALUE.test(item)) ? null : 'not an address';
  const length = /min length (\d+)/.exec(desc);
  if (length && value.length < Number(length[1])) return `shorter than ${length[1]}`;
  const completions = Object.entries(deep?._completion ?? {});
  if (completions.length === 0 || completions.some(([, c]) => c.style !== 'none' && c.style !== 'arg')) return null;
  const offered = new Set(completions.map(([word]) => word));
  const bad = items.filter((item) => !offered.has(item.split(':')[0]) && !defined.has(item) && !IP_VALUE.test(item));
  return bad.length ? `${bad.join(',')} is not one of ${[...offered].join('|')} nor a name the snippet creates` : null;
}

function commandProblems(command: Command, tree: InspectNode, deepTree: InspectNode, defined: Set<string>): string[] {
  const node = nodeAt(tree, [...command.path, command.command])!;
  const deep = nodeAt(deepTree, [...command.path, command.command]);
  const problems: string[] = [];
  if (command.unnamed.length && !node.numbers && !node.number) problems.push(`${command.command} takes no unnamed argument`);
  for (const [name, value] of command.named) {
    const arg = node[name] as InspectNode | undefined;
    if (arg?._type !== 'arg') {
      problems.push(`no argument ${name}`);
      continue;
    }
    const problem = valueProblem(name, value, arg, deep?.[name] as InspectNode | undefined, defined);
    if (problem) problems.push(`${name}=${value}: ${problem}`);
  }
  return problems.map((p) => `/${command.path.join('/')} ${command.command}: ${p}`);
}

/** `name=` values of every snippet: a small snippet refers to what another one creates. */
function createdNames(tree: InspectNode): Set<string> {
  const commands = loadSnippets().flatMap((s) => readCommands(expandSnippet(s.body), tree).commands);
  return new Set(commands.flatMap((c) => c.named.filter(([n]) => n === 'name').map(([, v]) => v)));
}

describe('snippets against the RouterOS 7.24 command tree', { skip }, () => {
  for (const snippet of loadSnippets()) {
    it(snippet.prefix[0], () => {
      const tree = loadInspect('inspect-7.24.json.gz');
      const deepTree = loadInspect('deep-inspect-7.22.3.json.gz');
      const { commands, problems } = readCommands(expandSnippet(snippet.body), tree);
      const defined = createdNames(tree);
      assert.ok(commands.length > 0);
      assert.deepEqual([...problems, ...commands.flatMap((c) => commandProblems(c, tree, deepTree, defined))], []);
    });
  }

  it('would report an unknown argument, value or command', () => {
    const tree = loadInspect('inspect-7.24.json.gz');
    const deepTree = loadInspect('deep-inspect-7.22.3.json.gz');
    const text = [
      '/ip ipsec peer',
      'add exchange-mode=ike3 secret=x',
      'ad name=y',
      '/ip ipsec proposal add enc-algorithms=aes-256-cbc,aes-257-cbc lifetime=30x',
      '/ip firewall filter add chain=input ipsec-policy=in,ipsex',
    ].join('\n');
    const { commands, problems } = readCommands(text, tree);
    const found = [...problems, ...commands.flatMap((c) => commandProblems(c, tree, deepTree, new Set()))];
    assert.equal(found.length, 6, found.join('\n'));
  });
});
