import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readImportFailure } from '../../../client/src/router/deploy/import-failure';
import { hasCharactersOutsideWindows1252, splitScript } from '../../../client/src/router/deploy/parts';
import { planDeploy } from '../../../client/src/router/deploy/plan';
import { RouterError } from '../../../client/src/router/errors';
import { atLeast, parseRouterOsVersion } from '../../../client/src/router/version';

const endpoint = { label: 'Boise', host: '192.0.2.1', port: 8729, tls: true };
const version = (text: string) => parseRouterOsVersion(text) ?? assert.fail(text);

describe('RouterOS versions', () => {
  it('reads what /system/resource reports', () => {
    assert.deepEqual(parseRouterOsVersion('7.18.2 (stable)'), { major: 7, minor: 18, patch: 2, text: '7.18.2' });
    assert.deepEqual(parseRouterOsVersion('7.16rc3 (testing)'), { major: 7, minor: 16, patch: 0, text: '7.16' });
    assert.equal(parseRouterOsVersion('unknown'), undefined);
  });

  it('compares minor versions as numbers', () => {
    assert.equal(atLeast(version('7.10.2'), '7.9'), true);
    assert.equal(atLeast(version('7.9'), '7.10'), false);
    assert.equal(atLeast(version('6.49.10'), '7.9'), false);
  });
});

describe('planDeploy', () => {
  it('imports inside safe mode after a dry run on 7.18 and later', () => {
    const plan = planDeploy(endpoint, version('7.18'));
    assert.equal(plan.dryRun && plan.safeMode, true);
    assert.equal(plan.caution, undefined);
  });

  it('warns on 7.16–7.17 that a failure keeps earlier lines, after a dry run', () => {
    const plan = planDeploy(endpoint, version('7.17.1'));
    assert.deepEqual([plan.dryRun, plan.safeMode], [true, false]);
    assert.match(plan.caution ?? '', /no safe mode.*lines before it stay applied.*dry run checks/);
  });

  it('warns on 7.9–7.15 that there is neither', () => {
    const plan = planDeploy(endpoint, version('7.9'));
    assert.deepEqual([plan.dryRun, plan.safeMode], [false, false]);
    assert.match(plan.caution ?? '', /no dry run either/);
  });

  it('refuses RouterOS before 7.9, saying what is needed', () => {
    assert.throws(() => planDeploy(endpoint, version('6.49.10')), (error: RouterError) => error.kind === 'too-old' && /6\.49\.10.*7\.9/.test(error.message));
  });
});

describe('splitScript', () => {
  const line = (i: number) => `/ip firewall address-list add list=l address=10.0.0.${i % 250}`;

  it('keeps a script that fits in one part', () => {
    assert.deepEqual(splitScript('/ip address print\n'), [{ text: '/ip address print\n', lineOffset: 0 }]);
  });

  it('cuts only before lines that start at the root menu, and knows each part\'s first line', () => {
    const script = ['/ip ipsec peer', 'add name=a', 'add name=b', '/ip ipsec policy', 'add peer=a', 'add peer=b', ''].join('\n');
    const parts = splitScript(script, 40);
    assert.deepEqual(parts.map((part) => part.text.split('\n')[0]), ['/ip ipsec peer', '/ip ipsec policy']);
    assert.deepEqual(parts.map((part) => part.lineOffset), [0, 3]);
    assert.equal(parts.map((part) => part.text).join(''), script);
  });

  it('never cuts inside a block or a continued line', () => {
    const script = [line(1), ':if (true) do={', line(2), line(3), '}', line(4) + ' \\', '  comment=x', line(5), ''].join('\n');
    for (const part of splitScript(script, 200)) {
      assert.ok(!/^\s|^}/.test(part.text), `a part starts inside a statement: ${part.text.slice(0, 30)}`);
    }
  });

  it('says where a script cannot be cut', () => {
    const script = `/ip ipsec peer\n${'add name=x\n'.repeat(10)}`;
    assert.throws(() => splitScript(script, 50), (error: RouterError) => error.kind === 'config' && /line 1/.test(error.message));
  });

  it('notices characters that single-byte text cannot carry', () => {
    assert.equal(hasCharactersOutsideWindows1252('# café € ok'), false);
    assert.equal(hasCharactersOutsideWindows1252('# Москва'), true);
  });
});

describe('readImportFailure', () => {
  it('reads the failing command\'s line', () => {
    assert.deepEqual(readImportFailure('failure: already have such entry (/ip/ipsec/peer/add; line 7)'), {
      line: 7, column: undefined, message: 'failure: already have such entry (/ip/ipsec/peer/add; line 7)',
    });
  });

  it('reads a syntax error\'s line and column', () => {
    assert.equal(readImportFailure('expected end of command (line 4 column 12)')?.column, 12);
  });

  it('skips the console\'s own "(:import; line 1)"', () => {
    const message = 'Script Error: failure: already have interface with name bridge (/interface/bridge/add; line 2) (:import; line 1)';
    assert.equal(readImportFailure(message)?.line, 2);
    assert.equal(readImportFailure('Script Error: no such item (:import; line 1)'), undefined);
  });
});
