// Turns a `print =interval=` stream back into whole tables. RouterOS sends the table again every
// interval; node-routeros hands it over as one array per `.section`, as single rows when the
// router sends no sections, or as `[]` when nothing came for a while (an empty table). Single rows
// are gathered until an id comes round again, which closes the batch.
import type { Row } from '../connection';

const keyOf = (row: Row) => row['.id'] ?? JSON.stringify(row);

export class BatchAssembler {
  /** Rows of the batch being received, by id. */
  private current = new Map<string, Row>();
  private table: Row[] = [];

  /** Feeds one packet; returns the table as it now stands. */
  accept(packet: Row | readonly Row[]): Row[] {
    if (Array.isArray(packet)) {
      this.current = new Map();
      this.table = [...packet];
      return this.table;
    }
    const row = packet as Row;
    let base = this.table;
    if (this.current.has(keyOf(row))) {
      // The id came round again: the batch before it is the whole table; rows not in it are gone.
      base = [...this.current.values()];
      this.current = new Map();
    }
    this.current.set(keyOf(row), row);
    const merged = new Map(base.map((old) => [keyOf(old), old]));
    for (const [key, value] of this.current) merged.set(key, value);
    this.table = [...merged.values()];
    return this.table;
  }
}
