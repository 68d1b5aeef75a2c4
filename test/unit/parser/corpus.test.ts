// Every RouterOS script of the real-world corpus parses without a syntax problem, except the few
// places where RouterOS itself would reject the text: those must be reported, at their line.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { nodesAt, parse, unquotedText } from '../../../server/src/parser/index';
import type { NamedArg, SyntaxProblem } from '../../../server/src/parser/index';
import { corpusCases } from '../../helpers/corpus';
import type { CorpusScript } from '../../helpers/corpus';
import { corpusDir, sharedMissing } from '../../helpers/shared';

/** A place in a corpus file that RouterOS rejects, and the problem the parser must report there. */
interface KnownRejection {
  readonly file: RegExp;
  /** The 1-based lines of the file where problems must be, and where they may be. */
  readonly lines: readonly number[] | ((script: CorpusScript) => readonly number[]);
  /** What the first problem on each of those lines covers. */
  readonly covers: RegExp;
  readonly message: RegExp;
  readonly why: string;
}

const KNOWN_REJECTIONS: readonly KnownRejection[] = [
  {
    file: /^ipsec-manual\.md$/,
    lines: [860, 862],
    covers: /^src-address=10\.1\.(101|202)\.0\/24$/,
    message: /command name is missing/,
    why: 'pair-11 EXPECTED.md: the "NAT and Fasttrack Bypass" filter example lacks a `\\` continuation',
  },
  {
    file: /^hub-export-excerpt\.txt$/,
    lines: [1],
    covers: /^name=eoip-data-FaceSearch-F$/,
    message: /command name is missing/,
    why: 'pair-19 EXPECTED.md: the hub excerpt starts in the middle of a command',
  },
];

/**
 * The netwatch `down-script=` of the triangle offices holds a `"` that is not escaped
 * (`…backup ADSL"\r\`): the string ends there, and RouterOS rejects the backslashes that follow.
 */
const UNESCAPED_QUOTE: KnownRejection = {
  file: /^OFFICE[12]\.rsc$/,
  lines: (script) => {
    const line = lineOf(script, script.text.indexOf('backup ADSL"\\r\\'));
    return [line, line + 1, line + 2];
  },
  covers: /^\\$/,
  message: /escape it as `\\"`/,
  why: 'the down-script string of /tool netwatch has an unescaped quote after "backup ADSL"',
};

function lineOf(script: CorpusScript, offset: number): number {
  let line = script.line;
  for (let i = script.text.indexOf('\n'); i >= 0 && i < offset; i = script.text.indexOf('\n', i + 1)) line++;
  return line;
}

function describeProblem(script: CorpusScript, problem: SyntaxProblem): string {
  const covered = script.text.slice(problem.span.start, problem.span.end);
  return `${script.label} line ${lineOf(script, problem.span.start)}: ${JSON.stringify(covered)}: ${problem.message}`;
}

interface Applicable {
  readonly rejection: KnownRejection;
  readonly lines: readonly number[];
}

/** The rejections that apply to this script: its file, and lines the script holds. */
function rejectionsFor(script: CorpusScript, rejections: readonly KnownRejection[]): Applicable[] {
  const lastLine = lineOf(script, script.text.length);
  return rejections
    .filter((rejection) => rejection.file.test(script.file))
    .map((rejection) => ({
      rejection,
      lines: typeof rejection.lines === 'function' ? rejection.lines(script) : rejection.lines,
    }))
    .filter(({ lines }) => lines.every((line) => line >= script.line && line <= lastLine));
}

function checkScript(script: CorpusScript, rejections: readonly KnownRejection[]): void {
  const { problems } = parse(script.text);
  const expected = rejectionsFor(script, rejections);
  const unexplained = problems.filter((p) => !expected.some((r) => r.lines.includes(lineOf(script, p.span.start))));
  assert.deepEqual(unexplained.map((p) => describeProblem(script, p)), [], `unexpected problems in ${script.label}`);
  for (const { rejection, lines } of expected) {
    const firstLine = lines[0]!;
    const first = problems.find((p) => lineOf(script, p.span.start) === firstLine);
    assert.ok(first, `${script.label} line ${firstLine} must be reported: ${rejection.why}`);
    assert.match(script.text.slice(first.span.start, first.span.end), rejection.covers, rejection.why);
    assert.match(first.message, rejection.message, rejection.why);
    if (rejection !== UNESCAPED_QUOTE) {
      for (const line of lines) {
        assert.ok(problems.some((p) => lineOf(script, p.span.start) === line), `line ${line}: ${rejection.why}`);
      }
    }
  }
}

