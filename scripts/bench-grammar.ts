// Benchmark of the RouterOS TextMate grammar (npm run bench:grammar). Prints:
//  - lines per second on a realistic 100,000-line export, for this grammar (vscode-textmate, as VS Code
//    tokenizes) and for the RouterOS grammar users have today that npm can install: highlight.js's
//    `routeros` language, installed at benchmark time into .bench/ (never committed);
//  - the slowest single line of the corpus (budget: 5 ms);
//  - the time for pathological 10k/20k/40k-character lines and the ratio between lengths.
// Times are CPU times of this process (best of several runs), so other load on the machine matters less.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { INITIAL, type IGrammar, type StateStack } from 'vscode-textmate';
import { sharedMissing, corpusDir, repoRoot } from '../test/helpers/shared';
import { corpusFiles } from '../test/grammar/corpus';
import { PATHOLOGICAL_KINDS, pathologicalLine } from '../test/grammar/pathological';
import { loadGrammar } from '../test/grammar/tokenize';

const EXPORT_LINES = 100_000;
const LINE_BUDGET_MS = 5;

function cpuMs<T>(work: () => T): number {
  const start = process.cpuUsage();
  work();
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1000;
}

const bestOf = (runs: number, work: () => unknown): number => Math.min(...Array.from({ length: runs }, () => cpuMs(work)));

/** Real configuration lines: the corpus when ../shared is there, else the grammar's own test cases. */
function sourceLines(): { lines: string[]; origin: string } {
  if (!sharedMissing(corpusDir)) return { lines: corpusFiles().flatMap((f) => f.lines), origin: 'corpus .rsc files' };
  const dir = join(repoRoot, 'test', 'grammar', 'cases');
  const lines = readdirSync(dir).flatMap((name) => readFileSync(join(dir, name), 'utf8').split('\n'));
  return { lines: lines.filter((line) => !/^#\s*(\^|<-|SYNTAX)/.test(line)), origin: 'test/grammar/cases (no ../shared)' };
}

function realisticExport(lines: string[]): string[] {
  const result: string[] = [];
  while (result.length < EXPORT_LINES) result.push(...lines);
  return result.slice(0, EXPORT_LINES);
}

function tokenizeAll(grammar: IGrammar, lines: string[]): void {
  let state: StateStack = INITIAL;
  for (const line of lines) state = grammar.tokenizeLine2(line, state).ruleStack;
}

/** highlight.js from npm, installed into .bench/ on first use; null when npm cannot install it. */
function loadHighlightJs(): { highlight: (text: string) => void; version: string } | null {
  const dir = join(repoRoot, '.bench', 'comparators');
  const packageJson = join(dir, 'node_modules', 'highlight.js', 'package.json');
  if (!existsSync(packageJson)) {
    mkdirSync(dir, { recursive: true });
    try {
      execFileSync('npm', ['install', '--prefix', dir, '--no-save', '--no-audit', '--no-fund', 'highlight.js@11'], { stdio: 'ignore' });
    } catch {
      return null;
    }
  }
  const load = createRequire(packageJson);
  const hljs = load('highlight.js/lib/core');
  hljs.registerLanguage('routeros', load('highlight.js/lib/languages/routeros'));
  const version = JSON.parse(readFileSync(packageJson, 'utf8')).version as string;
  return { highlight: (text) => hljs.highlight(text, { language: 'routeros' }), version };
}

/** The slowest line, each timed from the state the file gives it (best of 3, grammar warmed up). */
function slowestLine(grammar: IGrammar, lines: string[]): { ms: number; line: string } {
  const states: StateStack[] = [];
  let state: StateStack = INITIAL;
  for (const line of lines) {
    states.push(state);
    state = grammar.tokenizeLine2(line, state).ruleStack;
  }
  let worst = { ms: 0, line: '' };
  lines.forEach((line, i) => {
    const ms = bestOf(3, () => grammar.tokenizeLine2(line, states[i]));
    if (ms > worst.ms) worst = { ms, line };
  });
  return worst;
}

const rate = (lines: number, ms: number): string => `${Math.round((lines / ms) * 1000).toLocaleString('en')} lines/s`;

async function main(): Promise<void> {
  const grammar = await loadGrammar();
  const { lines, origin } = sourceLines();
  const exportLines = realisticExport(lines);
  console.log(`RouterOS grammar benchmark: ${EXPORT_LINES.toLocaleString('en')}-line export built from ${origin}`);

  tokenizeAll(grammar, exportLines);
  const ours = bestOf(3, () => tokenizeAll(grammar, exportLines));
  console.log(`  this grammar (vscode-textmate, tokenizeLine2): ${ours.toFixed(0)} ms, ${rate(EXPORT_LINES, ours)}`);

  const hljs = loadHighlightJs();
  if (hljs) {
    const text = exportLines.join('\n');
    hljs.highlight(text);
    const theirs = bestOf(3, () => hljs.highlight(text));
    console.log(`  highlight.js ${hljs.version} routeros (whole text): ${theirs.toFixed(0)} ms, ${rate(EXPORT_LINES, theirs)}`);
    console.log(`  ratio: this grammar is ${(theirs / ours).toFixed(2)}x as fast`);
  } else {
    console.log('  highlight.js: could not be installed from npm, no comparison');
  }

  const worst = slowestLine(grammar, lines);
  const verdict = worst.ms <= LINE_BUDGET_MS ? 'within' : 'OVER';
  console.log(`slowest corpus line: ${worst.ms.toFixed(2)} ms (${verdict} the ${LINE_BUDGET_MS} ms budget): ${worst.line.slice(0, 70)}`);

  console.log('pathological single lines (CPU ms, best of 7):');
  for (const kind of PATHOLOGICAL_KINDS) {
    const times = [10_000, 20_000, 40_000].map((length) => {
      const line = pathologicalLine(kind, length);
      grammar.tokenizeLine2(line, INITIAL);
      return bestOf(7, () => grammar.tokenizeLine2(line, INITIAL));
    });
    const ratios = `20k/10k ${(times[1] / times[0]).toFixed(2)}, 40k/20k ${(times[2] / times[1]).toFixed(2)}`;
    console.log(`  ${kind}: ${times.map((t) => t.toFixed(1)).join(' / ')} ms; ${ratios} (linear: 2.00)`);
  }
}

void main();
