// Inline test scripts with a cursor marker: `add enc-algorithms=aes-256-cbc,|` → the text without the
// marker and the cursor's offset. The marker is `|` unless told otherwise (RouterOS text may contain
// `|` in strings or regular expressions; pass another marker such as `¦` for those).

export interface AtCursor {
  readonly text: string;
  readonly offset: number;
}

/** Removes the single cursor marker. Throws when there is none or more than one: a broken fixture. */
export function atCursor(marked: string, marker = '|'): AtCursor {
  const offset = marked.indexOf(marker);
  if (offset < 0) throw new Error(`no cursor marker ${marker} in ${JSON.stringify(marked)}`);
  if (marked.indexOf(marker, offset + marker.length) >= 0) throw new Error(`more than one cursor marker ${marker} in ${JSON.stringify(marked)}`);
  return { text: marked.slice(0, offset) + marked.slice(offset + marker.length), offset };
}
