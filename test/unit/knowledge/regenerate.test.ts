// The generator run in memory must reproduce the committed file byte for byte, so the committed
// knowledge can never drift from the console trees in ../shared.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { GENERATED_PATH, generateKnowledgeText } from '../../../server/src/knowledge/build/generate';
import { repoRoot, schemaDir, sharedMissing } from '../../helpers/shared';

describe('knowledge generator', () => {
  it('regenerates exactly the committed generated/commands.json', { skip: sharedMissing(schemaDir) }, () => {
    const committed = readFileSync(join(repoRoot, GENERATED_PATH), 'utf8');
    const regenerated = generateKnowledgeText(schemaDir);
    assert.ok(
      regenerated === committed,
      'generated/commands.json is stale: run `npm run gen:knowledge` and commit the result',
    );
  });
});
