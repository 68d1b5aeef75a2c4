// Hover text for arguments, values, references and variables.
import { legacyArgument, legacyValue, type KnowledgeView, type Reference } from '../../knowledge/index';
import type { RouterDocument } from '../../model/document';
import type { WorkspaceIndex } from '../../model/workspace';
import { fileNameOf } from '../../model/uri';
import { namedTarget } from '../navigation/definition';
import { describeArgument, describeValue } from '../describe';
import { logicalLineAt } from '../cursor/lines';
import { documentsOf, namesFor } from '../navigation/names';
import { propertyArgument } from '../properties';
import { redactLine } from '../redact';
import { variableDeclarations } from '../navigation/variable-links';
import type { ValueTarget } from './target';

const SHOWN_DEFINITIONS = 3;

export function argumentHover(kb: KnowledgeView, menu: readonly string[], command: string, name: string): string | undefined {
  const arg = propertyArgument(kb, menu, command, name);
  if (arg) return describeArgument(arg, kb.target);
  const legacy = legacyArgument(menu, name);
  if (legacy) return `**\`${name}\`** — RouterOS 6 syntax\n\n${legacy.explanation}\n\nSource: ${legacy.source}`;
  return undefined;
}

export function valueHover(doc: RouterDocument, target: ValueTarget, workspace: WorkspaceIndex): string | undefined {
  const named = namedTarget(doc, target);
  // An item selected by name (`set x …`) shows where it is defined, as a reference does; `name=x` gives a name.
  if (named && (target.name !== 'name' || target.selects)) return referenceHover(doc, named.name, named.reference, documentsOf(doc, workspace));
  const arg = propertyArgument(doc.kb, target.menu, target.command, target.name);
  const value = arg?.allValues.find((candidate) => candidate.name === target.member);
  if (arg && value) return describeValue(value, arg);
  const legacy = legacyValue(target.menu, target.name, target.member);
  if (legacy) return `**\`${target.member}\`** — RouterOS 6 value of \`${target.name}\`\n\n${legacy.explanation}\n\nSource: ${legacy.source}`;
  return argumentHover(doc.kb, target.menu, target.command, target.name);
}

/** Where the named item is defined: the defining line, in this file or another. */
function referenceHover(doc: RouterDocument, name: string, reference: Reference, docs: readonly RouterDocument[]): string {
  const matches = namesFor(reference, docs, 'fresh', name);
  if (matches.length === 0) return `**\`${name}\`** — no ${reference.anyInterface ? 'interface' : `/${reference.menu.join(' ')} item`} of this name is defined in this file or the workspace's other files.`;
  const byUri = new Map(docs.map((known) => [known.uri, known]));
  const parts = [`**\`${name}\`** — ${matches[0]!.menu}`];
  for (const match of matches.slice(0, SHOWN_DEFINITIONS)) {
    const owner = byUri.get(match.uri);
    parts.push(match.span && owner ? quotedLine(owner, match.span.start, owner === doc ? 'this file' : fileName(owner.uri)) : 'Built in: every router has it.');
  }
  if (matches.length > SHOWN_DEFINITIONS) parts.push(`… and ${matches.length - SHOWN_DEFINITIONS} more definitions`);
  return parts.join('\n\n');
}

export function variableHover(doc: RouterDocument, name: string, workspace: WorkspaceIndex): string | undefined {
  const declarations = variableDeclarations(doc, name, workspace);
  if (declarations.length === 0) return `**\`$${name}\`** — no \`:global\` or \`:local\` declares it in this file or the workspace.`;
  const parts = [`**\`$${name}\`**`];
  for (const { doc: owner, occurrence } of declarations.slice(0, SHOWN_DEFINITIONS)) {
    parts.push(quotedLine(owner, occurrence.span.start, owner === doc ? 'this file' : fileName(owner.uri)));
  }
  return parts.join('\n\n');
}

function fileName(uri: string): string {
  return `\`${fileNameOf(uri)}\``;
}

/** "Line 12 of this file:" and the line itself, secrets masked. */
function quotedLine(doc: RouterDocument, offset: number, where: string): string {
  const line = logicalLineAt(doc.source, offset);
  const number = doc.document.positionAt(line.start).line + 1;
  const text = redactLine(doc.source.slice(line.start, Math.min(line.end, line.start + 300)));
  return `Line ${number} of ${where}:\n\`\`\`routeros\n${text}\n\`\`\``;
}
