// RouterOS time intervals (`30m`, `1d2h`, `00:30:00`, `1w`) in seconds.

const units: Readonly<Record<string, number>> = { w: 604800, d: 86400, h: 3600, m: 60, s: 1, ms: 0.001 };

export function seconds(text: string | undefined): number | undefined {
  if (text === undefined) return undefined;
  const clock = /^(?:(\d+)d)?(\d{1,2}):(\d{2}):(\d{2})$/.exec(text);
  if (clock) return Number(clock[1] ?? 0) * 86400 + Number(clock[2]) * 3600 + Number(clock[3]) * 60 + Number(clock[4]);
  if (/^\d+$/.test(text)) return Number(text);
  let total = 0;
  let rest = text;
  while (rest.length > 0) {
    const part = /^(\d+)(ms|w|d|h|m|s)/.exec(rest);
    if (!part) return undefined;
    total += Number(part[1]) * units[part[2]!]!;
    rest = rest.slice(part[0].length);
  }
  return text.length > 0 ? total : undefined;
}
