// Regenerates server/src/knowledge/generated/commands.json from the RouterOS console trees kept in
// ../shared/reference/routeros-schema (or the folder given as the first argument, or
// $ROUTEROS_SCHEMA_DIR). Run: node --import tsx scripts/gen-knowledge.ts
import { writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { GENERATED_PATH, generateKnowledgeText } from '../server/src/knowledge/build/generate';

const repoRoot = resolve(__dirname, '..');
const schemaDir = resolve(
  process.argv[2] ?? process.env.ROUTEROS_SCHEMA_DIR ?? join(repoRoot, '..', 'shared', 'reference', 'routeros-schema'),
);

const started = Date.now();
const text = generateKnowledgeText(schemaDir);
writeFileSync(join(repoRoot, GENERATED_PATH), text);
console.log(`${GENERATED_PATH}: ${(text.length / 1024).toFixed(0)} KiB from ${schemaDir} in ${Date.now() - started} ms`);
