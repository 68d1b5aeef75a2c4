#!/usr/bin/env node
// Builds the production bundles and packs them into <name>-<version>.vsix with vsce.
//   node scripts/package.mjs            (npm run package)
// The runtime dependencies are inside the esbuild bundles, hence --no-dependencies; .vscodeignore is an
// allowlist of what ships. The e2e harness and the demo call packageExtension() themselves.
import { spawn } from 'node:child_process';
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = fileURLToPath(new URL('..', import.meta.url));
const MAX_VSIX_BYTES = 1024 * 1024;

function manifest() {
  return JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8'));
}

/** Where packageExtension() writes the .vsix unless told otherwise. */
export function defaultVsixPath() {
  const { name, version } = manifest();
  return join(repoRoot, `${name}-${version}.vsix`);
}

/**
 * vsce rewrites README's relative links and images to absolute ones, and guesses the base only for
 * GitHub and GitLab. Other forges (Gitea, Forgejo, cgit-style hosts) share GitHub's blob/raw layout.
 */
function baseUrlOptions() {
  const { repository } = manifest();
  const url = typeof repository === 'string' ? repository : repository?.url;
  if (!url || /github\.com|gitlab\.com/.test(url)) return [];
  const web = url.replace(/^git\+/, '').replace(/\.git$/, '');
  return ['--baseContentUrl', `${web}/blob/HEAD/`, '--baseImagesUrl', `${web}/raw/HEAD/`];
}

function run(command, args, log) {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd: repoRoot, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    const collect = (chunk) => { output += chunk; log(String(chunk)); };
    child.stdout.on('data', collect);
    child.stderr.on('data', collect);
    child.on('error', reject);
    child.on('close', (code) => (code === 0 ? resolve(output) : reject(new Error(`${command} ${args.join(' ')} exited with ${code}:\n${output}`))));
  });
}

/** Builds and packages; resolves with the path of the .vsix. */
export async function packageExtension({ out = defaultVsixPath(), log = (text) => process.stderr.write(text) } = {}) {
  await run(process.execPath, ['esbuild.mjs', '--production'], log);
  const vsce = join(repoRoot, 'node_modules', '@vscode', 'vsce', 'vsce');
  await run(process.execPath, [vsce, 'package', '--no-dependencies', '--out', out, ...baseUrlOptions()], log);
  const { size } = statSync(out);
  if (size > MAX_VSIX_BYTES) throw new Error(`${out} is ${size} bytes, over the 1 MB budget: check .vscodeignore`);
  return out;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  packageExtension({ log: (text) => process.stdout.write(text) }).then(
    (path) => console.log(`packaged ${path} (${statSync(path).size} bytes)`),
    (error) => { console.error(error.message); process.exit(1); },
  );
}
