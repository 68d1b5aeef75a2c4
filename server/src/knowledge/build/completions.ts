// Reads an argument's tab-completion values (deep-inspect `_completion`) into values, their
// descriptions and syntax flags. Completion mixes true enumeration values with names of objects that
// happened to exist on the crawled router (ether1, the default profile, the main table): those make
// the value set "open", a list of suggestions rather than the full set.
import type { ConsoleCompletion } from './load';

export interface CompletionFacts {
  readonly values: readonly string[];
  readonly descriptions: Readonly<Record<string, string>>;
  readonly negatable: boolean;
  readonly list: boolean;
  readonly typed: boolean;
  readonly open: boolean;
}

/** Arguments whose completions are property names, print numbers or files, not values to check. */
export const COMPLETION_NOISE_ARGUMENTS: ReadonlySet<string> = new Set([
  'proplist', 'group-by', 'value-name', 'from', 'numbers', 'number', 'file', 'copy-from',
]);

/** Objects of the crawled router that show up as completion values of object-name arguments. */
const CRAWLED_OBJECT_NAMES: ReadonlySet<string> = new Set([
  'ether1', 'lo', 'admin', 'default-encryption', 'default-small', '<l2tp>', 'pub', 'global', 'static-only', 'serial0',
]);

/** Values that on their own (or only with `none`/`all`/`any`) mean "a name of some object". */
const LONE_OBJECT_NAMES: ReadonlySet<string> = new Set(['default', 'main', 'request-only']);
const GENERIC_KEYWORDS: ReadonlySet<string> = new Set(['none', 'all', 'any']);

/** The built-in interface lists: where they are offered, user-made lists are accepted too. */
const BUILT_IN_INTERFACE_LISTS = ['all', 'dynamic', 'none', 'static'];

function looksOpen(values: readonly string[], sawObjects: boolean): boolean {
  if (sawObjects || values.some((v) => CRAWLED_OBJECT_NAMES.has(v))) return true;
  if (BUILT_IN_INTERFACE_LISTS.every((v) => values.includes(v))) return true;
  const specific = values.filter((v) => !GENERIC_KEYWORDS.has(v));
  return specific.length > 0 && specific.every((v) => LONE_OBJECT_NAMES.has(v));
}

export function readCompletion(
  completion: Readonly<Record<string, ConsoleCompletion>> | undefined,
): CompletionFacts | undefined {
  if (!completion) return undefined;
  const values: string[] = [];
  const descriptions: Record<string, string> = {};
  const meta = new Set<string>();
  let sawObjects = false;
  for (const [value, entry] of Object.entries(completion)) {
    if (entry.style === 'syntax-meta') meta.add(value);
    else if (entry.style.startsWith('obj-')) sawObjects = true;
    else if (entry.style === 'none' || entry.style === 'arg') {
      values.push(value);
      if (entry.desc) descriptions[value] = entry.desc;
    }
  }
  return {
    values,
    descriptions,
    negatable: meta.has('!') || meta.has('!,'),
    list: meta.has(',') || meta.has('!,'),
    typed: meta.has(':'),
    open: looksOpen(values, sawObjects),
  };
}
