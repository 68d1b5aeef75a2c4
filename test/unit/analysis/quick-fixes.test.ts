// Every quick fix a failing fixture offers, applied to the text, removes the finding it was offered for,
// and brings no new error or warning of another rule with it.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Finding, Fix } from '../../../server/src/analysis/finding';
import { check, fixtureCases, lineAt, type FixtureFile } from './fixture-cases';

/** The files with the fix's edits applied (edits of one file applied from the end, so offsets hold). */
function applyFix(files: readonly FixtureFile[], fix: Fix): FixtureFile[] {
  return files.map((file) => {
    const edits = fix.edits.filter((edit) => edit.uri === file.uri).sort((a, b) => b.span.start - a.span.start);
    let text = file.text;
    for (const edit of edits) text = text.slice(0, edit.span.start) + edit.newText + text.slice(edit.span.end);
    return { ...file, text };
  });
}

function count(results: Map<string, Finding[]>, uri: string, code: string): number {
  return (results.get(uri) ?? []).filter((finding) => finding.code === code).length;
}

/** `uri code` of each error and warning, but those of `except`. */
function serious(results: Map<string, Finding[]>, except: string): string[] {
  return [...results.values()]
    .flat()
    .filter((finding) => (finding.severity === 'error' || finding.severity === 'warning') && finding.code !== except)
    .map((finding) => `${finding.uri.split('/').pop()} ${finding.code}`);
}

/** What `after` has more of than `before` (as multisets). */
function added(before: readonly string[], after: readonly string[]): string[] {
  const left = [...before];
  return after.filter((entry) => {
    const index = left.indexOf(entry);
    if (index >= 0) left.splice(index, 1);
    return index < 0;
  });
}

describe('quick fixes remove their finding', () => {
  for (const fixture of fixtureCases('rules')) {
    const before = check(fixture.files, fixture.options);
    const offers = [...before.values()].flat().flatMap((finding) => finding.fixes.map((fix) => ({ finding, fix })));
    if (offers.length === 0) continue;
    describe(fixture.id, () => {
      for (const { finding, fix } of offers) {
        const file = fixture.files.find((candidate) => candidate.uri === finding.uri)!;
        test(`${file.name}:${lineAt(file.text, finding.span.start)} ${finding.code}: "${fix.title}"`, () => {
          assert.ok(fix.edits.length > 0, 'a fix edits something');
          const after = check(applyFix(fixture.files, fix), fixture.options);
          assert.ok(count(after, finding.uri, finding.code) < count(before, finding.uri, finding.code), `${finding.code} is still reported in ${file.name}`);
          assert.deepEqual(added(serious(before, finding.code), serious(after, finding.code)), [], 'the fix brings new errors or warnings');
        });
      }
    });
  }
});
