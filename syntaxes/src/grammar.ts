// The RouterOS TextMate grammar, built as data. `node --import tsx syntaxes/build.ts` writes it to
// syntaxes/routeros.tmLanguage.json; a grammar test checks that the committed file is this output.
//
// Script text appears twice: as plain code, and as the quoted value of `source=`, `on-event=`… where
// the same code is written with escapes (`\"` delimits its strings, `\$` its variables, `\n` ends its
// lines). Each code rule is therefore built for two contexts; the embedded one also gives way at any
// unescaped `"`, which can only be the end of the enclosing string.
import { statementRules } from './statements';
import { valueAtomRule, type Rule } from './values';

export interface CodeContext {
  /** Suffix of the repository keys of this context's rules. */
  readonly key: '' | '-embedded';
  /** Where a statement can start, as a prefix of the statement's own match. */
  readonly statementStart: string;
  /** Lookahead alternatives that end a statement or an unquoted value. */
  readonly statementEnd: string;
  /** The sigil of a variable: `$`, or inside embedded code also `\$`. */
  readonly dollar: string;
  /** Extra end alternative of every bracketed region. */
  readonly regionGiveWay: string;
}

const plainCode: CodeContext = {
  key: '',
  statementStart: String.raw`(?:^|(?<=[;{\[]))[ \t]*+`,
  statementEnd: String.raw`$|[;}\]]`,
  dollar: String.raw`\$`,
  regionGiveWay: '',
};

const embeddedCode: CodeContext = {
  key: '-embedded',
  statementStart: String.raw`(?:^|(?<=[;{\["]|\\[nr]))[ \t]*+`,
  statementEnd: String.raw`$|[;}\]"]|\\[nr]`,
  dollar: String.raw`\\?\$`,
  regionGiveWay: '|(?=")',
};

const include = (key: string): Rule => ({ include: `#${key}` });

function continuationRule(): Rule {
  return {
    // The folded line's leading blanks belong to the fold, so what follows keeps the enclosing scope.
    begin: String.raw`(\\)[ \t]*+$`,
    beginCaptures: { 1: { name: 'constant.character.escape.line-continuation.routeros' } },
    end: String.raw`^[ \t]*+`,
  };
}

function stringEscapeRule(): Rule {
  return {
    name: 'constant.character.escape.routeros',
    match: String.raw`\\(?:[nrt"\\$?_abfv]|[0-9A-F]{2})`,
  };
}

function plainStringRule(): Rule {
  return {
    name: 'string.quoted.double.routeros',
    begin: '"',
    beginCaptures: { 0: { name: 'punctuation.definition.string.begin.routeros' } },
    end: '"',
    endCaptures: { 0: { name: 'punctuation.definition.string.end.routeros' } },
    patterns: [include('continuation'), include('escape'), include('variable')],
  };
}

/** A string inside embedded code: `\"…\"`, whose own escapes are written `\\\"`, `\\\$`, `\\n`. */
function embeddedStringRule(): Rule {
  const escapedQuote = 'punctuation.definition.string.begin.routeros constant.character.escape.routeros';
  return {
    name: 'string.quoted.double.routeros',
    begin: String.raw`\\"`,
    beginCaptures: { 0: { name: escapedQuote } },
    end: String.raw`\\"|(?=")`,
    endCaptures: { 0: { name: escapedQuote.replace('begin', 'end') } },
    patterns: [
      include('continuation'),
      { name: 'constant.character.escape.routeros', match: String.raw`\\\\(?:\\["$\\]|[nrt_abfv?]|[0-9A-F]{2})` },
      include('variable-embedded'),
      include('escape'),
    ],
  };
}

function variableRules(context: CodeContext): Rule[] {
  const sigil = { 1: { name: 'punctuation.definition.variable.routeros' } };
  const quote = context.key ? String.raw`\\"` : '"';
  return [
    { name: 'variable.other.routeros', match: `(${context.dollar})[\\w]++`, captures: sigil },
    {
      name: 'variable.other.routeros',
      match: `(${context.dollar})(${quote})[^"\\\\]*+(${quote})`,
      captures: { ...sigil, 2: { name: 'punctuation.definition.variable.begin.routeros' }, 3: { name: 'punctuation.definition.variable.end.routeros' } },
    },
    bracketRule(context, 'substitution', `(${context.dollar})(\\[)`),
    bracketRule(context, 'group', `(${context.dollar})(\\()`),
  ];
}

