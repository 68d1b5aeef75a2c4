// The options `deploy` and `tail` share: which router, how to trust it, who logs in. The password
// comes from ROUTEROS_PASSWORD or a prompt that does not echo; never from the command line, where
// it would land in the shell history and the process list.
import { readFileSync } from 'node:fs';
import type { ConnectRequest } from '../router/connection';
import { DEFAULT_PLAIN_PORT, DEFAULT_TLS_PORT } from '../router/router-settings';

export class UsageError extends Error {}

export interface ParsedOptions {
  readonly flags: ReadonlyMap<string, string | true>;
  readonly positional: readonly string[];
}

/** `--name value` and `--flag`; `valued` lists the options that take a value. */
export function parseOptions(argv: readonly string[], valued: ReadonlySet<string>, flags: ReadonlySet<string>): ParsedOptions {
  const found = new Map<string, string | true>();
  const positional: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (!arg.startsWith('--')) positional.push(arg);
    else if (valued.has(arg)) {
      const value = argv[++i];
      if (value === undefined || value.startsWith('--')) throw new UsageError(`${arg} needs a value`);
      found.set(arg, value);
    } else if (flags.has(arg)) found.set(arg, true);
    else throw new UsageError(`unknown option ${arg}`);
  }
  return { flags: found, positional };
}

export const routerValued = new Set(['--router', '--user', '--fingerprint', '--ca', '--timeout']);
export const routerFlags = new Set(['--tls', '--plaintext', '--anonymous-tls']);

function text(options: ParsedOptions, name: string): string | undefined {
  const value = options.flags.get(name);
  return typeof value === 'string' ? value : undefined;
}

/** `host`, `host:port`, `[v6]:port`. */
function splitHostPort(router: string, tls: boolean): { host: string; port: number } {
  const match = /^\[([^\]]+)\](?::(\d+))?$/.exec(router) ?? /^([^:]+)(?::(\d+))?$/.exec(router);
  if (!match) return { host: router, port: tls ? DEFAULT_TLS_PORT : DEFAULT_PLAIN_PORT };
  const port = match[2] === undefined ? (tls ? DEFAULT_TLS_PORT : DEFAULT_PLAIN_PORT) : Number(match[2]);
  if (!(port > 0 && port < 65536)) throw new UsageError(`bad port in --router ${router}`);
  return { host: match[1], port };
}

export function connectRequest(options: ParsedOptions, password: string, log: (line: string) => void): ConnectRequest {
  const router = text(options, '--router');
  const username = text(options, '--user');
  if (!router || !username) throw new UsageError('--router HOST[:PORT] and --user USER are required');
  if (options.flags.has('--tls') && options.flags.has('--plaintext')) throw new UsageError('--tls and --plaintext exclude each other');
  const tls = !options.flags.has('--plaintext');
  const { host, port } = splitHostPort(router, tls);
  const ca = text(options, '--ca');
  const timeout = Number(text(options, '--timeout') ?? 10);
  if (!(timeout > 0)) throw new UsageError('--timeout takes a number of seconds');
  return {
    endpoint: { label: router, host, port, tls },
    username,
    password,
    trust: { fingerprint: text(options, '--fingerprint'), ca: ca === undefined ? undefined : readFileSync(ca, 'utf8'), anonymous: options.flags.has('--anonymous-tls') },
    timeoutSeconds: timeout,
    log,
  };
}

/** What is unsafe about the chosen transport, to print before connecting. */
export function transportWarning(options: ParsedOptions): string | undefined {
  if (options.flags.has('--plaintext')) return 'warning: --plaintext sends the password and the script unencrypted';
  if (options.flags.has('--anonymous-tls')) return 'warning: --anonymous-tls encrypts but does not authenticate the router';
  return undefined;
}

/** ROUTEROS_PASSWORD, or a prompt on the terminal that does not echo. */
export async function readPassword(prompt: string): Promise<string> {
  const fromEnvironment = process.env.ROUTEROS_PASSWORD;
  if (fromEnvironment !== undefined) return fromEnvironment;
  if (!process.stdin.isTTY) throw new UsageError('set ROUTEROS_PASSWORD (no terminal to ask for the password)');
  process.stderr.write(prompt);
  process.stdin.setRawMode(true);
  process.stdin.resume();
  return new Promise((resolve, reject) => {
    let typed = '';
    const onData = (chunk: Buffer) => {
      for (const char of chunk.toString('utf8')) {
        if (char === '\r' || char === '\n') return finish(() => resolve(typed));
        if (char === '\u0003') return finish(() => reject(new UsageError('cancelled')));
        typed = char === '\u007f' || char === '\b' ? typed.slice(0, -1) : typed + char;
      }
    };
    const finish = (settle: () => void) => {
      process.stdin.off('data', onData);
      process.stdin.setRawMode(false);
      process.stdin.pause();
      process.stderr.write('\n');
      settle();
    };
    process.stdin.on('data', onData);
  });
}
