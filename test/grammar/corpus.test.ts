// Invariants of the grammar over the real configurations in ../shared/corpus: the files are tokenized
// in memory at test time, so nothing of the corpus is copied into the repository.
import assert from 'node:assert/strict';
import { describe, it, before } from 'node:test';
import { INITIAL, type IGrammar, type StateStack } from 'vscode-textmate';
import { corpusDir, sharedMissing } from '../helpers/shared';
import { findArguments } from './arguments';
import { corpusFiles, statements, type CorpusFile, type Statement } from './corpus';
import { loadGrammar } from './tokenize';

const skip = sharedMissing(corpusDir);

/** Scopes of every character of `line`, tokenized from `state`. */
function scopesByColumn(grammar: IGrammar, line: string, state: StateStack): { scopes: string[][]; state: StateStack } {
  const result = grammar.tokenizeLine(line, state);
  const scopes: string[][] = [];
  for (const token of result.tokens) for (let c = token.startIndex; c < token.endIndex; c++) scopes[c] = token.scopes;
  return { scopes, state: result.ruleStack };
}

/** RouterOS reads a backslash outside a quoted string only as the fold at the end of a line. */
function hasStrayBackslash(unfolded: string): boolean {
  return !/^\s*#/.test(unfolded) && /\\/.test(unfolded.replace(/"(?:\\.|[^"\\])*"/g, '""'));
}

/** A scope that says what the text is (not only the root scope or a `meta.` wrapper). */
const isMeaningful = (scope: string): boolean => !scope.startsWith('source.') && !scope.startsWith('meta.');

/**
 * What a fold must preserve. An export folds embedded scripts anywhere, even mid-word, and a TextMate
 * grammar cannot join a word across lines: there, only "inside a string" and "inside a comment" count.
 */
function foldSignature(scopes: string[]): string {
  if (!scopes.includes('meta.embedded.block.routeros')) return scopes.join(' ');
  const within = (prefix: string): boolean => scopes.some((scope) => scope.startsWith(prefix));
  return `embedded string=${within('string.quoted')} comment=${within('comment')}`;
}

interface Tokenized {
  statement: Statement;
  before: StateStack;
  after: StateStack;
  physicalScopes: string[][][];
}

function tokenizeFile(grammar: IGrammar, file: CorpusFile): Tokenized[] {
  let state: StateStack = INITIAL;
  return statements(file.lines).map((statement) => {
    const before = state;
    const physicalScopes = statement.physical.map((line) => {
      const { scopes, state: next } = scopesByColumn(grammar, line, state);
      state = next;
      return scopes;
    });
    return { statement, before, after: state, physicalScopes };
  });
}

/** Brace depth and open quote after each statement, read without the grammar. */
function* topLevelStatements(tokenized: Tokenized[]): Generator<Tokenized> {
  let depth = 0;
  for (const item of tokenized) {
    const text = item.statement.unfolded.replace(/"(?:\\.|[^"\\])*"/g, '""');
    if (!/^\s*#/.test(text)) for (const char of text) depth += char === '{' ? 1 : char === '}' ? -1 : 0;
    if (depth === 0 && !/"[^"]*$/.test(text)) yield item;
  }
}

describe('grammar over the corpus', { skip }, () => {
  let grammar: IGrammar;
  let topLevel: StateStack;
  let files: Array<{ file: CorpusFile; tokenized: Tokenized[] }>;
  before(async () => {
    grammar = await loadGrammar();
    topLevel = grammar.tokenizeLine('', INITIAL).ruleStack;
    files = corpusFiles().map((file) => ({ file, tokenized: tokenizeFile(grammar, file) }));
  });

  it('reads at least the exports and scripts the corpus README lists', () => {
    assert.ok(files.length >= 10, `only ${files.length} .rsc files found`);
  });

  it('marks invalid exactly the statements with a backslash outside quotes, which RouterOS rejects', () => {
    const disagreements = files.flatMap(({ file, tokenized }) =>
      tokenized.flatMap(({ statement, physicalScopes }) => {
        const marked = physicalScopes.some((line) => line.some((s) => s.some((scope) => scope.startsWith('invalid'))));
        return marked === hasStrayBackslash(statement.unfolded)
          ? []
          : [`${file.name}:${statement.firstLine + 1}: ${marked ? 'marked' : 'not marked'}: ${statement.unfolded}`];
      }),
    );
    assert.deepEqual(disagreements, []);
  });

  it('closes every string and bracket by the end of its statement', () => {
    const open = files.flatMap(({ file, tokenized }) =>
      [...topLevelStatements(tokenized)]
        .filter(({ after }) => !after.equals(topLevel))
        .map(({ statement }) => `${file.name}:${statement.firstLine + 1}: ${statement.unfolded}`),
    );
    assert.deepEqual(open, []);
  });

  it('gives every argument name a name scope and every character of its value a value scope', () => {
    const problems: string[] = [];
    for (const { file, tokenized } of files) {
      for (const { statement, before: state } of tokenized) {
        const { scopes } = scopesByColumn(grammar, statement.unfolded, state);
        for (const { name, value } of findArguments(statement.unfolded)) {
          const where = `${file.name}:${statement.firstLine + 1}`;
          const nameScopes = scopes[name[0]];
          if (!nameScopes.some((s) => s.startsWith('entity.other.attribute-name') || s.startsWith('keyword.control'))) {
            problems.push(`${where}: name ${statement.unfolded.slice(...name)} has ${nameScopes.join(' ')}`);
          }
          for (let c = value[0]; c < value[1]; c++) {
            if (/\s/.test(statement.unfolded[c]) || scopes[c].some(isMeaningful)) continue;
            problems.push(`${where}: value ${statement.unfolded.slice(...value)} unscoped at ${c - value[0]}`);
            break;
          }
        }
      }
    }
    assert.deepEqual(problems, []);
  });

  it('gives folded lines the scopes the same text has unfolded (in embedded scripts: string and comment)', () => {
    const problems: string[] = [];
    for (const { file, tokenized } of files) {
      for (const { statement, before: state, physicalScopes } of tokenized) {
        if (statement.physical.length < 2) continue;
        const { scopes } = scopesByColumn(grammar, statement.unfolded, state);
        const column = statement.origin.findIndex(
          ([line, col], i) => foldSignature(physicalScopes[line][col]) !== foldSignature(scopes[i]),
        );
        if (column >= 0) {
          const [line, col] = statement.origin[column];
          problems.push(
            `${file.name}:${statement.firstLine + line + 1}:${col + 1} ${JSON.stringify(statement.physical[line].slice(col, col + 20))}: ` +
              `folded ${physicalScopes[line][col].slice(1).join(' ')} / unfolded ${scopes[column].slice(1).join(' ')}`,
          );
        }
      }
    }
    assert.deepEqual(problems, []);
  });
});