/** `[command]` and `(expression)` in code, where they need no `$`. */
function bareBracketRules(context: CodeContext): Rule[] {
  return [bracketRule(context, 'substitution', String.raw`()(\[)`), bracketRule(context, 'group', String.raw`()(\()`)];
}

/** `[command]` substitutions and `(expression)` groups: one line long unless folded. */
function bracketRule(context: CodeContext, kind: 'substitution' | 'group', begin: string): Rule {
  const section = kind === 'substitution' ? 'brackets' : 'parens';
  const close = kind === 'substitution' ? String.raw`\]` : String.raw`\)`;
  return {
    name: `meta.${kind}.routeros`,
    begin,
    beginCaptures: {
      1: { name: 'punctuation.definition.variable.routeros' },
      2: { name: `punctuation.section.${section}.begin.routeros` },
    },
    end: `(${close})|(?<!\\\\)$${context.regionGiveWay}`,
    endCaptures: { 1: { name: `punctuation.section.${section}.end.routeros` } },
    patterns: kind === 'group' ? [include('operator'), include(`code${context.key}`)] : [include(`code${context.key}`)],
  };
}

function blockRule(context: CodeContext): Rule {
  return {
    name: 'meta.block.routeros',
    begin: '\\{',
    beginCaptures: { 0: { name: 'punctuation.section.block.begin.routeros' } },
    end: `(\\})${context.regionGiveWay}`,
    endCaptures: { 1: { name: 'punctuation.section.block.end.routeros' } },
    patterns: [include(`code${context.key}`)],
  };
}

function valueRules(context: CodeContext): Rule[] {
  // Embedded code also holds the enclosing string's escapes (`\n` ends a line of the script).
  const quoted = context.key
    ? [include('string-embedded'), include('variable-embedded'), include('escape')]
    : [include('string'), include('variable')];
  const illegal = context.key ? [] : [include('illegal-backslash')];
  const brackets = [include(`bracket${context.key}`), include(`block${context.key}`)];
  return [include('continuation'), ...quoted, ...brackets, ...illegal, include('value-atom')];
}

function contextRepository(context: CodeContext): Record<string, Rule> {
  const k = context.key;
  return {
    [`code${k}`]: { patterns: statementRules(context) },
    [`value${k}`]: { patterns: valueRules(context) },
    [`variable${k}`]: { patterns: variableRules(context) },
    [`block${k}`]: blockRule(context),
    [`bracket${k}`]: { patterns: bareBracketRules(context) },
  };
}

export function buildGrammar(): Rule {
  return {
    $schema: 'https://raw.githubusercontent.com/martinring/tmlanguage/master/tmlanguage.json',
    name: 'RouterOS',
    scopeName: 'source.routeros',
    fileTypes: ['rsc'],
    patterns: [include('code')],
    repository: {
      ...contextRepository(plainCode),
      ...contextRepository(embeddedCode),
      continuation: continuationRule(),
      escape: stringEscapeRule(),
      string: plainStringRule(),
      'string-embedded': embeddedStringRule(),
      'illegal-backslash': {
        name: 'invalid.illegal.backslash.routeros',
        match: String.raw`\\(?![ \t]*+$)`,
      },
      operator: {
        name: 'keyword.operator.routeros',
        match: String.raw`!=|<=|>=|&&|\|\||->|[<>=~!+*%]|(?<=\s)[-/.](?=\s)`,
      },
      // Outside `( )` a lone `=` belongs to an argument: leaving it out spares a search per argument.
      'comparison-operator': { name: 'keyword.operator.routeros', match: String.raw`!=|<=|>=|[<>~]` },
      'value-atom': valueAtomRule('value'),
      'code-atom': valueAtomRule('code'),
    },
  };
}
