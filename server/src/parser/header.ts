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
