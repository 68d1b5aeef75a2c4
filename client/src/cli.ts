// The command line: `routeros-ipsec <check|deploy|tail> …`, one module per subcommand, loaded only
// when it runs (check brings the whole analyser; deploy and tail do not need it). Bundled by
// esbuild into dist/cli.js (package.json `bin`).
import type { CliOutput } from './cli/deploy';
import { UsageError } from './cli/router-options';

const io: CliOutput = {
  out: (line) => process.stdout.write(`${line}\n`),
  err: (line) => process.stderr.write(`${line}\n`),
};

const interrupted = new Promise<void>((resolve) => process.once('SIGINT', () => resolve()));

interface Subcommand {
  readonly usage: string;
  run(argv: readonly string[]): Promise<number>;
}

const subcommands: Record<string, Subcommand> = {
  check: {
    usage: 'usage: routeros-ipsec check [--format text|json|sarif] [--ros-version X] <files or folders…>',
    run: async (argv) => (await import('./cli/check')).runCheck(argv),
  },
  deploy: {
    usage:
      'usage: routeros-ipsec deploy --router HOST[:PORT] --user USER [--tls|--plaintext] [--dry-run]\n' +
      '         [--fingerprint SHA256] [--ca FILE] [--anonymous-tls] [--timeout SECONDS] FILE\n' +
      '       the password comes from ROUTEROS_PASSWORD, or is asked for',
    run: async (argv) => (await import('./cli/deploy')).runDeploy(argv, io),
  },
  tail: {
    usage:
      'usage: routeros-ipsec tail --router HOST[:PORT] --user USER [--tls|--plaintext] [--count N] [--interval SECONDS]\n' +
      '         [--fingerprint SHA256] [--ca FILE] [--anonymous-tls] [--timeout SECONDS]',
    run: async (argv) => (await import('./cli/tail')).runTail(argv, io, interrupted),
  },
};

async function main(argv: readonly string[]): Promise<number> {
  const [name, ...rest] = argv;
  const subcommand = name === undefined ? undefined : subcommands[name];
  if (!subcommand) {
    io.err(`usage: routeros-ipsec <${Object.keys(subcommands).join('|')}> …\n\n${Object.values(subcommands).map((entry) => entry.usage).join('\n\n')}`);
    return 2;
  }
  try {
    return await subcommand.run(rest);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    io.err(`routeros-ipsec ${name}: ${error.message}\n${subcommand.usage}`);
    return 2;
  }
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    io.err(`error: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(3);
  },
);
