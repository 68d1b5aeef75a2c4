// Hover text for menus, commands and scripting commands.
import { legacyMenu, type KnowledgeView } from '../../knowledge/index';
import { availabilityLine, menuSection } from '../describe';

const LISTED = 30;

function listed(names: readonly string[]): string {
  const shown = names.slice(0, LISTED).map((name) => `\`${name}\``).join(' · ');
  return names.length > LISTED ? `${shown} … and ${names.length - LISTED} more` : shown;
}

export function menuHover(kb: KnowledgeView, menu: readonly string[]): string | undefined {
  const info = kb.menu(menu);
  const legacy = legacyMenu(menu);
  if (!info && !legacy) return undefined;
  const lines = [`**/${menu.join(' ')}** — RouterOS menu`];
  if (legacy) lines.push(`**RouterOS 6 syntax:** ${legacy.explanation} Use \`/${legacy.replacement.join(' ')}\`.`);
  if (info) lines.push(availabilityLine(info, kb.target));
  const commands = kb.commands(menu).map((command) => command.name);
  if (commands.length > 0) lines.push(`Commands: ${listed(commands)}`);
  const children = kb.childMenus(menu);
  if (children.length > 0) lines.push(`Menus: ${listed(children)}`);
  const section = menuSection(menu);
  if (section) lines.push(`Reference: ${section}`);
  return lines.join('\n\n');
}

export function commandHover(kb: KnowledgeView, menu: readonly string[], command: string): string | undefined {
  const info = kb.command(menu, command);
  if (!info) return undefined;
  const lines = [`**${command}** — command of \`/${menu.join(' ')}\``, availabilityLine(info, kb.target)];
  const args = kb.arguments(menu, command).map((arg) => arg.name);
  if (args.length > 0) lines.push(`Arguments: ${listed(args)}`);
  return lines.join('\n\n');
}

export function scriptingHover(kb: KnowledgeView, command: string): string | undefined {
  const info = kb.command([], command);
  if (!info) return undefined;
  const lines = [`**:${command}** — scripting command`, availabilityLine(info, kb.target)];
  const args = kb.arguments([], command).map((arg) => arg.name);
  if (args.length > 0) lines.push(`Arguments: ${listed(args)}`);
  return lines.join('\n\n');
}
