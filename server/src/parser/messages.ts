// The wording of every syntax problem, in one place so the messages stay consistent.

const OPENER_OF: Record<string, string> = { '}': '{', ']': '[', ')': '(' };

export function unterminatedString(atEndOfFile: boolean): string {
  const where = atEndOfFile ? 'the end of the file' : 'the end of the line';
  return `This string has no closing \`"\` before ${where}. End the line with \`\\\` to continue a string on the next line.`;
}

export function unclosed(opener: string, closer: string, atLineEnd: boolean): string {
  const hint = atLineEnd ? ` before the end of the line (end the line with \`\\\` to continue it)` : '';
  return `\`${opener}\` is not closed: the matching \`${closer}\` is missing${hint}.`;
}

export function strayCloser(closer: string): string {
  return `Unexpected \`${closer}\`: there is no open \`${OPENER_OF[closer] ?? closer}\` for it to close.`;
}

export function strayBackslash(afterQuote: boolean): string {
  const rule = 'A backslash outside quotes is only allowed as the last character of a line, to continue the command on the next line.';
  if (!afterQuote) return rule;
  return `${rule} The string before it ends at the \`"\` just before: if that quote belongs to the text, escape it as \`\\"\`.`;
}

export function unknownEscape(sequence: string): string {
  return (
    `\`${sequence}\` is not a RouterOS escape sequence. Strings accept \\" \\\\ \\n \\r \\t \\$ \\? \\_ \\a \\b \\f \\v ` +
    'and \\XX with two capital hexadecimal digits; write \\\\ for a literal backslash.'
  );
}

export function spaceBeforeEquals(name: string): string {
  return `RouterOS does not allow spaces between a parameter name and \`=\`: write \`${name}=\`.`;
}

export function missingCommand(argument: string): string {
  return (
    `\`${argument}\` cannot start a command: the command name is missing. ` +
    'If this line continues the previous one, end the previous line with `\\`.'
  );
}

export function tooDeep(limit: number): string {
  return `Brackets are nested more than ${limit} levels deep here; the text inside is not analysed.`;
}
