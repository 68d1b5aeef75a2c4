// The generator as a function: console trees in, the text of generated/commands.json out. The script
// scripts/gen-knowledge.ts writes it; a unit test runs it in memory and compares with the committed file.
import { RELEASES } from '../versions';
import { emitKnowledge } from './emit';
import { loadSchemaSet } from './load';
import { mergeSchemas } from './merge';

/** Where the generated file lives, relative to the repository root. */
export const GENERATED_PATH = 'server/src/knowledge/generated/commands.json';

export function generateKnowledgeText(schemaDir: string): string {
  const schemas = loadSchemaSet(schemaDir);
  if (schemas.releases.join() !== RELEASES.join()) {
    throw new Error(
      `${schemaDir} holds releases ${schemas.releases.join(', ')} but versions.ts lists ${RELEASES.join(', ')}: ` +
        'update RELEASES (release masks are indexed by it)',
    );
  }
  const knowledge = emitKnowledge(mergeSchemas(schemas), schemas.releases);
  return `${JSON.stringify(knowledge)}\n`;
}
