// `routeros-ipsec tail --router HOST[:PORT] --user USER [--count N] [--interval S]`: the live view
// on a terminal. Prints the router's installed SAs, peers and policies at each update; reconnects
// when the router goes away. Exit 0 after N updates (or on Ctrl-C), 2 on a usage problem, 3 when
// the router refuses the login or the certificate.
import { connectToRouter } from '../router/connection';
import { snapshotLines } from '../router/tail/format';
import { watchRouter } from '../router/tail/watch';
import type { CliOutput } from './deploy';
import { connectRequest, parseOptions, readPassword, routerFlags, routerValued, transportWarning, UsageError } from './router-options';

function positiveNumber(value: string | true | undefined, name: string, fallback: number): number {
  if (value === undefined) return fallback;
  const number = Number(value);
  if (!(number > 0)) throw new UsageError(`${name} takes a positive number`);
  return number;
}

export async function runTail(argv: readonly string[], io: CliOutput, interrupted: Promise<void>): Promise<number> {
  const options = parseOptions(argv, new Set([...routerValued, '--count', '--interval']), routerFlags);
  if (options.positional.length > 0) throw new UsageError(`unexpected ${options.positional[0]}`);
  const count = positiveNumber(options.flags.get('--count'), '--count', Infinity);
  const interval = positiveNumber(options.flags.get('--interval'), '--interval', 2);
  const warning = transportWarning(options);
  if (warning) io.err(warning);
  const request = connectRequest(options, await readPassword(`Password for ${options.flags.get('--user')}: `), (line) => io.err(line));
  let printed = 0;
  let exitCode = 0;
  let finish!: () => void;
  const finished = new Promise<void>((resolve) => (finish = resolve));
  const watch = watchRouter({
    connect: () => connectToRouter(request),
    intervalSeconds: interval,
    onSnapshot: (snapshot) => {
      if (printed >= count) return;
      for (const line of snapshotLines(request.endpoint.label, snapshot)) io.out(line);
      if (++printed >= count) finish();
    },
    onState: (state) => {
      if (state.kind === 'waiting') io.err(`${state.error.message} (retrying in ${Math.round(state.retryInMs / 1000)} s)`);
      if (state.kind === 'failed') {
        io.err(`error: ${state.error.message}`);
        exitCode = 3;
        finish();
      }
    },
  });
  await Promise.race([finished, interrupted]);
  await watch.stop();
  return exitCode;
}
