// The connection against the simulator: every way to reach a router, and every way it can fail,
// ends in a specific RouterError within the configured timeout.
import { after, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { createServer, type Server, type Socket } from 'node:net';
import { connectToRouter, type ConnectRequest } from '../../../client/src/router/connection';
import { RouterError } from '../../../client/src/router/errors';
import { PASSWORD, eventually, plaintextRequest, requestFor, routersOfThisFile } from '../../simulator/testing';

const router = routersOfThisFile();

async function failure(request: ConnectRequest): Promise<RouterError> {
  try {
    const connection = await connectToRouter(request);
    await connection.close();
  } catch (error) {
    assert.ok(error instanceof RouterError, `not a RouterError: ${String(error)}`);
    assert.notEqual(error.message, '');
    return error;
  }
  assert.fail('the connection succeeded');
}

/** A port where a TCP server accepts and then never says a word. */
async function silentServer(): Promise<{ server: Server; port: number }> {
  const sockets: Socket[] = [];
  const server = createServer((socket) => sockets.push(socket.resume()));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  after(() => {
    for (const socket of sockets) socket.destroy();
    return new Promise<void>((resolve) => server.close(() => resolve()));
  });
  return { server, port: (server.address() as { port: number }).port };
}

describe('connecting over TLS', () => {
  it('logs in when the pinned public key matches, and runs commands', async () => {
    const seattle = await router();
    const connection = await connectToRouter(requestFor(seattle));
    const [identity] = await connection.run('/system/identity/print');
    assert.equal(identity.name, 'Seattle');
    await connection.close();
  });

  it('accepts a pin of the whole certificate (as /certificate print shows it)', async () => {
    const seattle = await router();
    const connection = await connectToRouter(requestFor(seattle, { trust: { fingerprint: seattle.certificate?.certificateFingerprint } }));
    await connection.close();
  });

  it('trusts a router whose certificate is signed by the configured CA', async () => {
    const seattle = await router();
    const connection = await connectToRouter(requestFor(seattle, { trust: { ca: seattle.certificate?.certificatePem } }));
    await connection.close();
  });

  it('refuses a self-signed router without a pin, and says how to pin it; no password is sent', async () => {
    const seattle = await router();
    const error = await failure(requestFor(seattle, { trust: {} }));
    assert.equal(error.kind, 'tls');
    assert.match(error.message, /self-signed.*fingerprint/);
    assert.deepEqual(seattle.loginAttempts, []);
  });

  it('refuses a certificate that is not the pinned one before sending the password', async () => {
    const seattle = await router();
    const error = await failure(requestFor(seattle, { trust: { fingerprint: 'AB'.repeat(32) } }));
    assert.equal(error.kind, 'tls');
    assert.match(error.message, new RegExp(seattle.certificate?.publicKeyFingerprint.slice(0, 2) ?? ''));
    assert.deepEqual(seattle.loginAttempts, []);
  });

  it('says so when the TLS port is really the plaintext API', async () => {
    const seattle = await router();
    const error = await failure(
      requestFor(seattle, { endpoint: { label: 'Seattle', host: '127.0.0.1', port: seattle.port, tls: true }, timeoutSeconds: 1 }),
    );
    // The router reads the TLS hello as API words: it either waits for more or drops the line.
    assert.ok(error.kind === 'timeout' || error.kind === 'tls', error.kind);
    assert.match(error.message, /plaintext api/);
  });

  it('reaches a router without certificate only when anonymous TLS is allowed', async () => {
    const bare = await router({ tlsMode: 'anonymous' });
    const connection = await connectToRouter(requestFor(bare, { trust: { anonymous: true } }));
    await connection.close();
    const error = await failure(requestFor(bare, { trust: {} }));
    assert.equal(error.kind, 'tls');
  });
});

describe('connection failures', () => {
  it('logs in over the plaintext API when asked to', async () => {
    const boise = await router({ name: 'Boise', version: '7.15.3' });
    const connection = await connectToRouter(plaintextRequest(boise));
    assert.equal((await connection.run('/system/identity/print'))[0].name, 'Boise');
    await connection.close();
  });

  it('reports a wrong password as such', async () => {
    const seattle = await router();
    const error = await failure(requestFor(seattle, { password: 'wrong' }));
    assert.equal(error.kind, 'auth');
    assert.match(error.message, /wrong user name or password/);
    assert.ok(!error.message.includes('wrong"'), 'the password itself is never in the message');
  });

  it('logs in to RouterOS before 6.43 with the challenge, and refuses a wrong password there too', async () => {
    const old = await router({ version: '6.42.12' });
    const connection = await connectToRouter(requestFor(old));
    await connection.close();
    assert.equal((await failure(requestFor(old, { password: `${PASSWORD}x` }))).kind, 'auth');
  });

  it('reports a disabled API service as a refused connection naming the service', async () => {
    const disabled = await router({ faults: { apiDisabled: true } });
    const error = await failure(requestFor(disabled));
    assert.equal(error.kind, 'refused');
    assert.match(error.message, /api-ssl service is disabled/);
  });

  it('gives up on a router that never answers the login', async () => {
    const mute = await router({ faults: { login: 'ignore' } });
    const error = await failure(requestFor(mute, { timeoutSeconds: 1 }));
    assert.equal(error.kind, 'timeout');
  });

  it('gives up on a port that never completes the TLS handshake', async () => {
    const { port } = await silentServer();
    const error = await failure({ ...requestFor(await router()), endpoint: { label: 'Hole', host: '127.0.0.1', port, tls: true }, timeoutSeconds: 1 });
    assert.equal(error.kind, 'timeout');
  });

  it('ends the session with a timeout when a live router stops answering', async () => {
    const seattle = await router();
    const connection = await connectToRouter(requestFor(seattle, { timeoutSeconds: 1 }));
    const closed = new Promise<RouterError | undefined>((resolve) => connection.onClose(resolve));
    seattle.faults.replyDelayMs = 60_000;
    const error = await closed;
    assert.equal(error?.kind, 'timeout');
    await assert.rejects(connection.run('/system/identity/print'), (rejected: RouterError) => rejected.kind === 'timeout');
  });

  it('rejects pending commands when the router vanishes mid-session', async () => {
    const seattle = await router();
    const connection = await connectToRouter(requestFor(seattle));
    seattle.faults.replyDelayMs = 500;
    const pending = connection.run('/system/identity/print');
    await eventually(() => seattle.loginAttempts.length > 0);
    seattle.dropSessions();
    await assert.rejects(pending, (error: RouterError) => error.kind === 'closed');
    assert.equal(connection.isOpen, false);
  });
});
