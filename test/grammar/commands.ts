// Reads the plain RouterOS console commands the snippets insert (`/menu path`, `add name=value …`,
// unnamed arguments) against an inspect command tree. Deliberately small: snippets contain no scripting.
import type { InspectNode } from './schema';

export interface Command {
  line: string;
  path: string[];
  command: string;
  named: Array<[string, string]>;
  unnamed: string[];
}

/** Splits on blanks outside double quotes; quotes are removed, escapes kept as written. */
function words(line: string): string[] {
  return [...line.matchAll(/(?:[^\s"]+|"(?:\\.|[^"\\])*")+/g)].map((m) => m[0]);
}

const unquote = (value: string): string => value.replace(/^"(.*)"$/, '$1');

function childOf(node: InspectNode | undefined, name: string): InspectNode | undefined {
  const child = node?.[name];
  return child && typeof child === 'object' ? (child as InspectNode) : undefined;
}

export function nodeAt(tree: InspectNode, path: string[]): InspectNode | undefined {
  return path.reduce<InspectNode | undefined>((node, segment) => childOf(node, segment), tree);
}

/** Commands of `text`, each with its absolute menu path; a line that is only a path changes menu. */
export function readCommands(text: string, tree: InspectNode): { commands: Command[]; problems: string[] } {
  const commands: Command[] = [];
  const problems: string[] = [];
  let menu: string[] = [];
  for (const line of text.replace(/\\\n[ \t]*/g, '').split('\n')) {
    if (/^\s*(#|$)/.test(line)) continue;
    const tokens = words(line.trim());
    let path = tokens[0].startsWith('/') ? [] : [...menu];
    let index = 0;
    for (; index < tokens.length && !tokens[index].includes('='); index++) {
      const segments = tokens[index].split('/').filter(Boolean);
      const next = [...path, ...segments];
      if (nodeAt(tree, next)?._type === 'cmd') break;
      path = next;
    }
    if (index === tokens.length && index > 0 && nodeAt(tree, path)?._type !== 'cmd') {
      menu = path;
      continue;
    }
    const token = tokens[index] ?? '';
    const command = token.split('/').filter(Boolean).pop() ?? '';
    path = [...path, ...token.split('/').filter(Boolean).slice(0, -1)];
    if (nodeAt(tree, [...path, command])?._type !== 'cmd') {
      problems.push(`no command ${JSON.stringify(command)} in /${path.join('/')}: ${line}`);
      continue;
    }
    const rest = tokens.slice(index + 1);
    commands.push({
      line,
      path,
      command,
      named: rest.filter((t) => /^[\w.-]+=/.test(t)).map((t) => [t.slice(0, t.indexOf('=')), unquote(t.slice(t.indexOf('=') + 1))]),
      unnamed: rest.filter((t) => !/^[\w.-]+=/.test(t)).map(unquote),
    });
  }
  return { commands, problems };
}
