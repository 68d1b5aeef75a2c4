// What a written value amounts to, when a static reading can tell.
import type { Span, Value } from '../parser/ast';

export type UnknownReason =
  /** `$var`, `[ … ]`, `( … )`: computed when the script runs. */
  | 'dynamic'
  /** Left out of a RouterOS 7 export (hide-sensitive is the default there). */
  | 'hidden'
  /** The item is created outside this file (an item of the router we cannot see). */
  | 'external';

export type Known =
  | { readonly state: 'known'; readonly text: string }
  | { readonly state: 'unknown'; readonly reason: UnknownReason };

export function known(text: string): Known {
  return { state: 'known', text };
}

export function unknown(reason: UnknownReason): Known {
  return { state: 'unknown', reason };
}

/** The text of a value when it does not depend on the script running; undefined otherwise. */
export function staticText(value: Value): string | undefined {
  switch (value.kind) {
    case 'word':
      return value.text;
    case 'string':
      return value.interpolations.length === 0 ? value.value : undefined;
    case 'concat': {
      let text = '';
      for (const part of value.parts) {
        const partText = staticText(part);
        if (partText === undefined) return undefined;
        text += partText;
      }
      return text;
    }
    default:
      return undefined;
  }
}

export function knownValue(value: Value): Known {
  const text = staticText(value);
  return text === undefined ? unknown('dynamic') : known(text);
}

export function spanContains(span: Span, offset: number): boolean {
  return span.start <= offset && offset <= span.end;
}