describe('the real-world corpus', { skip: sharedMissing(corpusDir) }, () => {
  const cases = corpusCases();

  it('has RouterOS scripts in every case folder', () => {
    assert.ok(cases.length > 0);
    for (const c of cases) assert.ok(c.scripts.length > 0, `${c.name} yields no script`);
  });

  for (const c of cases) {
    it(`${c.name}: parses, reporting only what RouterOS rejects`, () => {
      for (const script of c.scripts) checkScript(script, [...KNOWN_REJECTIONS, UNESCAPED_QUOTE]);
    });
  }

  it('reports the missing continuation of the pair-11 filter example, not the whole file', () => {
    const pair11 = cases.find((c) => c.name.startsWith('pair-11'));
    assert.ok(pair11, 'pair-11 is in the corpus');
    const reported = pair11.scripts.flatMap((script) => parse(script.text).problems.map((p) => describeProblem(script, p)));
    assert.equal(reported.length, 2, reported.join('\n'));
  });
});

describe('constructs the corpus notes call out', { skip: sharedMissing(corpusDir) }, () => {
  const cases = corpusCases();

  /** The script of a case holding `needle`, and the named argument written at it. */
  function argumentAt(caseName: string, needle: string): { script: CorpusScript; arg: NamedArg | undefined } {
    const script = cases.find((c) => c.name.startsWith(caseName))?.scripts.find((s) => s.text.includes(needle));
    assert.ok(script, `${caseName} holds ${needle}`);
    const chain = nodesAt(parse(script.text), script.text.indexOf(needle) + 1);
    const arg = chain.find((node): node is NamedArg => node.kind === 'arg');
    return { script, arg };
  }

  it('reads v7 dotted property names as argument names (pair-02)', () => {
    assert.equal(argumentAt('pair-02', 'local.address=').arg?.name, 'local.address');
    assert.equal(argumentAt('pair-02', ' .role=').arg?.name, '.role');
  });

  it('joins a value folded right after `=` (single-08)', () => {
    const { arg } = argumentAt('single-08', 'sa-src-address=\\');
    assert.match(arg ? unquotedText(arg.value) ?? '' : '', /^\d+\.\d+\.\d+\.\d+$/);
  });

  it('unfolds a multi-line script string with \\r\\n, \\_ and \\$ escapes (pair-19)', () => {
    const value = unquotedText(argumentAt('pair-19', 'lease-script=').arg!.value) ?? '';
    assert.match(value, /^:local dnsRemoveAllByIp "1"\r\n# When "1" all DNS entries/);
    assert.match(value, /also for non-FQDN hostname\r\n/);
    assert.match(value, /dhcp-lease-script_\$leaseServerName_\$leaseClientHostnameSource/);
  });

  it('decodes \\XX byte escapes and keeps export trailer lines as comments (pair-19)', () => {
    const { script, arg } = argumentAt('pair-19', '"\\C2 \\F1');
    assert.equal(unquotedText(arg!.value)?.slice(0, 3), '\u00C2 \u00F1');
    const comments = parse(script.text).comments.map((c) => script.text.slice(c.start, c.end));
    assert.ok(comments.includes('#error exporting /ip smb') && comments.includes('#interrupted'), comments.join('|'));
  });

  it('ends a command before a trailing `# WAN` comment (pair-17)', () => {
    const { script } = argumentAt('pair-17', '# WAN');
    const result = parse(script.text);
    const comment = script.text.indexOf('# WAN');
    assert.ok(result.comments.some((c) => c.start === comment));
    assert.ok(result.script.statements.every((s) => s.span.end <= comment || s.span.start > comment));
  });

  it('reads `$` in a quoted secret as interpolation, so its text is not static (pair-20)', () => {
    const { arg } = argumentAt('pair-20', 'ipsec-secret="P@');
    assert.equal(arg?.value.kind, 'string');
    assert.equal(unquotedText(arg!.value), undefined);
  });
});
