// The real-world configurations of ../shared/corpus, as RouterOS scripts. `.rsc` files are taken as
// they are; articles (Markdown, README, forum text) are searched for the RouterOS commands inside
// them, by content: fenced code blocks, and runs of command lines written in the prose itself.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { extname, join } from 'node:path';
import { corpusDir } from './shared';

export interface CorpusScript {
  /** The file it comes from, relative to the case folder. */
  readonly file: string;
  /** 1-based line of `file` where the script's first line is. */
  readonly line: number;
  readonly text: string;
  /** `file` for whole files, `file:line` for a piece of an article. */
  readonly label: string;
}

export interface CorpusCase {
  /** The case folder's name, e.g. `pair-11-docs-s2s-ikev1`. */
  readonly name: string;
  readonly dir: string;
  /** The expert's reading of the case (EXPECTED.md), or '' when there is none. */
  readonly expected: string;
  readonly scripts: readonly CorpusScript[];
}

/** Files that describe a case rather than hold its configuration. */
const NOT_CONFIGURATION = new Set(['EXPECTED.md', 'SOURCE.txt']);
const ARTICLE_EXTENSIONS = new Set(['.md', '.txt']);

/** Every case folder of the corpus, in name order; [] when the corpus is absent. */
export function corpusCases(dir: string = corpusDir): CorpusCase[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((name) => statSync(join(dir, name)).isDirectory())
    .sort()
    .map((name) => readCase(join(dir, name), name));
}

function readCase(dir: string, name: string): CorpusCase {
  const expectedPath = join(dir, 'EXPECTED.md');
  const expected = existsSync(expectedPath) ? readFileSync(expectedPath, 'utf8') : '';
  const scripts: CorpusScript[] = [];
  for (const file of readdirSync(dir).sort()) {
    if (NOT_CONFIGURATION.has(file)) continue;
    const extension = extname(file).toLowerCase();
    const text = () => readFileSync(join(dir, file), 'utf8');
    if (extension === '.rsc') scripts.push({ file, line: 1, text: text(), label: file });
    else if (ARTICLE_EXTENSIONS.has(extension)) scripts.push(...scriptsInArticle(file, text()));
  }
  return { name, dir, expected, scripts };
}

/**
 * The scripts inside an article. A text that is mostly command lines and folded pieces of them (an
 * export excerpt saved as `.txt`, even one cut mid-command) is a script as a whole.
 */
export function scriptsInArticle(file: string, text: string): CorpusScript[] {
  const lines = text.split(/\r\n|\r|\n/);
  if (!file.toLowerCase().endsWith('.md') && mostlyCommands(lines)) {
    return [{ file, line: 1, text, label: file }];
  }
  const scripts: CorpusScript[] = [];
  const add = (first: number, body: string[]) => {
    if (body.some((line) => line.trim() !== '')) {
      scripts.push({ file, line: first + 1, text: body.join('\n'), label: `${file}:${first + 1}` });
    }
  };
  let proseStart = 0;
  for (const fence of fencedBlocks(lines)) {
    for (const run of commandRuns(lines, proseStart, fence.open)) add(run.first, run.lines);
    const body = lines.slice(fence.open + 1, fence.close);
    if (body.some(isPromptLine)) add(fence.open + 1, promptCommands(body));
    else if (body.some(startsCommand)) add(fence.open + 1, withoutPrintOutput(body));
    proseStart = fence.close + 1;
  }
  for (const run of commandRuns(lines, proseStart, lines.length)) add(run.first, run.lines);
  return scripts;
}

interface Fence {
  /** Index of the opening fence line. */
  readonly open: number;
  /** Index of the closing fence line (lines.length when the file ends first). */
  readonly close: number;
}

/** ``` and ~~~ fenced blocks, in order. */
function fencedBlocks(lines: readonly string[]): Fence[] {
  const fences: Fence[] = [];
  for (let i = 0; i < lines.length; i++) {
    const marker = /^\s*(```|~~~)/.exec(lines[i]!)?.[1];
    if (marker === undefined) continue;
    let close = i + 1;
    while (close < lines.length && !lines[close]!.trimStart().startsWith(marker)) close++;
    fences.push({ open: i, close });
    i = close;
  }
  return fences;
}

/** Runs of command lines written in prose (indented or not), with their continuation lines. */
function commandRuns(lines: readonly string[], from: number, to: number): { first: number; lines: string[] }[] {
  const runs: { first: number; lines: string[] }[] = [];
  let i = from;
  while (i < to) {
    if (!startsCommand(lines[i]!)) {
      i++;
      continue;
    }
    const first = i;
    const body: string[] = [];
    while (i < to && (startsCommand(lines[i]!) || continues(body))) body.push(lines[i++]!.trim());
    runs.push({ first, lines: body });
  }
  return runs;
}

function continues(body: readonly string[]): boolean {
  return body.length > 0 && body[body.length - 1]!.endsWith('\\');
}

/** The menus a command written without its leading `/` starts with (`ip ipsec policy add …`). */
const ROOT_MENUS = /^(ip|ipv6|interface|routing|system|certificate|tool|ppp|queue|user|snmp|radius|file|log)[ /]/;
const GENERAL_COMMANDS = /^(add|set|remove|print|enable|disable|export|import|move|sign|find|get)( |$)/;

/** Whether a line reads as a RouterOS command (rather than prose, output or a shell command). */
export function startsCommand(line: string): boolean {
  const trimmed = line.trim();
  if (/^[/:][a-z]/i.test(trimmed)) return true;
  if (!trimmed.includes('=')) return false;
  return ROOT_MENUS.test(trimmed) || GENERAL_COMMANDS.test(trimmed);
}

function mostlyCommands(lines: readonly string[]): boolean {
  let commands = 0;
  let others = 0;
  const body: string[] = [];
  for (const line of lines) {
    if (line.trim() === '') continue;
    const folded = line.trimEnd().endsWith('\\') || continues(body);
    if (startsCommand(line) || line.trimStart().startsWith('#') || folded) commands++;
    else others++;
    body.push(line.trimEnd());
  }
  return commands > 0 && others <= commands / 10;
}

/**
 * A code block may show what a `print` printed after the command (`Flags: …`, then one numbered
 * entry per line): that output is blanked, up to the next command line, so line numbers still hold.
 */
function withoutPrintOutput(body: readonly string[]): string[] {
  let inOutput = false;
  return body.map((line) => {
    const trimmed = line.trim();
    if (/^(Flags|Columns):/.test(trimmed)) inOutput = true;
    else if (/^[/:][a-z]/i.test(trimmed)) inOutput = false;
    return inOutput ? '' : line;
  });
}

/** `[admin@router] /ip/ipsec/policy> print`: a console session, where only the typed commands count. */
const PROMPT = /^\[[^\]]*@[^\]]*\]\s*(\S*)>\s?(.*)$/;

function isPromptLine(line: string): boolean {
  return PROMPT.test(line.trim());
}

/** The commands typed in a console session, each run in the menu its prompt shows. */
function promptCommands(body: readonly string[]): string[] {
  return body.map((line) => {
    const match = PROMPT.exec(line.trim());
    if (match === null) return '';
    const [, menu, command] = match;
    return menu && !command!.startsWith('/') ? `${menu} ${command}` : command!;
  });
}
