// The fixture folders of test/fixtures/rules/<code>/<case>/ and test/fixtures/pairs/<case>/: router
// scripts, expected.json (every finding of every file, 1-based lines) and an optional options.json.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import { checkWorkspace, type CheckOptions } from '../../../server/src/check';
import type { Finding } from '../../../server/src/analysis/finding';
import { repoRoot } from '../../helpers/shared';

export const fixturesDir = join(repoRoot, 'test', 'fixtures');

export interface ExpectedFinding {
  readonly file: string;
  readonly line: number;
  readonly code: string;
  readonly severity: string;
}

export interface FixtureFile {
  readonly name: string;
  readonly uri: string;
  readonly text: string;
}

export interface FixtureCase {
  /** `rules/mirror-secret/differs`, `pairs/hub-three-spokes`. */
  readonly id: string;
  readonly dir: string;
  readonly files: readonly FixtureFile[];
  readonly expected: readonly ExpectedFinding[];
  readonly options: CheckOptions;
}

interface OptionsFile {
  readonly version?: string;
  readonly severities?: CheckOptions['severities'];
  /** File names of this folder. */
  readonly pairs?: readonly { a: string; b: string }[];
}

function foldersWithExpected(dir: string): string[] {
  if (!existsSync(dir)) return [];
  if (existsSync(join(dir, 'expected.json'))) return [dir];
  return readdirSync(dir)
    .sort()
    .map((name) => join(dir, name))
    .filter((path) => statSync(path).isDirectory())
    .flatMap(foldersWithExpected);
}

export function loadCase(dir: string): FixtureCase {
  const files = readdirSync(dir)
    .filter((name) => name.endsWith('.rsc'))
    .sort()
    .map((name) => ({ name, uri: pathToFileURL(join(dir, name)).toString(), text: readFileSync(join(dir, name), 'utf8') }));
  const expected = JSON.parse(readFileSync(join(dir, 'expected.json'), 'utf8')) as ExpectedFinding[];
  const optionsPath = join(dir, 'options.json');
  const written = existsSync(optionsPath) ? (JSON.parse(readFileSync(optionsPath, 'utf8')) as OptionsFile) : {};
  const uriOf = (name: string) => files.find((file) => file.name === name)?.uri ?? name;
  const options: CheckOptions = {
    ...(written.version ? { version: written.version } : {}),
    ...(written.severities ? { severities: written.severities } : {}),
    ...(written.pairs ? { pairs: written.pairs.map(({ a, b }) => ({ a: uriOf(a), b: uriOf(b) })) } : {}),
  };
  return { id: relative(fixturesDir, dir).split('\\').join('/'), dir, files, expected, options };
}

/** Every case under test/fixtures/<kind> (`rules` or `pairs`). */
export function fixtureCases(kind: 'rules' | 'pairs'): FixtureCase[] {
  return foldersWithExpected(join(fixturesDir, kind)).map(loadCase);
}

export function lineAt(text: string, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset && i < text.length; i++) if (text.charCodeAt(i) === 10) line++;
  return line;
}

export function check(files: readonly FixtureFile[], options: CheckOptions = {}): Map<string, Finding[]> {
  return checkWorkspace(files.map(({ uri, text }) => ({ uri, text })), options);
}

/** `a.rsc:12 mirror-secret error` for each finding, sorted: what a failing assertion shows. */
export function describeFindings(files: readonly FixtureFile[], results: Map<string, Finding[]>): string[] {
  const lines: string[] = [];
  for (const file of files) {
    for (const finding of results.get(file.uri) ?? []) lines.push(`${file.name}:${lineAt(file.text, finding.span.start)} ${finding.code} ${finding.severity}`);
  }
  return lines.sort(byFileThenLine);
}

export function describeExpected(expected: readonly ExpectedFinding[]): string[] {
  return expected.map((entry) => `${entry.file}:${entry.line} ${entry.code} ${entry.severity}`).sort(byFileThenLine);
}

function byFileThenLine(a: string, b: string): number {
  const [fileA, restA] = splitLocation(a);
  const [fileB, restB] = splitLocation(b);
  return fileA.localeCompare(fileB) || restA.line - restB.line || restA.rest.localeCompare(restB.rest);
}

function splitLocation(text: string): [string, { line: number; rest: string }] {
  const match = /^(.*):(\d+) (.*)$/.exec(text);
  return match ? [match[1]!, { line: Number(match[2]), rest: match[3]! }] : [text, { line: 0, rest: '' }];
}
