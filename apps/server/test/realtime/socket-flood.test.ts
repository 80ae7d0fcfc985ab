import { randomUUID } from 'node:crypto';
import type { Server } from 'node:http';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import type { SocketFailure } from '@hubspoke/contracts';
import {
  MAX_ACCOUNT_MESSAGES_PER_WINDOW,
  MAX_SOCKET_MESSAGES_PER_WINDOW,
} from '../../src/modules/realtime/socket-limits';
import { connectSocket, eventually, listen, type ClientSocket } from '../support/sockets';
import { createTestApp, type TestContext } from '../support/test-app';

setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;

const heapAfterGc = () => {
  gc();
  gc();
  return process.memoryUsage().heapUsed;
};

/** What an account or a socket that floods the server gets: 429 answers, then disconnected; the server keeps nothing of it. */
describe('socket flood', () => {
  let ctx: TestContext;
  let url: string;
  beforeAll(async () => {
    // The default write limit: socket messages must not count against it.
    ctx = await createTestApp({ WRITE_RATE_LIMIT: '600' });
    url = await listen(ctx.app);
  });
  afterAll(() => ctx.close());

  const disconnection = (socket: ClientSocket) =>
    new Promise<string>((resolve) => socket.once('disconnect', (reason) => resolve(reason)));

  /** Sends more joins than a socket may, and resolves with how it was disconnected. */
  const joinSpam = async (socket: ClientSocket) => {
    const closed = disconnection(socket);
    for (let i = 0; i <= MAX_SOCKET_MESSAGES_PER_WINDOW; i++) {
      socket.emit('hub:join', { hubId: randomUUID() }, () => undefined);
    }
    return closed;
  };

  /** The status of a join's answer, or 0 when none came. */
  const joinStatus = (socket: ClientSocket, hubId: string) =>
    socket
      .timeout(10_000)
      .emitWithAck('hub:join', { hubId })
      .then(
        (ack) => (ack.ok ? 200 : ack.error.statusCode),
        () => 0,
      );

  it("answers an account's messages past its budget 429, whatever socket they come on, and no one else's", async () => {
    const flooder = await ctx.newUser();
    const hub = await ctx.newHub();
    const socketCount = 12;
    const perSocket = (MAX_ACCOUNT_MESSAGES_PER_WINDOW + 200) / socketCount;
    expect(perSocket).toBeLessThanOrEqual(MAX_SOCKET_MESSAGES_PER_WINDOW);
    const sockets = await Promise.all(Array.from({ length: socketCount }, () => connectSocket(url, flooder.token)));
    const statuses = await Promise.all(
      sockets.flatMap((socket) => Array.from({ length: perSocket }, () => joinStatus(socket, randomUUID()))),
    );
    const count = (status: number) => statuses.filter((s) => s === status).length;
    expect({ 404: count(404), 429: count(429) }).toEqual({ 404: MAX_ACCOUNT_MESSAGES_PER_WINDOW, 429: 200 });

    const limited = (await sockets[0]!.timeout(5000).emitWithAck('hub:join', { hubId: hub.id })) as SocketFailure;
    expect(limited).toEqual({
      ok: false,
      error: { statusCode: 429, message: expect.stringMatching(/^Too many messages from your account: wait \d+ s$/) },
    });
    const another = await connectSocket(url, flooder.token);
    expect(await joinStatus(another, hub.id)).toBe(429);

    const owner = await connectSocket(url, hub.owner.token);
    expect(await owner.timeout(5000).emitWithAck('hub:join', { hubId: hub.id })).toMatchObject({ ok: true });
    [...sockets, another, owner].forEach((socket) => socket.close());
  });

  it('disconnects a socket that spams joins, and the server goes on serving others', async () => {
    const user = await ctx.newUser();
    const hub = await ctx.newHub();
    const spammer = await connectSocket(url, user.token);
    expect(await joinSpam(spammer)).toBe('io server disconnect');

    const other = await connectSocket(url, hub.owner.token);
    const ack = await other.timeout(5000).emitWithAck('hub:join', { hubId: hub.id });
    expect(ack).toMatchObject({ ok: true });
    other.close();
  });

  it('closes the connection of an oversized message without handling it', async () => {
    const hub = await ctx.newHub();
    const socket = await connectSocket(url, hub.owner.token);
    const closed = disconnection(socket);
    socket.emit('hub:join', { hubId: hub.id, sinceSeq: 0, padding: 'x'.repeat(64 * 1024) } as never, () => undefined);
    expect(await closed).toBe('transport close');
  });

  it('keeps no memory of flooding sockets', async () => {
    const user = await ctx.newUser();
    const flood = async () => {
      const sockets = await Promise.all(Array.from({ length: 10 }, () => connectSocket(url, user.token)));
      await Promise.all(sockets.map(joinSpam));
      const big = await connectSocket(url, user.token);
      const closed = disconnection(big);
      big.emit('hub:join', { hubId: 'x'.repeat(200 * 1024) }, () => undefined);
      await closed;
    };
    await flood(); // warm-up: first-use allocations are not growth
    const before = heapAfterGc();
    for (let round = 0; round < 5; round++) await flood();
    const server = ctx.app.getHttpServer() as Server;
    const openConnections = () => new Promise<number>((resolve) => server.getConnections((_, count) => resolve(count)));
    await eventually(async () => expect(await openConnections()).toBe(0), 5000);
    const grownMb = (heapAfterGc() - before) / 2 ** 20;
    const joins = 5 * 10 * (MAX_SOCKET_MESSAGES_PER_WINDOW + 1);
    console.log(
      `socket flood: 5 rounds of 11 sockets (${joins.toLocaleString('en')} joins, 5 oversized messages): heap ${grownMb.toFixed(2)} MB`,
    );
    expect(grownMb).toBeLessThan(8);
  });
});
