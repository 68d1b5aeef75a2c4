// The export header's first line names the RouterOS version that wrote the file (ipsec.md §4.5).

const HEADER =
  /^\uFEFF?# (?:\d{4}-\d{2}-\d{2}|[A-Za-z]{3}\/\d{2}\/\d{4}) \d{2}:\d{2}:\d{2} by RouterOS (\S+)[ \t]*$/;

/**
 * The version in a first line such as `# 2024-01-02 03:04:05 by RouterOS 7.16.2` (v7.10+) or
 * `# jan/02/1970 06:11:28 by RouterOS 6.43.8` (older), suffixes like `7.10rc6` included.
 */
export function exportHeaderVersion(text: string): string | undefined {
  let lineEnd = 0;
  const limit = Math.min(text.length, 200);
  while (lineEnd < limit && text.charCodeAt(lineEnd) !== 10 && text.charCodeAt(lineEnd) !== 13) lineEnd++;
  return HEADER.exec(text.slice(0, lineEnd))?.[1];
}

/** What an export header says about the router that wrote it (ipsec.md §4.5); each field only when written. */
export interface HeaderFacts {
  readonly softwareId?: string;
  readonly model?: string;
  readonly serialNumber?: string;
}

const FACT = /^# (software id|model|serial number) = (.*?)[ \t]*$/;
const FIELDS = { 'software id': 'softwareId', model: 'model', 'serial number': 'serialNumber' } as const;

/**
 * The `# software id = …`, `# model = …` and `# serial number = …` lines of the comment block an export starts
 * with (an empty software id, as CHR and x86 write it, says nothing). Reads at most the first 1,000 characters.
 */
export function exportHeaderFacts(text: string): HeaderFacts {
  const facts: { -readonly [K in keyof HeaderFacts]: string } = {};
  let start = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const limit = Math.min(text.length, 1000);
  while (start < limit && text.charCodeAt(start) === 35 /* # */) {
    let end = start;
    while (end < limit && text.charCodeAt(end) !== 10 && text.charCodeAt(end) !== 13) end++;
    const match = FACT.exec(text.slice(start, end));
    if (match && match[2] !== '') facts[FIELDS[match[1] as keyof typeof FIELDS]] = match[2];
    start = end;
    while (start < limit && (text.charCodeAt(start) === 10 || text.charCodeAt(start) === 13)) start++;
  }
  return facts;
}

/** Two headers that both name a field with different values were written by different routers. */
export function differentRouters(a: HeaderFacts, b: HeaderFacts): boolean {
  return (Object.values(FIELDS) as (keyof HeaderFacts)[]).some((field) => a[field] !== undefined && b[field] !== undefined && a[field] !== b[field]);
}
