// Reading in slices (what the server does between requests) gives exactly what reading in one go gives:
// the same tree, problems, commands, configuration and diagnostics, however often reading pauses.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { ParseJob, parse } from '../../../server/src/parser/parse';
import type { ParseResult } from '../../../server/src/parser/ast';
import { RouterDocument } from '../../../server/src/model/document';
import { WorkspaceIndex } from '../../../server/src/model/workspace';
import { WorkspaceChecker } from '../../../server/src/check';
import { coreDiagnostics } from '../../../server/src/features/index';
import { generateExport } from '../../protocol/generate-export';
import { printStatement } from '../parser/print-tree';
import { occurrencesIn } from '../../../server/src/features/navigation/variables';
import { namesFor } from '../../../server/src/features/navigation/names';

const SETTINGS = { version: '7.24', maxFileSize: 100_000_000 };

/** A deadline already past: every look at the clock pauses. */
const PAST = 0;

function printed(result: ParseResult, text: string): string[] {
  return [
    ...result.script.statements.map((statement) => printStatement(statement, text)),
    ...result.problems.map((problem) => `problem ${problem.span.start}-${problem.span.end} ${problem.message}`),
    ...result.comments.map((comment) => `comment ${comment.start}-${comment.end}`),
  ];
}

function stepsUntilDone(step: (deadline: number) => boolean): number {
  let steps = 1;
  while (!step(PAST)) steps++;
  return steps;
}

const exportText = generateExport(3000).text;
/** An unclosed `{` that indentation closes: the parser reads the file twice. */
const unclosed = `:if (true) do={\n  /ip address add address=10.0.0.1/24 interface=ether1\n/ip ipsec peer\n${'add address=1.2.3.4/32 name=p\n'.repeat(200)}/ip ipsec proposal\nset [ find default=yes ] enc-algorithms=aes-256-cbc\nadd name=x enc-algorithms=3des\n`;

/** Variables and peers, for the names and variables completion offers. */
const scripted = `:global site "b"\n:local count 2\n:foreach i in=[/ip ipsec peer find] do={ :set count ($count + 1) }\n/ip ipsec peer\nadd name=$site address=1.2.3.4/32\nadd name=fixed address=1.2.3.5/32\n`;

describe('reading in slices', () => {
  for (const [name, text] of [['a 3000-line export', exportText], ['a script with an unclosed brace', unclosed]] as const) {
    it(`parses ${name} as one go does`, () => {
      const job = new ParseJob(text);
      const steps = stepsUntilDone((deadline) => job.step(deadline));
      assert.ok(steps > 5, `paused ${steps - 1} times`);
      assert.deepEqual(printed(job.finish(), text), printed(parse(text), text));
    });

    it(`gives ${name} the same commands, configuration and diagnostics`, () => {
      const sliced = new RouterDocument(TextDocument.create('file:///a.rsc', 'routeros', 1, text), SETTINGS);
      const whole = new RouterDocument(TextDocument.create('file:///a.rsc', 'routeros', 1, text), SETTINGS);
      assert.ok(stepsUntilDone((deadline) => sliced.advance(deadline)) > 5);
      assert.deepEqual(sliced.commands.map((command) => `${command.menu.join(' ')} ${command.command} ${command.args.map((arg) => arg.name).join(',')}`),
        whole.commands.map((command) => `${command.menu.join(' ')} ${command.command} ${command.args.map((arg) => arg.name).join(',')}`));
      const tables = (doc: RouterDocument) => [...doc.config.tables].map(([menu, items]) => `${menu}: ${items.map((item) => [...item.props].map(([key, prop]) => `${key}=${prop.value.state === 'known' ? prop.value.text : '?'}`).join(' ')).join(' | ')}`);
      assert.deepEqual(tables(sliced), tables(whole));
      const describeFinding = (finding: { code: string; message: string; span: { start: number; end: number } }) => `${finding.code} ${finding.span.start}-${finding.span.end} ${finding.message}`;
      assert.deepEqual(coreDiagnostics(sliced).map(describeFinding), coreDiagnostics(whole).map(describeFinding));
    });
  }

  it('checks a workspace in slices with the findings, names and variables of one run', () => {
    const files = [
      ['file:///a.rsc', unclosed],
      ['file:///b.rsc', exportText],
      ['file:///c.rsc', scripted],
    ] as const;
    const sliced = new WorkspaceIndex(SETTINGS);
    const whole = new WorkspaceIndex(SETTINGS);
    for (const [uri, text] of files) {
      sliced.update(uri, text, 1);
      whole.update(uri, text, 1);
    }
    const checker = new WorkspaceChecker(sliced);
    assert.ok(stepsUntilDone((deadline) => checker.advance(deadline)) > 5);
    const summary = (result: Map<string, { code: string; message: string; span: { start: number; end: number } }[]>) =>
      [...result].map(([uri, findings]) => `${uri}: ${findings.map((finding) => `${finding.code} ${finding.span.start} ${finding.message}`).join('\n')}`);
    const expected = summary(new WorkspaceChecker(whole).run());
    assert.ok(expected.join('').includes('missing-identity'), 'the IPsec rules ran');
    assert.deepEqual(summary(checker.run()), expected);
    for (const [uri] of files) {
      const variables = (index: WorkspaceIndex) => occurrencesIn(index.get(uri)!).map((found) => `${found.role} ${found.name} ${found.span.start}`);
      assert.deepEqual(variables(sliced), variables(whole));
      const peers = (index: WorkspaceIndex) => namesFor({ menu: ['ip', 'ipsec', 'peer'], field: 'name', keywords: [] }, [index.get(uri)!], 'fresh').map((found) => `${found.name} ${found.span?.start}`);
      assert.deepEqual(peers(sliced), peers(whole));
    }
    assert.ok(occurrencesIn(sliced.get('file:///c.rsc')!).length >= 4, 'the script has variables');
  });

  it('lets a request read a half-read document whole', () => {
    const doc = new RouterDocument(TextDocument.create('file:///a.rsc', 'routeros', 1, exportText), SETTINGS);
    assert.equal(doc.advance(PAST), false);
    const fresh = new RouterDocument(TextDocument.create('file:///a.rsc', 'routeros', 1, exportText), SETTINGS);
    assert.equal(doc.parse.script.statements.length, fresh.parse.script.statements.length);
    assert.equal(doc.commands.length, fresh.commands.length);
    assert.equal(doc.config.tables.size, fresh.config.tables.size);
    assert.equal(doc.advance(PAST), true);
  });
});
