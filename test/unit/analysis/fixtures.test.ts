// Every fixture folder: the findings of checkWorkspace are exactly those of expected.json, in every file
// of the case (a stray finding fails as surely as a missing one).
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { rules } from '../../../server/src/analysis/rules/index';
import { check, describeExpected, describeFindings, fixtureCases } from './fixture-cases';

const ruleCases = fixtureCases('rules');
const pairCases = fixtureCases('pairs');

describe('rule fixtures (test/fixtures/rules/<code>/<case>)', () => {
  for (const fixture of ruleCases) {
    test(fixture.id, () => {
      const results = check(fixture.files, fixture.options);
      assert.deepEqual(describeFindings(fixture.files, results), describeExpected(fixture.expected));
    });
  }
});

describe('correct pairs come out clean (test/fixtures/pairs/<case>)', () => {
  for (const fixture of pairCases) {
    test(fixture.id, () => {
      const results = check(fixture.files, fixture.options);
      assert.deepEqual(describeFindings(fixture.files, results), describeExpected(fixture.expected));
      assert.ok(fixture.expected.every((entry) => entry.severity === 'information' || entry.severity === 'hint'), 'a correct pair expects no error and no warning');
    });
  }
});

describe('the fixtures cover the rules', () => {
  test('every rule has a folder with a case where it fires', () => {
    const uncovered = rules
      .map((rule) => rule.code)
      .filter((code) => !ruleCases.some((fixture) => fixture.id.startsWith(`rules/${code}/`) && fixture.expected.some((entry) => entry.code === code)));
    assert.deepEqual(uncovered, []);
  });

  test('every rule folder is named after a rule, and each of its failing cases expects that rule', () => {
    const codes = new Set(rules.map((rule) => rule.code));
    const misnamed = ruleCases.filter((fixture) => {
      const code = fixture.id.split('/')[1]!;
      return !codes.has(code) || (fixture.expected.length > 0 && !fixture.expected.some((entry) => entry.code === code));
    });
    assert.deepEqual(misnamed.map((fixture) => fixture.id), []);
  });

  test('there is a clean pair for each setup the product is built around', () => {
    const ids = pairCases.map((fixture) => fixture.id);
    for (const id of ['pairs/s2s-v7-ikev2-psk', 'pairs/s2s-v7-ikev1-main-psk', 'pairs/s2s-v6-legacy-peer', 'pairs/roadwarrior-ikev2-server', 'pairs/gre-over-ipsec-secret', 'pairs/hub-three-spokes']) {
      assert.ok(ids.includes(id), `missing ${id}`);
    }
  });
});
