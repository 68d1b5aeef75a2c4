import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { silenceLibraryLog } from '../../../client/src/router/connection';
import { loginError, socketError, systemErrorCode } from '../../../client/src/router/errors';
import { collectSecrets, redact, sensitiveProperties } from '../../../client/src/router/redact';
import { endpointOf, readRouterEntries, transportWarning } from '../../../client/src/router/router-settings';
import { BatchAssembler } from '../../../client/src/router/tail/batches';
import { formatBytes, statusSummary } from '../../../client/src/router/tail/format';
import { normaliseFingerprint } from '../../../client/src/router/tls-policy';
import { sensitive } from '../../../server/src/model/ipsec';

const endpoint = { label: 'Boise', host: '192.0.2.1', port: 8729, tls: true };

describe('redact', () => {
  const script = '/ip ipsec identity add peer=p secret="long secret \\"value\\"" \n/interface gre add ipsec-secret=abc123 name=g';

  it('masks secret assignments and every secret value a script wrote, quoted or not', () => {
    const secrets = collectSecrets(script);
    assert.deepEqual(new Set(secrets), new Set(['"long secret \\"value\\""', 'long secret "value"', 'abc123']));
    const shown = redact(`line 1: secret="long secret \\"value\\"" failed; key abc123; long secret "value"`, secrets);
    assert.ok(!shown.includes('abc123') && !shown.includes('long secret'), shown);
  });

  it('covers every property the model hides as sensitive', () => {
    for (const property of sensitive) assert.ok(sensitiveProperties.includes(property), property);
  });
});

describe('routeros.routers', () => {
  it('fills in defaults and keeps only usable entries, saying why', () => {
    const { routers, problems } = readRouterEntries([
      { name: 'Boise', host: '192.0.2.1' },
      { name: 'Seattle', host: '192.0.2.2', port: 18728, tls: false, username: 'ops' },
      { name: 'Boise', host: '192.0.2.9' },
      { host: 'nameless' },
      { name: 'Bad', host: 'x', port: 70000 },
      'text',
    ]);
    assert.deepEqual(routers.map((router) => [router.name, router.username, endpointOf(router).port, router.tls]), [
      ['Boise', 'admin', 8729, true],
      ['Seattle', 'ops', 18728, false],
    ]);
    assert.equal(problems.length, 4);
    assert.equal(readRouterEntries({}).problems.length, 1);
  });

  it('warns about plaintext and anonymous TLS, not about verified TLS', () => {
    const [verified, plain, anonymous] = readRouterEntries([
      { name: 'A', host: 'a' }, { name: 'B', host: 'b', tls: false }, { name: 'C', host: 'c', anonymousTls: true },
    ]).routers;
    assert.equal(transportWarning(verified), undefined);
    assert.match(transportWarning(plain) ?? '', /unencrypted/);
    assert.match(transportWarning(anonymous) ?? '', /nothing proves/);
  });
});

describe('the library\'s own log', () => {
  it('stays off whatever DEBUG says, since it would print passwords and scripts', () => {
    const debug = require('debug') as { enable(namespaces: string): void; enabled(name: string): boolean };
    debug.enable('*');
    silenceLibraryLog();
    assert.equal(debug.enabled('routeros-api:connector:transmitter:info'), false);
    assert.equal(debug.enabled('something-else'), true);
    debug.enable('');
  });
});

describe('errors', () => {
  it('recovers the POSIX name from the negative errno modern Node reports', () => {
    assert.equal(systemErrorCode({ errno: -111 }), 'ECONNREFUSED');
    assert.equal(socketError(endpoint, { errno: -111 }, 5).kind, 'refused');
    assert.equal(socketError(endpoint, { code: 'ENOTFOUND' }, 5).kind, 'unreachable');
  });

  it('tells a user without the api policy from a wrong password', () => {
    assert.equal(loginError(endpoint, 'ops', 'not enough permissions (9)').kind, 'permission');
    assert.equal(loginError(endpoint, 'ops', 'invalid user name or password (6)').kind, 'auth');
  });

  it('compares fingerprints however they are written', () => {
    assert.equal(normaliseFingerprint('sha256/ab:cd EF'), 'ABCDEF');
  });
});

describe('live view text', () => {
  it('formats bytes the way the status bar shows them', () => {
    assert.deepEqual([formatBytes(999), formatBytes(1234), formatBytes(1_234_567), formatBytes(45_600_000_000)], ['999 B', '1.2 kB', '1.2 MB', '46 GB']);
  });

  it('summarises a router in one line', () => {
    const sa = { bytes: 600_000 } as never;
    assert.equal(statusSummary('Boise', { installedSas: [sa, sa], activePeers: [], policies: [], takenAt: 0 }), 'Boise: 2 SA · 1.2 MB');
  });
});

describe('BatchAssembler', () => {
  it('takes a .section batch or an empty packet as the whole table', () => {
    const batches = new BatchAssembler();
    assert.deepEqual(batches.accept([{ '.id': '*1' }, { '.id': '*2' }]), [{ '.id': '*1' }, { '.id': '*2' }]);
    assert.deepEqual(batches.accept([]), []);
  });

  it('closes a batch of single rows when an id comes round again, dropping rows that went away', () => {
    const batches = new BatchAssembler();
    batches.accept({ '.id': '*1', n: '1' });
    batches.accept({ '.id': '*2', n: '1' });
    assert.deepEqual(batches.accept({ '.id': '*1', n: '2' }), [{ '.id': '*1', n: '2' }, { '.id': '*2', n: '1' }]);
    assert.deepEqual(batches.accept({ '.id': '*1', n: '3' }), [{ '.id': '*1', n: '3' }]);
  });
});
