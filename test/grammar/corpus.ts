// The real configurations of ../shared/corpus, read at test time (never copied into the repository),
// split into logical statements: physical lines joined where an export folded them with `\`.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { corpusDir } from '../helpers/shared';

export interface CorpusFile {
  name: string;
  lines: string[];
}

export interface Statement {
  /** Index of the statement's first physical line in the file. */
  firstLine: number;
  physical: string[];
  /** The statement on one line, as RouterOS reads it (ipsec.md §4.5 unfolding). */
  unfolded: string;
  /** For each character of `unfolded`: [physical line offset, column] it came from. */
  origin: Array<[number, number]>;
}

export function corpusFiles(): CorpusFile[] {
  const files: CorpusFile[] = [];
  const walk = (dir: string): void => {
    for (const entry of readdirSync(dir).sort()) {
      const path = join(dir, entry);
      if (statSync(path).isDirectory()) walk(path);
      else if (entry.endsWith('.rsc')) {
        files.push({ name: relative(corpusDir, path), lines: readFileSync(path, 'utf8').split(/\r?\n/) });
      }
    }
  };
  walk(corpusDir);
  return files;
}

/** A line continues on the next when it ends with an odd number of backslashes. */
export function endsWithFold(line: string): boolean {
  const trailing = /\\+$/.exec(line);
  return trailing !== null && trailing[0].length % 2 === 1;
}

export function statements(lines: string[]): Statement[] {
  const result: Statement[] = [];
  let index = 0;
  while (index < lines.length) {
    const statement: Statement = { firstLine: index, physical: [], unfolded: '', origin: [] };
    let column = 0;
    for (;;) {
      const line = lines[index];
      const folded = endsWithFold(line) && index + 1 < lines.length;
      const end = folded ? line.length - 1 : line.length;
      for (let c = column; c < end; c++) statement.origin.push([statement.physical.length, c]);
      statement.unfolded += line.slice(column, end);
      statement.physical.push(line);
      index++;
      if (!folded) break;
      column = /^[ \t]*/.exec(lines[index])![0].length;
    }
    result.push(statement);
  }
  return result;
}
