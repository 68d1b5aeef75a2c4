// One sentence split into its parts: the reply or command word, the `.tag`, `=name=value`
// attributes, `?` query words and plain words (the reason after `!fatal`).

export interface Sentence {
  /** `!re`, `!done`, `!trap`, `!fatal`, `!empty`… or a command path such as `/ip/address/print`. */
  readonly head: string;
  readonly tag: string | undefined;
  readonly attributes: Readonly<Record<string, string>>;
  readonly queries: readonly string[];
  readonly plain: readonly string[];
}

/** `=name=value`: the value may itself contain `=`, so only the first two split. */
export function splitAttribute(word: string): [string, string] {
  const second = word.indexOf('=', 1);
  if (second < 0) return [word.slice(1), ''];
  return [word.slice(1, second), word.slice(second + 1)];
}

export function readSentence(words: readonly string[]): Sentence {
  const attributes: Record<string, string> = {};
  const queries: string[] = [];
  const plain: string[] = [];
  let tag: string | undefined;
  for (const word of words.slice(1)) {
    if (word.startsWith('.tag=')) tag = word.slice(5);
    else if (word.startsWith('=')) {
      const [name, value] = splitAttribute(word);
      attributes[name] = value;
    } else if (word.startsWith('?')) queries.push(word);
    else plain.push(word);
  }
  return { head: words[0] ?? '', tag, attributes, queries, plain };
}

export function attributeWords(values: Readonly<Record<string, string>>): string[] {
  return Object.entries(values).map(([name, value]) => `=${name}=${value}`);
}
