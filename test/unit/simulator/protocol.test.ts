// The simulator speaks the API as routeros-api.md §1 and §5.3 describe: login, tags on every
// reply, traps with categories, `!empty` from 7.18, queries, `/cancel`, `!fatal`.
import { after, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { SimulatedRouter } from '../../simulator/router';
import { RawApiClient, startRouter } from '../../simulator/testing';

const routers: SimulatedRouter[] = [];
const clients: RawApiClient[] = [];
after(async () => {
  for (const client of clients) client.close();
  await Promise.all(routers.map((router) => router.shutdown()));
});

async function client(version = '7.18.2', tls = false): Promise<RawApiClient> {
  const router = await startRouter({ version });
  routers.push(router);
  const opened = await RawApiClient.open(router, tls);
  clients.push(opened);
  return opened;
}

describe('simulated router: session', () => {
  it('answers a command before login with !fatal, untagged, and closes', async () => {
    const raw = await client();
    raw.send('/system/identity/print', '.tag=1');
    assert.deepEqual(await raw.read(), [['!fatal', 'not logged in']]);
    await raw.read(1);
    assert.equal(raw.closed, true);
  });

  it('refuses a wrong password with the router\'s words, then accepts the right one', async () => {
    const raw = await client();
    raw.send('/login', '=name=admin', '=password=nope', '.tag=a');
    assert.deepEqual(await raw.readUntilDone('a'), [
      ['!trap', '.tag=a', '=message=invalid user name or password (6)'],
      ['!done', '.tag=a'],
    ]);
    await raw.login();
  });

  it('tags every sentence of a tagged reply, over TLS too', async () => {
    const raw = await client('7.18.2', true);
    await raw.login();
    raw.send('/ip/ipsec/profile/print', '=.proplist=name', '.tag=p');
    assert.deepEqual(await raw.readUntilDone('p'), [['!re', '.tag=p', '=name=default'], ['!done', '.tag=p']]);
  });

  it('returns add\'s new id in !done and a refused argument as a category 1 trap', async () => {
    const raw = await client();
    await raw.login();
    raw.send('/ip/ipsec/proposal/add', '=name=p2', '.tag=1');
    assert.deepEqual(await raw.readUntilDone('1'), [['!done', '.tag=1', '=ret=*2']]);
    raw.send('/ip/ipsec/proposal/add', '=name=p3', '=pfs-group=modp9', '.tag=2');
    assert.deepEqual(await raw.readUntilDone('2'), [
      ['!trap', '.tag=2', '=category=1', '=message=input does not match any value of pfs-group'],
      ['!done', '.tag=2'],
    ]);
    raw.send('/ip/nowhere/print', '.tag=3');
    assert.deepEqual((await raw.readUntilDone('3'))[0], ['!trap', '.tag=3', '=category=0', '=message=no such command prefix']);
  });

  it('says !empty for an empty print from 7.18 on, and not before', async () => {
    for (const [version, expected] of [['7.18.2', [['!empty'], ['!done']]], ['7.17.1', [['!done']]]] as const) {
      const raw = await client(version);
      await raw.login();
      raw.send('/ip/address/print');
      assert.deepEqual(await raw.readUntilDone(), expected);
    }
  });

  it('evaluates queries with the stack operations, and counts', async () => {
    const raw = await client();
    await raw.login();
    for (const name of ['a', 'b', 'c']) raw.send('/ip/pool/add', `=name=${name}`, `=ranges=10.0.0.${name === 'a' ? 1 : 2}`);
    await raw.read(3);
    raw.send('/ip/pool/print', '=.proplist=name', '?name=a', '?name=c', '?#|', '.tag=q');
    assert.deepEqual(await raw.readUntilDone('q'), [['!re', '.tag=q', '=name=a'], ['!re', '.tag=q', '=name=c'], ['!done', '.tag=q']]);
    raw.send('/ip/pool/print', '=count-only=', '?ranges=10.0.0.2', '.tag=n');
    assert.deepEqual(await raw.readUntilDone('n'), [['!done', '.tag=n', '=ret=2']]);
  });

  it('streams print =interval= until /cancel, which answers as RouterOS does', async () => {
    const raw = await client();
    await raw.login();
    raw.send('/ip/ipsec/profile/print', '=.proplist=name', '=interval=1', '.tag=s');
    assert.deepEqual(await raw.read(2), [
      ['!re', '.tag=s', '=name=default', '=.section=0'],
      ['!re', '.tag=s', '=name=default', '=.section=1'],
    ]);
    raw.send('/cancel', '=tag=s', '.tag=c');
    const replies = await raw.readUntilDone('s');
    assert.deepEqual(replies.slice(-3), [
      ['!trap', '.tag=s', '=category=2', '=message=interrupted'],
      ['!done', '.tag=c'],
      ['!done', '.tag=s'],
    ]);
  });

  it('ends the session on /quit with !fatal and its reason', async () => {
    const raw = await client();
    await raw.login();
    raw.send('/quit', '.tag=q');
    assert.deepEqual(await raw.read(), [['!fatal', 'session terminated on request']]);
  });

  it('has /file/add from 7.9, dry-run from 7.16 and safe mode from 7.18', async () => {
    const old = await client('7.8');
    await old.login();
    old.send('/file/add', '=name=a.rsc', '=contents=', '.tag=f');
    assert.match((await old.readUntilDone('f'))[0].join(' '), /no such command/);
    const mid = await client('7.15.3');
    await mid.login();
    mid.send('/import', '=file-name=a.rsc', '=dry-run=', '.tag=i');
    mid.send('/safe-mode/take', '.tag=s');
    assert.match((await mid.readUntilDone('i'))[0].join(' '), /no such command or directory \(dry-run\)/);
    assert.match((await mid.readUntilDone('s'))[0].join(' '), /no such command/);
  });

  it('refuses file contents over 61,439 bytes', async () => {
    const raw = await client();
    await raw.login();
    raw.send('/file/add', '=name=big.rsc', `=contents=${'x'.repeat(61440)}`, '.tag=b');
    raw.send('/file/add', '=name=fits.rsc', `=contents=${'x'.repeat(61439)}`, '.tag=f');
    assert.equal((await raw.readUntilDone('b'))[0][0], '!trap');
    assert.equal((await raw.readUntilDone('f'))[0][0], '!done');
  });
});
