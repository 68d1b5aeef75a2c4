// Hover: menus, commands, arguments (meaning, kind, values, default, releases, what must match on the
// other router, the ipsec.md section), values (meaning and strength), references (the defining line)
// and variables (their declaration).
import type { Hover } from 'vscode-languageserver';
import type { RouterDocument } from '../../model/document';
import type { WorkspaceIndex } from '../../model/workspace';
import { toRange } from '../ranges';
import { cursorWindow } from '../cursor/window';
import { commandHover, menuHover, scriptingHover } from './content';
import { hoverTarget, type HoverTarget } from './target';
import { argumentHover, valueHover, variableHover } from './values';

export function hover(doc: RouterDocument, offset: number, workspace: WorkspaceIndex): Hover | null {
  const window = cursorWindow(doc, offset);
  const target = hoverTarget(window);
  if (!target) return null;
  const markdown = contentOf(doc, target, workspace);
  if (!markdown) return null;
  return { contents: { kind: 'markdown', value: markdown }, range: toRange(doc, window.toDocument(target.span)) };
}

function contentOf(doc: RouterDocument, target: HoverTarget, workspace: WorkspaceIndex): string | undefined {
  switch (target.kind) {
    case 'menu':
      return menuHover(doc.kb, target.menu);
    case 'command':
      return commandHover(doc.kb, target.menu, target.command);
    case 'scripting':
      return scriptingHover(doc.kb, target.command);
    case 'argument':
      return argumentHover(doc.kb, target.menu, target.command, target.name);
    case 'value':
      return valueHover(doc, target, workspace);
    case 'variable':
      return variableHover(doc, target.name, workspace);
  }
}
