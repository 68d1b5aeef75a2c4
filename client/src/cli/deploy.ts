// `routeros-ipsec deploy --router HOST[:PORT] --user USER [--tls|--plaintext] [--dry-run] FILE`:
// the editor's deploy for pipelines. Exit 0 only when the script was applied (or, with --dry-run,
// passed the dry run); 1 when the router refused it; 2 on a usage problem; 3 when the router could
// not be reached or logged in to.
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { connectToRouter } from '../router/connection';
import { deployScript } from '../router/deploy/deploy';
import { RouterError } from '../router/errors';
import { collectSecrets, redact } from '../router/redact';
import { fetchRouterInfo } from '../router/router-info';
import { connectRequest, parseOptions, readPassword, routerFlags, routerValued, transportWarning, UsageError } from './router-options';

export interface CliOutput {
  out(line: string): void;
  err(line: string): void;
}

export async function runDeploy(argv: readonly string[], io: CliOutput): Promise<number> {
  const options = parseOptions(argv, routerValued, new Set([...routerFlags, '--dry-run']));
  const [file, ...extra] = options.positional;
  if (!file || extra.length > 0) throw new UsageError('give exactly one script file');
  const script = readFileSync(file, 'utf8');
  const secrets = collectSecrets(script);
  const warning = transportWarning(options);
  if (warning) io.err(warning);
  const request = connectRequest(options, await readPassword(`Password for ${options.flags.get('--user')}: `), (line) => io.err(line));
  let connection;
  try {
    connection = await connectToRouter(request);
  } catch (error) {
    io.err(`error: ${error instanceof Error ? error.message : String(error)}`);
    return 3;
  }
  try {
    const info = await fetchRouterInfo(connection);
    io.err(`${info.identity}: RouterOS ${info.version.text}`);
    const result = await deployScript(connection, info, {
      script,
      fileLabel: basename(file),
      dryRunOnly: options.flags.has('--dry-run'),
      onProgress: (step) => io.err(step),
    });
    if (result.failure) io.out(`${file}:${result.failure.line ?? 1}:${result.failure.column ?? 1}: error: ${result.failure.message}`);
    io.out(result.summary);
    return result.outcome === 'applied' || result.outcome === 'dry-run-passed' ? 0 : 1;
  } catch (error) {
    io.err(`error: ${redact(error instanceof Error ? error.message : String(error), secrets)}`);
    return error instanceof RouterError && error.kind === 'too-old' ? 1 : 3;
  } finally {
    await connection.close();
  }
}
