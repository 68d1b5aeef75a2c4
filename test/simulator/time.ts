// RouterOS durations: `1d2h3m4s`, `30m`, `500ms`, `00:30:00`.

const unitMs: Record<string, number> = { w: 604800000, d: 86400000, h: 3600000, m: 60000, s: 1000, ms: 1 };

/** Milliseconds in a RouterOS duration; a bare number is seconds. Undefined when unreadable. */
export function parseDuration(text: string): number | undefined {
  const clock = /^(?:(\d+)d)?(\d{1,2}):(\d{2})(?::(\d{2}))?$/.exec(text);
  if (clock) {
    const [, days, hours, minutes, seconds] = clock;
    return ((Number(days ?? 0) * 24 + Number(hours)) * 60 + Number(minutes)) * 60000 + Number(seconds ?? 0) * 1000;
  }
  if (/^\d+$/.test(text)) return Number(text) * 1000;
  const parts = [...text.matchAll(/(\d+)(ms|[wdhms])/g)];
  if (parts.length === 0 || parts.map((part) => part[0]).join('') !== text) return undefined;
  return parts.reduce((total, [, value, unit]) => total + Number(value) * unitMs[unit], 0);
}

/** `1d2h3m4s` as RouterOS prints it (whole seconds; `0s` for nothing). */
export function formatDuration(ms: number): string {
  let rest = Math.max(0, Math.floor(ms / 1000));
  let text = '';
  for (const [unit, size] of [['w', 604800], ['d', 86400], ['h', 3600], ['m', 60]] as const) {
    if (rest >= size) {
      text += `${Math.floor(rest / size)}${unit}`;
      rest %= size;
    }
  }
  return rest > 0 || text === '' ? `${text}${rest}s` : text;
}

/** `2026-11-24 10:00:00`, the date format of RouterOS 7.10 and later. */
export function formatDate(ms: number): string {
  return new Date(ms).toISOString().replace('T', ' ').slice(0, 19);
}
