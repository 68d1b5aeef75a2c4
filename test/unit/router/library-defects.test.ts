// node-routeros 1.6.9's known defects (routeros-api.md §2.6). Each case first shows the defect in
// the bare library, so the case cannot pass by accident, then shows our connection against the
// simulator with the fault switched on: the user never meets it.
import { after, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { createServer } from 'node:net';
import { Channel } from 'node-routeros/dist/Channel';
import { Receiver } from 'node-routeros/dist/connector/Receiver';
import { RouterOSAPI } from 'node-routeros/dist/RouterOSAPI';
import { connectToRouter } from '../../../client/src/router/connection';
import { RouterError } from '../../../client/src/router/errors';
import { encodeSentence } from '../../../client/src/router/protocol/words';
import { endpointOf, readRouterEntries } from '../../../client/src/router/router-settings';
import type { SimulatedRouter } from '../../simulator/router';
import { PASSWORD, plaintextRequest, requestFor, routersOfThisFile } from '../../simulator/testing';

const router = routersOfThisFile();

/** A bare library Receiver reading a fake socket, with one command tag registered. */
function bareReceiver(tag: string): { receiver: Receiver; packets: string[][] } {
  const packets: string[][] = [];
  const receiver = new Receiver({ emit: () => true } as never);
  receiver.read(tag, (packet: string[]) => packets.push([...packet]));
  return { receiver, packets };
}

/** A bare library connection; its connect() and write() promises are observed, never awaited blindly. */
function bareApi(router: SimulatedRouter): RouterOSAPI {
  const api = new RouterOSAPI({ host: '127.0.0.1', port: router.port, user: 'admin', password: PASSWORD, timeout: 30 });
  api.on('error', () => undefined);
  after(() => dispose(api));
  return api;
}

/** The library leaves timers and sockets behind when a router misbehaves: clear them by hand. */
function dispose(api: RouterOSAPI): void {
  const internals = api as unknown as { connector?: { destroy(): void }; connectionHoldInterval?: NodeJS.Timeout; keptaliveby?: NodeJS.Timeout };
  clearTimeout(internals.connectionHoldInterval);
  clearTimeout(internals.keptaliveby);
  internals.connector?.destroy();
}

function watch<T>(promise: Promise<T>): { settled: () => boolean } {
  let settled = false;
  promise.then(() => (settled = true), () => (settled = true));
  return { settled: () => settled };
}

const nextTurn = () => new Promise((resolve) => setImmediate(resolve));

describe('node-routeros defects are contained', () => {
  it('RouterOS 7.18 "!empty": the library throws; we return no rows', async () => {
    const channel = new Channel({ read: () => undefined, write: () => undefined, stopRead: () => undefined } as never);
    assert.throws(() => (channel as unknown as { processPacket(packet: string[]): void }).processPacket(['!empty']), /unknown reply: !empty/);

    const connection = await connectToRouter(requestFor(await router({ version: '7.18.2' })));
    assert.deepEqual(await connection.run('/ip/address/print', {}, ['?interface=nowhere']), []);
    assert.equal((await connection.run('/system/identity/print'))[0].name, 'Seattle');
    await connection.close();
  });

  it('a reply for a tag nobody used: the library throws; we ignore it', async () => {
    const { receiver } = bareReceiver('mine');
    assert.throws(() => receiver.processRawData(encodeSentence(['!re', '.tag=stranger', '=a=b'])), /UNREGISTEREDTAG|tag/i);

    const connection = await connectToRouter(requestFor(await router({ faults: { strangerReplies: true } })));
    assert.deepEqual(await connection.run('/system/identity/print'), [{ name: 'Seattle' }]);
    await connection.close();
  });

  it('an untagged reply: the library glues it onto the next tagged packet; we keep them apart', async () => {
    const { receiver, packets } = bareReceiver('mine');
    receiver.processRawData(Buffer.concat([encodeSentence(['!re', '=note=untagged']), encodeSentence(['!re', '.tag=mine', '=name=x'])]));
    assert.deepEqual(packets[0].slice(0, 2), ['!re', '=note=untagged']);

    const connection = await connectToRouter(plaintextRequest(await router({ faults: { strangerReplies: true } })));
    const rows = await connection.run('/ip/ipsec/profile/print', { '.proplist': 'name' });
    assert.deepEqual(rows, [{ name: 'default' }]);
    await connection.close();
  });

  it('a final zero byte in its own TCP segment: the library stalls the reply; we deliver it', async () => {
    const { receiver, packets } = bareReceiver('t');
    const reply = Buffer.concat([encodeSentence(['!re', '.tag=t', '=name=Seattle']), encodeSentence(['!done', '.tag=t'])]);
    receiver.processRawData(reply.subarray(0, reply.length - 1));
    receiver.processRawData(reply.subarray(reply.length - 1));
    assert.ok(!packets.some((packet) => packet.includes('!done')), 'the library delivered the !done after all');

    const connection = await connectToRouter(requestFor(await router({ faults: { splitReplies: true } })));
    assert.deepEqual(await connection.run('/system/identity/print'), [{ name: 'Seattle' }]);
    await connection.close();
  });

  for (const login of ['close', 'fatal'] as const) {
    it(`the router ${login === 'close' ? 'closes the connection' : 'sends !fatal'} during login: the library's connect() never settles; ours rejects`, async () => {
      const closing = await router({ faults: { login } });
      const api = bareApi(closing);
      const closed = new Promise((resolve) => api.once('close', resolve));
      const connecting = watch(api.connect());
      await closed;
      await nextTurn();
      assert.equal(connecting.settled(), false);

      const error = await connectToRouter(plaintextRequest(closing)).then(() => undefined, (rejected: RouterError) => rejected);
      assert.equal(error?.kind, 'closed');
      if (login === 'fatal') assert.match(error?.message ?? '', /too many sessions/);
    });
  }

  it('a refused connection: the library rejects with an empty message; ours names the service', async () => {
    const port = await new Promise<number>((resolve) => {
      const probe = createServer().listen(0, '127.0.0.1', () => {
        const { port: free } = probe.address() as { port: number };
        probe.close(() => resolve(free));
      });
    });
    const bare = new RouterOSAPI({ host: '127.0.0.1', port, user: 'admin', password: 'x', timeout: 5 });
    await assert.rejects(bare.connect(), (error: Error) => error.message === '');
    dispose(bare);

    const error = await connectToRouter({ ...requestFor(await router()), endpoint: { label: 'Gone', host: '127.0.0.1', port, tls: false } }).catch((rejected) => rejected);
    assert.equal(error.kind, 'refused');
    assert.match(error.message, /refused the connection: the RouterOS api service/);
  });

  it('a TLS failure: the library rejects with an empty message; ours says what to do', async () => {
    const seattle = await router();
    const bare = new RouterOSAPI({ host: '127.0.0.1', port: seattle.tlsPort, user: 'admin', password: PASSWORD, timeout: 5, tls: {} });
    await assert.rejects(bare.connect(), (error: Error) => error.message === '');
    dispose(bare);

    const error = await connectToRouter(requestFor(seattle, { trust: {} })).catch((rejected) => rejected);
    assert.equal(error.kind, 'tls');
    assert.match(error.message, /Pin it with "fingerprint"/);
  });

  it('TLS without a port: the library uses 8728; a configured router uses 8729', () => {
    assert.equal(new RouterOSAPI({ host: '192.0.2.1', tls: {} }).port, 8728);
    const { routers: [entry] } = readRouterEntries([{ name: 'Boise', host: '192.0.2.1' }]);
    assert.deepEqual(endpointOf(entry), { label: 'Boise', host: '192.0.2.1', port: 8729, tls: true });
  });

  it('a trap: the library drops its category; we keep it', async () => {
    const seattle = await router();
    const api = bareApi(seattle);
    await api.connect();
    const bareError = await api.write('/ip/ipsec/peer/add', ['=address=1.2.3.4', '=profile=missing']).catch((rejected: Error) => rejected);
    assert.equal((bareError as Error & { category?: number }).category, undefined);
    await api.close();

    const connection = await connectToRouter(requestFor(seattle));
    const error = await connection.run('/ip/ipsec/peer/add', { address: '1.2.3.4', profile: 'missing' }).then(
      () => assert.fail('the router accepted a missing profile'),
      (rejected: RouterError) => rejected,
    );
    assert.equal(error.message, 'input does not match any value of profile');
    assert.equal(error.category, 1);
    await connection.close();
  });

  it('the connection drops mid-reply: the library leaves the command pending; ours rejects it', async () => {
    const seattle = await router({ faults: { dropMidReply: '/ip/ipsec/profile/print' } });
    const api = bareApi(seattle);
    await api.connect();
    const closed = new Promise((resolve) => api.once('close', resolve));
    const printing = watch(api.write('/ip/ipsec/profile/print'));
    await closed;
    await nextTurn();
    assert.equal(printing.settled(), false);

    const connection = await connectToRouter(requestFor(seattle));
    await assert.rejects(connection.run('/ip/ipsec/profile/print'), (error: RouterError) => error.kind === 'closed');
  });
});
