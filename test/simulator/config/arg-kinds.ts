// What a value of one argument may be, and the router's wording when it is not. Static checks
// (the value's shape) are what a dry-run import can see; references to other items are checked
// only when a line really runs, against the configuration as it stands then.

export type ArgKind =
  | { readonly kind: 'text' }
  | { readonly kind: 'enum'; readonly values: readonly string[] }
  | { readonly kind: 'list'; readonly values: readonly string[] }
  | { readonly kind: 'bool' }
  | { readonly kind: 'time'; readonly also?: readonly string[] }
  | { readonly kind: 'int'; readonly min: number; readonly max: number }
  | { readonly kind: 'address' }
  | { readonly kind: 'prefix' }
  | { readonly kind: 'ref'; readonly menus: readonly string[]; readonly also?: readonly string[] };

export const text: ArgKind = { kind: 'text' };
export const bool: ArgKind = { kind: 'bool' };
export const time: ArgKind = { kind: 'time' };
export const address: ArgKind = { kind: 'address' };
export const prefix: ArgKind = { kind: 'prefix' };
export const oneOf = (...values: string[]): ArgKind => ({ kind: 'enum', values });
export const listOf = (...values: string[]): ArgKind => ({ kind: 'list', values });
export const int = (min: number, max: number): ArgKind => ({ kind: 'int', min, max });
export const ref = (menus: string | string[], ...also: string[]): ArgKind => ({
  kind: 'ref',
  menus: Array.isArray(menus) ? menus : [menus],
  also,
});

const ipv4 = /^(25[0-5]|2[0-4]\d|1?\d?\d)(\.(25[0-5]|2[0-4]\d|1?\d?\d)){3}$/;
const ipv6 = /^[0-9a-f:]+(:[0-9.]+)?$/i;
const timeText = /^(\d+(ms|[wdhms])?)+$|^(\d+[dw])?\d{1,2}:\d{2}(:\d{2}(\.\d+)?)?$/;

export function isAddress(value: string): boolean {
  return ipv4.test(value) || (value.includes(':') && ipv6.test(value));
}

export function isPrefix(value: string): boolean {
  const [host, length, extra] = value.split('/');
  if (extra !== undefined || !isAddress(host)) return false;
  if (length === undefined) return true;
  const max = host.includes(':') ? 128 : 32;
  return /^\d+$/.test(length) && Number(length) <= max;
}

const booleans = new Set(['yes', 'no', 'true', 'false']);

/** The router's complaint about a value's shape, or undefined when it is acceptable. */
export function shapeProblem(name: string, kind: ArgKind, value: string): string | undefined {
  const bad = `input does not match any value of ${name}`;
  switch (kind.kind) {
    case 'enum':
      return kind.values.includes(value) ? undefined : bad;
    case 'list':
      return value.split(',').every((part) => kind.values.includes(part.trim())) ? undefined : bad;
    case 'bool':
      return booleans.has(value) ? undefined : `value of ${name} must be yes or no`;
    case 'time':
      return timeText.test(value) || kind.also?.includes(value) ? undefined : `value of ${name} must be a time interval`;
    case 'int':
      return /^\d+$/.test(value) && Number(value) >= kind.min && Number(value) <= kind.max
        ? undefined
        : `value of ${name} out of range (${kind.min}..${kind.max})`;
    case 'address':
      return isAddress(value) || value === '' ? undefined : `invalid value for argument ${name}`;
    case 'prefix':
      return isPrefix(value) ? undefined : `invalid value for argument ${name}`;
    default:
      return undefined;
  }
}

/** `yes`/`true` → `true`: how the API prints booleans back. */
export function normaliseValue(kind: ArgKind, value: string): string {
  if (kind.kind === 'bool') return value === 'yes' || value === 'true' ? 'true' : 'false';
  if (kind.kind === 'prefix' && !value.includes('/')) return `${value}/${value.includes(':') ? 128 : 32}`;
  return value;
}
