// Expands VS Code snippet bodies (TextMate snippet syntax) to the text they insert when the user only
// presses Tab, or with chosen values for some tab stops; and loads the extension's RouterOS snippets.
//
// Syntax handled: `$1`, `${1}`, `${1:default}` (defaults may nest placeholders), `${1|a,b|}` (choice:
// first option), mirrors (the same number again), `$0`, variables `$NAME` / `${NAME:default}` (no
// editor here: the default, else nothing), escapes `\$`, `\}`, `\\` and in choices `\,`, `\|`. Text
// that is not valid snippet syntax is inserted as it is, as VS Code does.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot } from './shared';

type SnippetNode =
  | { kind: 'text'; text: string }
  | { kind: 'tabstop'; index: number; children: SnippetNode[] | null; choices: string[] | null }
  | { kind: 'variable'; name: string; children: SnippetNode[] };

interface Parsed {
  nodes: SnippetNode[];
  end: number;
}

const DIGITS = /^\d+/;
const VARIABLE = /^[_a-zA-Z][_a-zA-Z0-9]*/;

/** Parses from `start` until the end, or until an unescaped `}` when `nested`. */
function parseNodes(body: string, start: number, nested: boolean): Parsed {
  const nodes: SnippetNode[] = [];
  let text = '';
  let i = start;
  const flush = () => {
    if (text) nodes.push({ kind: 'text', text });
    text = '';
  };
  while (i < body.length) {
    const char = body[i];
    if (char === '\\' && i + 1 < body.length && '$}\\'.includes(body[i + 1])) {
      text += body[i + 1];
      i += 2;
    } else if (nested && char === '}') {
      flush();
      return { nodes, end: i };
    } else if (char === '$') {
      const parsed = parseDollar(body, i);
      if (parsed) {
        flush();
        nodes.push(parsed.node);
        i = parsed.end;
      } else {
        text += char;
        i++;
      }
    } else {
      text += char;
      i++;
    }
  }
  flush();
  return { nodes, end: nested ? -1 : i };
}

/** `$…` at `start`: a tab stop, placeholder, choice or variable; null when it is plain text. */
function parseDollar(body: string, start: number): { node: SnippetNode; end: number } | null {
  const rest = body.slice(start + 1);
  const simple = DIGITS.exec(rest) ?? VARIABLE.exec(rest);
  if (simple) return { node: leaf(simple[0], null, null), end: start + 1 + simple[0].length };
  if (rest[0] !== '{') return null;
  const open = start + 2;
  const id = DIGITS.exec(body.slice(open)) ?? VARIABLE.exec(body.slice(open));
  if (!id) return null;
  const after = open + id[0].length;
  if (body[after] === '}') return { node: leaf(id[0], null, null), end: after + 1 };
  if (body[after] === ':') {
    const inner = parseNodes(body, after + 1, true);
    return inner.end < 0 ? null : { node: leaf(id[0], inner.nodes, null), end: inner.end + 1 };
  }
  if (body[after] === '|' && DIGITS.test(id[0])) return parseChoice(body, id[0], after + 1);
  return null;
}

function parseChoice(body: string, id: string, start: number): { node: SnippetNode; end: number } | null {
  const choices: string[] = [];
  let current = '';
  for (let i = start; i < body.length; i++) {
    const char = body[i];
    if (char === '\\' && i + 1 < body.length && ',|\\$}'.includes(body[i + 1])) {
      current += body[++i];
    } else if (char === ',') {
      choices.push(current);
      current = '';
    } else if (char === '|' && body[i + 1] === '}') {
      choices.push(current);
      return { node: leaf(id, null, choices), end: i + 2 };
    } else {
      current += char;
    }
  }
  return null;
}

function leaf(id: string, children: SnippetNode[] | null, choices: string[] | null): SnippetNode {
  if (DIGITS.test(id)) return { kind: 'tabstop', index: Number(id), children, choices };
  return { kind: 'variable', name: id, children: children ?? [] };
}

/** The text of every tab stop: a given value, else the first default or choice written for it. */
function tabStopValues(nodes: SnippetNode[], given: Record<number, string>): Map<number, string> {
  const values = new Map<number, string>(Object.entries(given).map(([k, v]) => [Number(k), v]));
  const visit = (list: SnippetNode[]) => {
    for (const node of list) {
      // Inner placeholders first: an outer default is rendered with their values.
      if (node.kind !== 'text' && node.children) visit(node.children);
      if (node.kind === 'tabstop' && !values.has(node.index)) {
        if (node.choices) values.set(node.index, node.choices[0] ?? '');
        else if (node.children) values.set(node.index, render(node.children, values));
      }
    }
  };
  visit(nodes);
  return values;
}

function render(nodes: SnippetNode[], values: Map<number, string>): string {
  return nodes
    .map((node) => {
      if (node.kind === 'text') return node.text;
      if (node.kind === 'variable') return render(node.children, values);
      return values.get(node.index) ?? '';
    })
    .join('');
}

/** The text a snippet inserts, with `values` for the tab stops given and defaults for the others. */
export function expandSnippet(body: string, values: Record<number, string> = {}): string {
  const { nodes } = parseNodes(body, 0, false);
  return render(nodes, tabStopValues(nodes, values));
}

export interface Snippet {
  name: string;
  prefix: string[];
  description: string;
  /** The body's lines joined with newlines, as VS Code inserts them. */
  body: string;
}

export const snippetsFile = join(repoRoot, 'snippets', 'routeros.code-snippets');

export function loadSnippets(path: string = snippetsFile): Snippet[] {
  const raw = JSON.parse(readFileSync(path, 'utf8')) as Record<string, { prefix: string | string[]; description?: string; body: string | string[] }>;
  return Object.entries(raw).map(([name, snippet]) => ({
    name,
    prefix: Array.isArray(snippet.prefix) ? snippet.prefix : [snippet.prefix],
    description: snippet.description ?? '',
    body: Array.isArray(snippet.body) ? snippet.body.join('\n') : snippet.body,
  }));
}
