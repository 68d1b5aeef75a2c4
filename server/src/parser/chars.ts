// Character codes and the classes the scanner asks about. One table read per character keeps the
// hot loops free of regular expressions and chains of comparisons.
//
// Few exports, copied into module-local constants by the modules that use them: per-file
// transpilation (tsx in tests and benchmarks) turns every use of an imported binding into a getter
// call on the module object, which cost more than the parsing itself in the per-character loops.

/** Character codes the grammar gives a meaning to. */
export const Char = {
  LF: 0x0a,
  CR: 0x0d,
  BANG: 0x21,
  QUOTE: 0x22,
  HASH: 0x23,
  DOLLAR: 0x24,
  LPAREN: 0x28,
  RPAREN: 0x29,
  SLASH: 0x2f,
  COLON: 0x3a,
  SEMICOLON: 0x3b,
  LT: 0x3c,
  EQUALS: 0x3d,
  GT: 0x3e,
  LBRACKET: 0x5b,
  BACKSLASH: 0x5c,
  RBRACKET: 0x5d,
  LBRACE: 0x7b,
  RBRACE: 0x7d,
  TILDE: 0x7e,
  BOM: 0xfeff,
} as const;

/** The bits of a character's class. */
export const Flag = {
  /** Space or tab (and the rare VT/FF): separates tokens within a line. */
  BLANK: 1,
  /** Ends an unquoted word: blanks, line ends, `;`, `"`, `$`, brackets, and `\` (continuation or error). */
  DELIMITER: 2,
  /** `}`, `]`, `)`. */
  CLOSER: 4,
  /** May appear in a parameter name: `enc-algorithm`, `local.address`, `.id`, `_x`. */
  NAME: 8,
  /** May appear in a variable name written without quotes: `$name`, `$1`. */
  VARIABLE: 16,
  /** `0-9A-F`: RouterOS reads `\XX` byte escapes with capital hexadecimal digits only. */
  HEX: 32,
} as const;

/** Class bits of each ASCII character; characters from 128 up have none (they are word characters). */
export const CLASSES: Uint8Array = buildClasses();

function buildClasses(): Uint8Array {
  const table = new Uint8Array(128);
  const mark = (chars: string, flag: number): void => {
    for (let i = 0; i < chars.length; i++) table[chars.charCodeAt(i)] |= flag;
  };
  mark(' \t\v\f', Flag.BLANK);
  mark(' \t\v\f\r\n;"$[](){}\\', Flag.DELIMITER);
  mark(')]}', Flag.CLOSER);
  const digits = '0123456789';
  const letters = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ';
  mark(digits + letters + '-_.', Flag.NAME);
  mark(digits + letters + '_', Flag.VARIABLE);
  mark(digits + 'ABCDEF', Flag.HEX);
  return table;
}

/** The closing character that matches an opening `{`, `[` or `(`. */
export function closerFor(opener: number): number {
  if (opener === Char.LBRACE) return Char.RBRACE;
  if (opener === Char.LBRACKET) return Char.RBRACKET;
  return Char.RPAREN;
}
