// Locates ../shared (the knowledge base and corpus kept beside the repository). Tests that read it
// skip with a message when it is absent, so a bare clone still runs every other test.
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';

export const repoRoot = resolve(__dirname, '..', '..');
export const sharedDir = process.env.ROUTEROS_SHARED_DIR ?? resolve(repoRoot, '..', 'shared');
export const corpusDir = join(sharedDir, 'corpus');
export const schemaDir = join(sharedDir, 'reference', 'routeros-schema');
export const ipsecReference = join(sharedDir, 'reference', 'ipsec.md');

/** The reason to skip a test that needs ../shared, or false when it is there. */
export function sharedMissing(path: string = sharedDir): string | false {
  return existsSync(path) ? false : `${path} is absent: this test reads ../shared at test time`;
}
