// Rules for one statement of RouterOS code: comments, menu paths, commands, `:` commands, arguments.
// Built for a CodeContext (plain code, or code embedded in a quoted script value).
import type { CodeContext } from './grammar';
import { simpleArgumentRule, type Rule } from './values';
import { LINE_END_BACKSLASH, SEGMENT, wordsPattern } from './regex';
import {
  BUILTIN_COMMANDS,
  COMMANDS,
  CONTROL_COMMANDS,
  DECLARATION_COMMANDS,
  KEYWORD_ARGUMENTS,
  SCRIPT_ARGUMENTS,
  WORD_OPERATORS,
} from './words';

const include = (key: string): Rule => ({ include: `#${key}` });

const COMMAND = wordsPattern(COMMANDS);
const WORD_END = String.raw`(?![\w.=:-])`;
const NOT_COMMAND = `(?!${COMMAND}${WORD_END})`;
const PATH_SEPARATOR = String.raw`(?:/|[ \t]++)`;
const ANY_ARGUMENT_NAME = String.raw`[\w.][\w.-]*+`;
const argumentName = (names: string): string => String.raw`(?<![\w.$:\\-])(${names})`;
const VARIABLE_NAME = String.raw`[A-Za-z_]\w*+`;

const commandScope = { name: 'entity.name.function.command.routeros' };
const pathSeparator = { name: 'punctuation.separator.path.routeros' };
const pathCapture = {
  name: 'meta.menu-path.routeros',
  patterns: [
    { ...pathSeparator, match: '/' },
    { name: 'support.class.menu.routeros', match: String.raw`[^/ \t]++` },
  ],
};

/** `/ip ipsec peer`, `/ip/ipsec/peer`, each optionally followed by its command (`add`, `/add`). */
function absolutePathRule(context: CodeContext): Rule {
  const segment = `${NOT_COMMAND}${SEGMENT}`;
  return {
    match: `${context.statementStart}(/(?:${segment}(?:${PATH_SEPARATOR}${segment})*+)?)(?:(/)?[ \\t]*+(${COMMAND})${WORD_END})?`,
    captures: { 1: pathCapture, 2: pathSeparator, 3: commandScope },
  };
}

/** `ipsec peer` or `.. proposal` at the start of a statement: a path relative to the current menu. */
function relativePathRule(context: CodeContext): Rule {
  const segment = String.raw`(?:\.\.|${NOT_COMMAND}${SEGMENT})`;
  const command = `(?:(?:(/)|[ \\t]++)(${COMMAND})${WORD_END}|(?=[ \\t]*+(?:${context.statementEnd})))`;
  return {
    match: `${context.statementStart}(${segment}(?:${PATH_SEPARATOR}${segment})*+)${command}`,
    captures: { 1: pathCapture, 2: pathSeparator, 3: commandScope },
  };
}

function bareCommandRule(context: CodeContext): Rule {
  return { match: `${context.statementStart}(${COMMAND})${WORD_END}`, captures: { 1: commandScope } };
}

function colonCommandRules(): Rule[] {
  // Group 1 is the whole `:command` (so the colon takes the keyword's colour too), group 2 its colon.
  const command = (scope: string) => ({ 1: { name: scope }, 2: { name: 'punctuation.definition.keyword.routeros' } });
  const variable = { name: 'variable.other.routeros' };
  // In embedded code a `:` command also follows the `\n` that ends the script's previous line.
  const before = String.raw`(?:(?<![\w:.-])|(?<=\\[nrt]))`;
  const words = (list: readonly string[]): string => `${before}((:)${wordsPattern(list)})(?![\\w-])`;
  return [
    {
      match: `${words(['foreach', 'for'])}(?:[ \\t]++(${VARIABLE_NAME})(?:(,)(${VARIABLE_NAME}))?(?=[ \\t]))?`,
      captures: { ...command('keyword.control.routeros'), 3: variable, 4: { name: 'punctuation.separator.routeros' }, 5: variable },
    },
    { match: words(CONTROL_COMMANDS), captures: command('keyword.control.routeros') },
    {
      match: `${words(DECLARATION_COMMANDS)}(?:[ \\t]++(${VARIABLE_NAME})(?![\\w-]))?`,
      captures: { ...command('storage.type.routeros'), 3: variable },
    },
    { match: words(BUILTIN_COMMANDS), captures: command('support.function.builtin.routeros') },
  ];
}

