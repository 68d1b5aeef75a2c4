// Each rule relies on a fact of ../shared/reference (ipsec.md or setups.md): the sections, rule-table
// rows (P1–P10, Q1–Q7) and setup steps its `fact` cites must exist there.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { rules } from '../../../server/src/analysis/rules/index';
import { ipsecReference, sharedDir, sharedMissing } from '../../helpers/shared';

const setupsReference = join(sharedDir, 'reference', 'setups.md');

interface Citation {
  readonly document: 'ipsec.md' | 'setups.md';
  readonly section: string;
}

/** `ipsec.md §3.2/§3.3 and §3.6 P3–P7, setups.md §1 step 9`: each § belongs to the document named before it. */
function citationsOf(fact: string): { sections: Citation[]; rows: string[]; steps: { section: string; step: string }[] } {
  const sections: Citation[] = [];
  const rows: string[] = [];
  const steps: { section: string; step: string }[] = [];
  const parts = fact.split(/\b(ipsec\.md|setups\.md)\b/);
  for (let i = 1; i < parts.length; i += 2) {
    const document = parts[i] as Citation['document'];
    const text = parts[i + 1] ?? '';
    for (const match of text.matchAll(/§(\d+(?:\.\d+)?[a-z]?)(?:\s+step\s+(\d+))?/g)) {
      sections.push({ document, section: match[1]! });
      if (match[2]) steps.push({ section: match[1]!, step: match[2] });
    }
    if (document === 'ipsec.md') {
      for (const match of text.matchAll(/\b([PQ])(\d+)(?:[–-]([PQ])?(\d+))?\b/g)) {
        rows.push(`${match[1]}${match[2]}`);
        if (match[4]) rows.push(`${match[3] ?? match[1]}${match[4]}`);
      }
    }
  }
  return { sections, rows, steps };
}

/** Section numbers of a reference's headings: `## 0. Version…` → 0, `### 3.6b Single…` → 3.6b. */
function headings(markdown: string): Map<string, string> {
  const found = new Map<string, string>();
  const lines = markdown.split('\n');
  lines.forEach((line, index) => {
    const match = /^#{2,4} (\d+(?:\.\d+)?[a-z]?)[.\s]/.exec(line);
    if (match) found.set(match[1]!, lines.slice(index + 1).join('\n').split(/\n#{2} /)[0]!);
  });
  return found;
}

describe('the facts rules rely on', () => {
  test('every rule has a stable kebab-case code, used once, a severity and a one-sentence summary', () => {
    const codes = rules.map((rule) => rule.code);
    assert.equal(new Set(codes).size, codes.length);
    for (const rule of rules) {
      assert.match(rule.code, /^[a-z0-9]+(-[a-z0-9]+)*$/);
      assert.ok(['error', 'warning', 'information', 'hint'].includes(rule.severity), rule.code);
      assert.match(rule.summary, /^[A-Z].*\.$/, rule.code);
    }
  });

  test('citations are read as the reference writes them', () => {
    assert.deepEqual(citationsOf('ipsec.md §2.3 (FastTrack) and setups.md §1 step 9: …'), {
      sections: [{ document: 'ipsec.md', section: '2.3' }, { document: 'setups.md', section: '1' }],
      rows: [],
      steps: [{ section: '1', step: '9' }],
    });
    assert.deepEqual(citationsOf('ipsec.md §3.2/§3.3 and §3.6 P3–P7').rows, ['P3', 'P7']);
  });

  const missing = sharedMissing(ipsecReference) || sharedMissing(setupsReference);
  test('every fact cites sections, rows and steps that exist in ipsec.md and setups.md', { skip: missing }, () => {
    const ipsec = readFileSync(ipsecReference, 'utf8');
    const documents = { 'ipsec.md': headings(ipsec), 'setups.md': headings(readFileSync(setupsReference, 'utf8')) };
    for (const rule of rules) {
      const { sections, rows, steps } = citationsOf(rule.fact);
      assert.ok(sections.length > 0, `${rule.code}: the fact cites no section`);
      for (const { document, section } of sections) assert.ok(documents[document].has(section), `${rule.code}: ${document} has no §${section}`);
      for (const row of rows) assert.match(ipsec, new RegExp(`^\\| ${row} \\|`, 'm'), `${rule.code}: ipsec.md §3.6 has no row ${row}`);
      for (const { section, step } of steps) {
        assert.match(documents['setups.md'].get(section) ?? '', new RegExp(`^${step}\\. \\*\\*`, 'm'), `${rule.code}: setups.md §${section} has no step ${step}`);
      }
    }
  });
});
