// Long single lines built to stress a RouterOS grammar: quotes inside quotes, runs of escapes,
// variables and substitutions, and deep nesting. Shared by the grammar test and the benchmark.

/** Repeats `unit` between `head` and `tail` until the line is `length` characters long. */
function fill(head: string, unit: string, tail: string, length: number): string {
  const count = Math.max(1, Math.floor((length - head.length - tail.length) / unit.length));
  return head + unit.repeat(count) + tail;
}

export const PATHOLOGICAL_KINDS = ['script in a string', 'escapes in a string', 'nested brackets'] as const;
export type PathologicalKind = (typeof PATHOLOGICAL_KINDS)[number];

export function pathologicalLine(kind: PathologicalKind, length: number): string {
  switch (kind) {
    case 'script in a string':
      return fill('/system script add source="', String.raw`:put \"a\\\"b\$c[\$d]\\\$e\"; `, '" name=x', length);
    case 'escapes in a string':
      return fill('add comment="', String.raw`\"\\\$\_\48\"$x` + '\\\\', '" disabled=yes', length);
    case 'nested brackets': {
      const depth = Math.floor(length / 8);
      return `:put ${'([$a'.repeat(depth)}${'])'.repeat(depth)} disabled=yes`;
    }
  }
}
