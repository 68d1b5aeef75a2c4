// Where an import stopped, read from the router's message. RouterOS names the line in one of two
// ways: `… (/ip/ipsec/peer/add; line 7)` for a command that failed, `… (line 7 column 12)` for a
// line it could not read; the console adds `(:import; line 1)` for the import command itself.

export interface ImportFailure {
  /** 1-based line in the file that was imported. */
  readonly line: number;
  readonly column: number | undefined;
  /** The router's own words. */
  readonly message: string;
}

export function readImportFailure(message: string): ImportFailure | undefined {
  const column = /\(line (\d+) column (\d+)\)/.exec(message);
  if (column) return { line: Number(column[1]), column: Number(column[2]), message };
  for (const match of message.matchAll(/\(([^();]*);\s*line (\d+)\)/g)) {
    if (match[1].trim() !== ':import') return { line: Number(match[2]), column: undefined, message };
  }
  return undefined;
}
