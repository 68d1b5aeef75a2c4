// ArgumentInfo for the RouterOS 6 view, built from the hand-written v6 menus. Documentation and
// reference targets are looked up where the argument lives in RouterOS 7 (a pre-6.43 peer `secret`
// is documented as the identity's `secret`).
import { ipsecDoc } from '../ipsec-docs';
import { legacyArgument, legacyMenu } from '../legacy';
import { referenceOf } from '../references';
import type { ArgumentInfo, Availability, EnumValue } from '../types';
import type { V6Target } from '../versions';
import type { V6Argument } from './menus';

export const V6_AVAILABILITY: Availability = { present: true, releases: [], summary: 'RouterOS 6' };

/** The RouterOS 7 menu an argument of a v6 menu corresponds to. */
export function modernMenuOf(menu: readonly string[], argument: string): readonly string[] {
  return legacyArgument(menu, argument)?.replacement.menu ?? legacyMenu(menu)?.replacement ?? menu;
}

/** Certain in this v6 release, or only possibly there (unverified, or from the other side of 6.43). */
export function isCertainInV6(item: { uncertain?: boolean; era?: V6Argument['era'] }, target: V6Target): boolean {
  if (item.uncertain) return false;
  if (item.era === undefined || target.minor === undefined) return true;
  return item.era === 'before-6.43' ? target.minor < 43 : target.minor >= 43;
}

export function buildV6ArgumentInfo(
  menu: readonly string[],
  command: string,
  name: string,
  arg: V6Argument,
  target: V6Target,
): ArgumentInfo {
  const modern = modernMenuOf(menu, name);
  const doc = ipsecDoc(modern, name);
  const reference = arg.kind === 'reference' ? referenceOf(modern, name, target) : undefined;
  const curated = arg.kind === 'unknown' ? doc?.kind : undefined;
  const names = [...(arg.values ?? []), ...(arg.uncertainValues ?? []), ...(curated?.keywords ?? []), ...(reference?.keywords ?? []),
    ...(arg.kind === 'bool' ? ['yes', 'no'] : [])];
  const values: EnumValue[] = [...new Set(names)].map((value) => ({
    name: value,
    ...V6_AVAILABILITY,
    ...(doc?.values?.[value] ? { doc: doc.values[value] } : {}),
  }));
  const min = arg.min ?? curated?.min;
  const max = arg.max ?? curated?.max;
  return {
    name,
    menu,
    command,
    ...V6_AVAILABILITY,
    kind: curated?.kind ?? arg.kind,
    valuesFrom: 'curated',
    list: arg.list ?? curated?.list ?? false,
    negatable: false,
    values,
    allValues: values,
    closed: arg.kind !== 'reference' && arg.kind !== 'unknown' ? true : curated !== undefined,
    typedPrefixes: curated?.types ?? [],
    strict: true,
    ...(min !== undefined ? { min } : {}),
    ...(max !== undefined ? { max } : {}),
    ...(reference ? { reference } : {}),
    ...(doc ? { doc } : {}),
  };
}
