// Once per test run, whatever the number of scenario files: the tool chain, a .vsix built from the current
// sources, and that .vsix installed into an extensions folder that every session copies. node:test runs
// each e2e file in its own process (one at a time), so "once" is kept on disk: the .vsix is rebuilt only
// when a source is newer, and the installed copy is keyed by the .vsix's hash.
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { installExtension } from '../../scripts/code-server.mjs';
import { ensureToolchain, type Toolchain } from '../../scripts/e2e-setup.mjs';
import { defaultVsixPath, packageExtension, repoRoot } from '../../scripts/package.mjs';

/** What the .vsix is made of; dist/ is not listed because it is built from these. */
const PACKAGE_INPUTS = [
  'client/src', 'server/src', 'syntaxes', 'snippets', 'images', 'package.json', 'language-configuration.json',
  'README.md', 'CHANGELOG.md', 'LICENSE', '.vscodeignore', 'esbuild.mjs',
];

export interface PreparedRun {
  toolchain: Toolchain;
  vsix: string;
  /** An extensions folder with the .vsix installed: copy it, don't use it. */
  installedExtensions: string;
}

let prepared: Promise<PreparedRun> | undefined;

export function prepareRun(): Promise<PreparedRun> {
  prepared ??= prepare();
  return prepared;
}

async function prepare(): Promise<PreparedRun> {
  const toolchain = await ensureToolchain();
  const vsix = await freshVsix();
  const installedExtensions = await installedOnce(toolchain, vsix);
  return { toolchain, vsix, installedExtensions };
}

function newestMtime(path: string): number {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(stat.mtimeMs, ...readdirSync(path).map((name) => newestMtime(join(path, name))));
}

/** The .vsix of the current sources: rebuilt only when a source is newer than it. */
export async function freshVsix(): Promise<string> {
  const vsix = defaultVsixPath();
  const newestSource = Math.max(...PACKAGE_INPUTS.map((input) => newestMtime(join(repoRoot, input))));
  if (existsSync(vsix) && statSync(vsix).mtimeMs > newestSource) return vsix;
  await packageExtension({ out: vsix, log: () => undefined }); // its output is in the error if it fails
  console.log(`packaged ${vsix} (${statSync(vsix).size} bytes)`);
  return vsix;
}

async function installedOnce(toolchain: Toolchain, vsix: string): Promise<string> {
  const hash = createHash('sha256').update(readFileSync(vsix)).digest('hex').slice(0, 16);
  const root = join(tmpdir(), 'routeros-ipsec-e2e');
  const dir = join(root, `installed-${hash}`);
  const extensions = join(dir, 'extensions');
  const stamp = join(dir, 'installed');
  if (existsSync(stamp)) return extensions;
  rmSync(root, { recursive: true, force: true }); // installs of earlier builds
  mkdirSync(dir, { recursive: true });
  await installExtension(toolchain, vsix, { extensionsDir: extensions, userDataDir: join(dir, 'user-data') });
  writeFileSync(stamp, `${vsix}\n`);
  return extensions;
}

/** A session's own extensions folder: VS Code finds installed extensions by their relative location. */
export function copyInstalledExtensions(run: PreparedRun, into: string): void {
  cpSync(run.installedExtensions, into, { recursive: true });
}
