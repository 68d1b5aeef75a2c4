// Decides the value kind of one merged argument from its hints (every release) and its completion
// values (the deep-inspect release), including the releases each enumeration value exists in.
import type { KindSpec, ValueKind } from '../data';
import { COMPLETION_NOISE_ARGUMENTS, readCompletion, type CompletionFacts } from './completions';
import { enumListOf, kindOfHint, type HintKind } from './hints';
import type { MergedArgument } from './merge';

/** Per release of the argument, its hint or the nearest release's hint (crawls sometimes drop one). */
function filledHints(arg: MergedArgument, releaseCount: number): Array<string | undefined> {
  const present: number[] = [];
  for (let i = 0; i < releaseCount; i++) if (typeof arg.hints[i] === 'string') present.push(i);
  const filled: Array<string | undefined> = [];
  for (let i = 0; i < releaseCount; i++) {
    if (arg.hints[i] === undefined || present.length === 0) continue;
    const nearest = present.reduce((best, j) => (Math.abs(j - i) < Math.abs(best - i) ? j : best));
    filled[i] = arg.hints[nearest] as string;
  }
  return filled;
}

/** Enumeration values in newest-first order of appearance, each with the releases that list it. */
function valuesByRelease(hints: Array<string | undefined>, argMask: number): Array<string | [string, number]> {
  const masks = new Map<string, number>();
  for (let i = hints.length - 1; i >= 0; i--) {
    const values = hints[i] === undefined ? undefined : enumListOf(hints[i] as string);
    for (const value of values ?? []) masks.set(value, (masks.get(value) ?? 0) | (1 << i));
  }
  return [...masks].map(([value, mask]) => (mask === argMask ? value : [value, mask]));
}

interface Draft {
  kind: ValueKind;
  hint?: string;
  list: boolean;
  negatable: boolean;
  typed: boolean;
  open: boolean;
  values: Array<string | [string, number]>;
  descriptions: Record<string, string>;
  min?: number;
  max?: number;
}

function draftFromHint(hint: string | undefined, parsed: HintKind | undefined): Draft {
  return {
    kind: parsed?.kind ?? 'unknown',
    hint,
    list: parsed?.list ?? false,
    negatable: false,
    typed: false,
    open: false,
    values: [...(parsed?.keywords ?? [])],
    descriptions: {},
    min: parsed?.min,
    max: parsed?.max,
  };
}

function isYesNo(values: readonly string[]): boolean {
  return values.length === 2 && values.includes('yes') && values.includes('no');
}

/** Folds completion facts into the draft: values for kinds the hint left open, flags, descriptions. */
function applyCompletion(draft: Draft, facts: CompletionFacts, hintKnown: boolean): void {
  draft.negatable = facts.negatable;
  draft.typed = facts.typed;
  draft.list ||= facts.list;
  if (draft.kind === 'enum') {
    draft.open = facts.open;
  } else if (!hintKnown && isYesNo(facts.values)) {
    draft.kind = 'bool';
  } else if (facts.values.length > 0) {
    // A lone completion value (`any`, `none`, `no-mark`) is a keyword next to values the console
    // does not describe, not a one-member enumeration.
    if (!hintKnown && facts.values.length > 1) draft.kind = 'enum';
    draft.open = facts.open || draft.kind === 'unknown';
    for (const value of facts.values) if (!draft.values.includes(value)) draft.values.push(value);
  }
  const named = new Set(draft.values.map((v) => (typeof v === 'string' ? v : v[0])));
  for (const [value, text] of Object.entries(facts.descriptions)) if (named.has(value)) draft.descriptions[value] = text;
}

/** The spec with keys in a fixed order, so equal kinds serialise identically. */
function specOf(draft: Draft): KindSpec {
  return {
    k: draft.kind,
    ...(draft.hint !== undefined ? { h: draft.hint } : {}),
    ...(draft.list ? { l: 1 as const } : {}),
    ...(draft.negatable ? { n: 1 as const } : {}),
    ...(draft.typed ? { t: 1 as const } : {}),
    ...(draft.open ? { o: 1 as const } : {}),
    ...(draft.values.length > 0 ? { e: draft.values } : {}),
    ...(Object.keys(draft.descriptions).length > 0 ? { d: draft.descriptions } : {}),
    ...(draft.min !== undefined ? { min: draft.min } : {}),
    ...(draft.max !== undefined ? { max: draft.max } : {}),
  };
}

export function kindSpecOf(name: string, arg: MergedArgument, releaseCount: number): KindSpec {
  const hints = filledHints(arg, releaseCount);
  const newest = [...hints].reverse().find((h) => h !== undefined);
  const parsed = newest === undefined ? undefined : kindOfHint(newest);
  const draft = draftFromHint(newest, parsed);
  if (parsed?.kind === 'enum') draft.values = valuesByRelease(hints, arg.mask);
  const facts = COMPLETION_NOISE_ARGUMENTS.has(name) ? undefined : readCompletion(arg.completion);
  if (facts) applyCompletion(draft, facts, newest !== undefined);
  return specOf(draft);
}
