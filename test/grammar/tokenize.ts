// Loads syntaxes/routeros.tmLanguage.json into vscode-textmate (the engine VS Code uses) and tokenizes
// text line by line, as the editor does.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as oniguruma from 'vscode-oniguruma';
import { INITIAL, Registry, parseRawGrammar, type IGrammar, type StateStack } from 'vscode-textmate';
import { repoRoot } from '../helpers/shared';

export const grammarFile = join(repoRoot, 'syntaxes', 'routeros.tmLanguage.json');

export interface Token {
  text: string;
  start: number;
  end: number;
  scopes: string[];
}

let grammarPromise: Promise<IGrammar> | undefined;

async function loadOniguruma(): Promise<void> {
  const wasm = readFileSync(require.resolve('vscode-oniguruma/release/onig.wasm'));
  await oniguruma.loadWASM(wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength));
}

/** The grammar as VS Code would load it, from an explicit file or the committed one. */
export function loadGrammar(path: string = grammarFile): Promise<IGrammar> {
  if (path === grammarFile && grammarPromise) return grammarPromise;
  const onigLib = loadOniguruma().then(() => ({
    createOnigScanner: (patterns: string[]) => new oniguruma.OnigScanner(patterns),
    createOnigString: (text: string) => new oniguruma.OnigString(text),
  }));
  const registry = new Registry({
    onigLib,
    loadGrammar: async () => parseRawGrammar(readFileSync(path, 'utf8'), path),
  });
  const loaded = registry.loadGrammar('source.routeros').then((grammar) => {
    if (!grammar) throw new Error(`cannot load ${path}`);
    return grammar;
  });
  if (path === grammarFile) grammarPromise = loaded;
  return loaded;
}

/** Tokens of every line of `text`, carrying the rule stack from line to line. */
export function tokenizeText(grammar: IGrammar, text: string): Token[][] {
  let state: StateStack = INITIAL;
  return text.split(/\r?\n/).map((line) => {
    const result = grammar.tokenizeLine(line, state);
    state = result.ruleStack;
    return result.tokens.map((token) => ({
      text: line.slice(token.startIndex, token.endIndex),
      start: token.startIndex,
      end: token.endIndex,
      scopes: token.scopes,
    }));
  });
}
