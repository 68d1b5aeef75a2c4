// The log files VS Code writes under its logs folder: one per output channel, one per extension host.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';

function filesUnder(dir: string): string[] {
  let entries: string[];
  try {
    entries = readdirSync(dir);
  } catch {
    return [];
  }
  return entries.flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

/** Output channels are written to `<channel>.log` (log channels) or `<n>-<channel>.log` (plain ones). */
export function newestChannelLog(logsDir: string, channel: string): string | undefined {
  return filesUnder(logsDir)
    .filter((path) => basename(path) === `${channel}.log` || basename(path).endsWith(`-${channel}.log`))
    .sort((a, b) => statSync(b).mtimeMs - statSync(a).mtimeMs)[0];
}

/** Everything the extension hosts logged (activations, failures to activate). */
export function extensionHostLog(logsDir: string): string {
  return filesUnder(logsDir)
    .filter((path) => /^(remote)?exthost\.log$/.test(basename(path)))
    .map((path) => readFileSync(path, 'utf8'))
    .join('\n');
}
