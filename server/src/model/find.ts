// `[ find … ]` as a static reading can evaluate it: equalities and flags joined by `and`.
import type { SubstitutionValue } from '../parser/ast';
import type { ConfigItem } from './config';
import { staticText } from './values';

export interface Condition {
  readonly name: string;
  readonly value: string;
}

const connectives = new Set(['where', 'and', '&&']);
const flags = new Set(['default', 'dynamic', 'disabled', 'invalid', 'active', 'template']);
/** Properties that read as empty on an item that does not set them. */
const emptyWhenUnset = new Set(['name', 'comment']);

/** The conditions of `[ find … ]`, or undefined when the expression is more than a static reading can evaluate. */
export function findConditions(substitution: SubstitutionValue): Condition[] | undefined {
  if (substitution.statements.length !== 1) return undefined;
  const statement = substitution.statements[0]!;
  if (statement.kind !== 'command' || statement.prefix !== '') return undefined;
  const [first, ...rest] = statement.items;
  if (!first || first.kind !== 'word' || first.text !== 'find') return undefined;
  const conditions: Condition[] = [];
  for (const item of rest) {
    if (item.kind === 'arg') {
      const value = staticText(item.value);
      if (item.operator !== '=' || value === undefined) return undefined;
      conditions.push({ name: item.name, value });
    } else if (item.kind === 'word' && connectives.has(item.text)) {
      continue;
    } else if (item.kind === 'word' && flags.has(item.text.replace(/^!/, ''))) {
      conditions.push({ name: item.text.replace(/^!/, ''), value: item.text.startsWith('!') ? 'no' : 'yes' });
    } else {
      return undefined;
    }
  }
  return conditions;
}

/** Whether an item satisfies every condition; 'unknown' when a value the script does not set decides it. */
export function itemMatches(item: ConfigItem, conditions: readonly Condition[]): boolean | 'unknown' {
  for (const condition of conditions) {
    const actual = propertyForFind(item, condition.name);
    if (actual === undefined) return 'unknown';
    if (actual !== condition.value) return false;
  }
  return true;
}

function propertyForFind(item: ConfigItem, name: string): string | undefined {
  if (name === 'default') return item.builtin ? 'yes' : 'no';
  if (name === 'dynamic') return 'no';
  const prop = item.props.get(name);
  if (prop) return prop.value.state === 'known' ? prop.value.text : undefined;
  if (name === 'disabled') return 'no';
  return emptyWhenUnset.has(name) ? '' : undefined;
}