/** `name=value`: the value runs to the next blank, `;` or closing bracket, and across a fold after `=`. */
function argumentRule(context: CodeContext, names: string, nameScope: string, unless = ''): Rule {
  const embeddedEnd = context.key ? String.raw`|\\[nrt]|"` : '';
  return {
    name: 'meta.argument.routeros',
    begin: `${argumentName(names)}(=)${unless}`,
    beginCaptures: { 1: { name: nameScope }, 2: { name: 'keyword.operator.assignment.routeros' } },
    end: String.raw`(?=[\s;)\]}]${embeddedEnd})|(?<!=)(?=${LINE_END_BACKSLASH})|$`,
    contentName: 'meta.value.routeros',
    patterns: [include(`value${context.key}`)],
  };
}

/**
 * `source="…"`, `on-event="…"`: the quoted value is a script, highlighted as embedded code. The value
 * may start on the next line (`on-event=\` folded by an export), so the argument waits for the quote.
 */
function scriptArgumentRule(): Rule {
  const keyword = wordsPattern(KEYWORD_ARGUMENTS);
  const quote = 'string.quoted.double.routeros punctuation.definition.string';
  return {
    name: 'meta.argument.routeros',
    begin: `${argumentName(`(${keyword})|${wordsPattern(SCRIPT_ARGUMENTS)}`)}(=)(?="|${LINE_END_BACKSLASH})`,
    beginCaptures: {
      1: { name: 'entity.other.attribute-name.routeros' },
      2: { name: 'keyword.control.routeros' },
      3: { name: 'keyword.operator.assignment.routeros' },
    },
    end: String.raw`(?<=")|(?=[^"\\])`,
    patterns: [
      include('continuation'),
      {
        begin: '"',
        beginCaptures: { 0: { name: `${quote}.begin.routeros` } },
        end: '"',
        endCaptures: { 0: { name: `${quote}.end.routeros` } },
        contentName: 'meta.embedded.block.routeros',
        patterns: [include('code-embedded')],
      },
    ],
  };
}

function commentRule(context: CodeContext): Rule {
  const comment = 'comment.line.number-sign.routeros';
  if (!context.key) {
    return {
      match: String.raw`(?:^|(?<=[;{]))([ \t]*+)((#).*)$`,
      captures: { 2: { name: comment }, 3: { name: 'punctuation.definition.comment.routeros' } },
    };
  }
  // In embedded code a comment ends where the script's line does: at `\n`, `\r` or the closing quote.
  return {
    begin: String.raw`(?:^|(?<=[;{"]|\\[nr]))([ \t]*+)(#)`,
    beginCaptures: { 2: { name: `${comment} punctuation.definition.comment.routeros` } },
    end: String.raw`(?=\\[nr]|")`,
    contentName: comment,
    patterns: [include('continuation'), { name: 'constant.character.escape.routeros', match: String.raw`\\.` }],
  };
}

export function statementRules(context: CodeContext): Rule[] {
  const k = context.key;
  const simple = simpleArgumentRule(argumentName(ANY_ARGUMENT_NAME));
  const quoted = k
    ? [include('string-embedded'), include('variable-embedded'), include('escape')]
    : [include('string'), include('variable'), include('illegal-backslash')];
  return [
    commentRule(context),
    include('continuation'),
    absolutePathRule(context),
    relativePathRule(context),
    bareCommandRule(context),
    ...colonCommandRules(),
    ...(k ? [] : [scriptArgumentRule()]),
    argumentRule(context, wordsPattern(KEYWORD_ARGUMENTS), 'keyword.control.routeros'),
    ...(k ? [] : [simple.rule]),
    argumentRule(context, ANY_ARGUMENT_NAME, 'entity.other.attribute-name.routeros', k ? '' : simple.unless),
    ...quoted,
    include(`bracket${k}`),
    include(`block${k}`),
    { name: 'punctuation.terminator.statement.routeros', match: ';' },
    { name: 'keyword.other.where.routeros', match: String.raw`(?<![\w-])where(?![\w=-])` },
    { name: 'keyword.operator.word.routeros', match: `(?<![\\w-])${wordsPattern(WORD_OPERATORS)}(?![\\w=-])` },
    include('comparison-operator'),
    include('code-atom'),
  ];
}
