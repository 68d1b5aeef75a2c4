// print / getall / get over a list of rows: `.proplist`, queries, `count-only`, and `interval`,
// which turns the print into a stream of batches until `/cancel`.
import { parseDuration } from '../time';
import { done, Refusal, type Outcome, type Row } from './outcome';
import { matchesQuery } from './query';

/** print arguments the simulator understands or harmlessly ignores (console layout options). */
const printArguments = new Set([
  '.proplist', 'count-only', 'interval', 'detail', 'without-paging', 'terse', 'brief', 'stats', 'as-value', 'show-ids', 'show-sensitive', 'follow', 'follow-only',
]);

function project(row: Row, proplist: string | undefined): Row {
  if (proplist === undefined) return row;
  const wanted = proplist.split(',');
  return Object.fromEntries(Object.entries(row).filter(([name]) => wanted.includes(name)));
}

export function print(rowsNow: () => Row[], args: Readonly<Record<string, string>>, queries: readonly string[]): Outcome {
  for (const name of Object.keys(args)) if (!printArguments.has(name)) throw new Refusal(`unknown parameter ${name}`, 1);
  const select = () => rowsNow().filter((row) => matchesQuery(row, queries)).map((row) => project(row, args['.proplist']));
  if (args['count-only'] !== undefined) return done([], String(select().length));
  if (args.interval !== undefined) {
    const every = parseDuration(args.interval);
    if (every === undefined) throw new Refusal('value of interval must be a time interval', 1);
    return {
      kind: 'stream',
      open(emit) {
        emit(select());
        const timer = setInterval(() => emit(select()), Math.max(200, every));
        return () => clearInterval(timer);
      },
    };
  }
  return { kind: 'done', rows: select(), query: true };
}

/** `get =number= =value-name=` (or only `=value-name=` in a single-item menu): the value in `ret`. */
export function get(rows: Row[], args: Readonly<Record<string, string>>, single: boolean): Outcome {
  const row = single ? rows[0] : rows.find((candidate) => candidate['.id'] === args.number || candidate.name === args.number);
  if (!row) throw new Refusal('no such item', 0);
  const name = args['value-name'];
  if (name === undefined) return done([row]);
  if (row[name] === undefined) throw new Refusal(`no such property: ${name}`, 1);
  return done([], row[name]);
}
