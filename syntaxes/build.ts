// Writes syntaxes/routeros.tmLanguage.json from syntaxes/src (run: npm run build:grammar).
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildGrammar } from './src/grammar';

export const grammarPath = join(__dirname, 'routeros.tmLanguage.json');

export function grammarJson(): string {
  return `${JSON.stringify(buildGrammar(), null, 2)}\n`;
}

if (require.main === module) {
  writeFileSync(grammarPath, grammarJson());
  console.log(`wrote ${grammarPath}`);
}
