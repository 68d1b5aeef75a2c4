// Completion items for menus, commands, scripting commands and argument names.
import { CompletionItemKind, CompletionItemTag, type CompletionItem, type Range } from 'vscode-languageserver';
import { legacyArgument, type ArgumentInfo, type KnowledgeView } from '../../knowledge/index';
import { describeArgument } from '../describe';
import { propertyArguments } from '../properties';
import type { ArgumentNameContext } from './context';

/** Asks the editor to open completion again right after an accepted item (for the value after `name=`). */
const SUGGEST_AGAIN = { title: 'Suggest values', command: 'editor.action.triggerSuggest' };

export function pathItems(kb: KnowledgeView, menu: readonly string[], range: Range): CompletionItem[] {
  const here = '/' + menu.join(' ');
  const menus = kb.childMenus(menu).map((name): CompletionItem => ({
    label: name,
    kind: CompletionItemKind.Module,
    detail: `menu /${[...menu, name].join(' ')}`,
    textEdit: { range, newText: name },
    sortText: `1${name}`,
  }));
  const commands = kb.commands(menu).map((command): CompletionItem => ({
    label: command.name,
    kind: CompletionItemKind.Function,
    detail: `command of ${here}`,
    textEdit: { range, newText: command.name },
    sortText: `0${command.name}`,
  }));
  return [...commands, ...menus];
}

export function scriptingItems(kb: KnowledgeView, range: Range): CompletionItem[] {
  return kb.rootCommands().map((command) => ({
    label: command.name,
    kind: CompletionItemKind.Keyword,
    detail: `scripting command :${command.name}`,
    textEdit: { range, newText: command.name },
  }));
}

export function argumentNameItems(kb: KnowledgeView, context: ArgumentNameContext, range: Range): CompletionItem[] {
  return propertyArguments(kb, context.menu, context.command)
    .filter((arg) => !context.given.has(arg.name))
    .map((arg) => argumentItem(kb, arg, context.nameOnly, range));
}

function argumentItem(kb: KnowledgeView, arg: ArgumentInfo, nameOnly: boolean, range: Range): CompletionItem {
  const legacy = isLegacyHere(kb, arg);
  const suggestValues = !nameOnly && (arg.values.length > 0 || arg.reference !== undefined || arg.typedPrefixes.length > 0);
  return {
    label: arg.name,
    kind: CompletionItemKind.Property,
    detail: legacy ? `${arg.kind} · RouterOS 6 syntax` : arg.kind,
    documentation: { kind: 'markdown', value: describeArgument(arg, kb.target) },
    textEdit: { range, newText: nameOnly ? arg.name : `${arg.name}=` },
    sortText: `${legacy ? 1 : 0}${arg.name}`,
    ...(legacy ? { tags: [CompletionItemTag.Deprecated] } : {}),
    ...(suggestValues ? { command: SUGGEST_AGAIN } : {}),
  };
}

/** Old syntax the file's release still takes: RouterOS 7's `sa-src-address`, or a 6.43+ file's pre-6.43 peer settings. */
function isLegacyHere(kb: KnowledgeView, arg: ArgumentInfo): boolean {
  if (arg.menu[1] !== 'ipsec' || !legacyArgument(arg.menu, arg.name)) return false;
  const target = kb.target;
  return target.line === 7 || (target.minor !== undefined && target.minor >= 43);
}
