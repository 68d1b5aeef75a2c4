// The plain text of a value, when it can be known without running the script.
import type { Value } from './ast';

/**
 * The text a value stands for: a word's text, a string's unescaped content, or the two joined
 * (`"a"b`). Undefined for anything only known at run time: variables, `[ ]` substitutions,
 * `( )` expressions, blocks, strings with `$` interpolations; also for an unterminated string.
 */
export function unquotedText(value: Value | undefined): string | undefined {
  if (value === undefined) return undefined;
  switch (value.kind) {
    case 'word':
      return value.text;
    case 'string':
      return value.closed && value.interpolations.length === 0 ? value.value : undefined;
    case 'concat':
      return joinedText(value.parts);
    default:
      return undefined;
  }
}

function joinedText(parts: readonly Value[]): string | undefined {
  let text = '';
  for (const part of parts) {
    const piece = unquotedText(part);
    if (piece === undefined) return undefined;
    text += piece;
  }
  return text;
}

/** A bare word that is one value, possibly a comma list (`aes-256-cbc,aes-128-cbc`, `10.0.0.0/24`). */
export const BARE_VALUE = /^[A-Za-z0-9_.:,/@*+-]+$/;
/** A bare word that is one name: no comma, which would make it a list. */
export const BARE_NAME = /^[A-Za-z0-9_.:@+/-]+$/;

/** `text` as the inside of a quoted string: `\`, `"`, `$` and `?` escaped (the reverse of reading a string). */
export function escapedInString(text: string): string {
  return text.replace(/[\\"$?]/g, (character) => `\\${character}`);
}

/** `text` written as one value: bare when `bare` accepts it, else quoted with escapes. */
export function writtenValue(text: string, bare: RegExp = BARE_VALUE): string {
  return bare.test(text) ? text : `"${escapedInString(text)}"`;
}
