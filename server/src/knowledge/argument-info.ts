// Builds the ArgumentInfo callers see: the console's kind from the generated data, overridden where
// our IPsec documentation knows better, plus the curated reference target.
import type { KindSpec, ValueKind } from './data';
import { ipsecDoc, type ArgumentDoc, type CuratedKind } from './ipsec-docs';
import { referenceOf, type Reference } from './references';
import type { ArgumentInfo, Availability, EnumValue } from './types';
import { describeReleases, inMask, releasesIn, type ReleaseMask, type Target } from './versions';

/** Console address hints often show only the last of several accepted forms (ipsec.md Appendix A). */
const LOOSE_CONSOLE_KINDS: ReadonlySet<ValueKind> = new Set(['ipv4', 'ipv6', 'ip', 'ipv4-prefix', 'prefix', 'range']);

/** Availability of something that exists in the releases of `mask`, for a 7.x target. */
export function availabilityOf(mask: ReleaseMask, target: Target): Availability {
  return {
    present: target.line === 7 && inMask(mask, target.index),
    releases: releasesIn(mask),
    summary: describeReleases(mask),
  };
}

function enumValuesOf(spec: KindSpec, argumentMask: ReleaseMask, target: Target, doc: ArgumentDoc | undefined): EnumValue[] {
  return (spec.e ?? []).map((entry) => {
    const [name, mask] = typeof entry === 'string' ? [entry, argumentMask] : [entry[0], entry[1] & argumentMask];
    const description = spec.d?.[name];
    const valueDoc = doc?.values?.[name];
    return {
      name,
      ...availabilityOf(mask, target),
      ...(description !== undefined ? { description } : {}),
      ...(valueDoc !== undefined ? { doc: valueDoc } : {}),
    };
  });
}

/** Extra words (curated keywords, reference keywords) that are valid in every release of the argument. */
function keywordValues(names: readonly string[], known: readonly EnumValue[], availability: Availability, doc?: ArgumentDoc): EnumValue[] {
  return names
    .filter((name) => !known.some((value) => value.name === name))
    .map((name) => ({ name, ...availability, ...(doc?.values?.[name] ? { doc: doc.values[name] } : {}) }));
}

interface KindFacts {
  kind: ValueKind;
  valuesFrom: ArgumentInfo['valuesFrom'];
  list: boolean;
  closed: boolean;
  strict: boolean;
  min?: number;
  max?: number;
  extraWords: readonly string[];
  typedPrefixes: readonly string[];
}

function consoleFacts(spec: KindSpec, values: readonly EnumValue[]): KindFacts {
  const typedPrefixes = spec.t ? values.map((v) => v.name) : [];
  return {
    kind: spec.k,
    valuesFrom: spec.h !== undefined ? 'console-hint' : spec.e !== undefined || spec.k === 'bool' ? 'completion' : 'none',
    list: spec.l === 1,
    closed: spec.o !== 1 && spec.k !== 'unknown' && spec.k !== 'string' && spec.t !== 1,
    strict: !LOOSE_CONSOLE_KINDS.has(spec.k),
    min: spec.min,
    max: spec.max,
    extraWords: [],
    typedPrefixes,
  };
}

function curatedFacts(curated: CuratedKind, spec: KindSpec): KindFacts {
  return {
    kind: curated.kind,
    valuesFrom: 'curated',
    list: curated.list ?? false,
    closed: true,
    strict: true,
    min: curated.min,
    max: curated.max,
    extraWords: curated.keywords ?? [],
    typedPrefixes: curated.types ?? [],
    ...(curated.kind === spec.k && curated.min === undefined ? { min: spec.min, max: spec.max } : {}),
  };
}

function referenceFacts(reference: Reference, spec: KindSpec): KindFacts {
  return {
    kind: 'reference',
    valuesFrom: 'curated',
    list: spec.l === 1,
    closed: false,
    strict: true,
    extraWords: reference.keywords,
    typedPrefixes: [],
  };
}

export interface ArgumentSource {
  readonly menu: readonly string[];
  readonly command: string;
  readonly name: string;
  readonly mask: ReleaseMask;
  readonly spec: KindSpec;
}

export function buildArgumentInfo(source: ArgumentSource, target: Target): ArgumentInfo {
  const { menu, command, name, mask, spec } = source;
  const doc = ipsecDoc(menu, name);
  const reference = referenceOf(menu, name, target);
  const availability = availabilityOf(mask, target);
  const consoleValues = enumValuesOf(spec, mask, target, doc);
  const facts = reference
    ? referenceFacts(reference, spec)
    : doc?.kind
      ? curatedFacts(doc.kind, spec)
      : consoleFacts(spec, consoleValues);
  const typedNames = new Set(facts.typedPrefixes);
  const ownValues = doc?.kind?.types ? consoleValues.filter((v) => !typedNames.has(v.name)) : consoleValues;
  const words = facts.kind === 'bool' ? [...facts.extraWords, 'yes', 'no'] : facts.extraWords;
  const allValues = [...ownValues, ...keywordValues(words, ownValues, availability, doc)];
  return {
    name,
    menu,
    command,
    ...availability,
    kind: facts.kind,
    valuesFrom: facts.valuesFrom,
    list: doc?.list ?? facts.list,
    negatable: spec.n === 1,
    values: allValues.filter((v) => v.present),
    allValues,
    closed: facts.closed,
    typedPrefixes: facts.typedPrefixes,
    strict: facts.strict,
    ...(spec.h !== undefined && facts.kind === spec.k ? { hint: spec.h } : {}),
    ...(facts.min !== undefined ? { min: facts.min } : {}),
    ...(facts.max !== undefined ? { max: facts.max } : {}),
    ...(reference ? { reference } : {}),
    ...(doc ? { doc } : {}),
  };
}
