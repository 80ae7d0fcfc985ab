import { randomUUID } from 'node:crypto';
import type { Server } from 'node:http';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { connectSocket, eventually, listen, type ClientSocket } from '../support/sockets';
import { createTestApp, type TestContext } from '../support/test-app';

setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;

const heapAfterGc = () => {
  gc();
  gc();
  return process.memoryUsage().heapUsed;
};

/** What a socket that floods the server gets: disconnected, and the server keeps nothing of it. */
describe('socket flood', () => {
  let ctx: TestContext;
  let url: string;
  beforeAll(async () => {
    ctx = await createTestApp();
    url = await listen(ctx.app);
  });
  afterAll(() => ctx.close());

  const disconnection = (socket: ClientSocket) =>
    new Promise<string>((resolve) => socket.once('disconnect', (reason) => resolve(reason)));

  const joinSpam = async (socket: ClientSocket, count: number) => {
    const closed = disconnection(socket);
    for (let i = 0; i < count; i++) socket.emit('hub:join', { hubId: randomUUID() }, () => undefined);
    return closed;
  };

  it('disconnects a socket that spams joins, and the server goes on serving others', async () => {
    const user = await ctx.newUser();
    const hub = await ctx.newHub();
    const spammer = await connectSocket(url, user.token);
    expect(await joinSpam(spammer, 150)).toBe('io server disconnect');

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
      const sockets = await Promise.all(Array.from({ length: 20 }, () => connectSocket(url, user.token)));
      await Promise.all(sockets.map((socket) => joinSpam(socket, 300)));
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
    console.log(
      `socket flood: 5 rounds of 21 sockets (6,000 joins, 5 oversized messages): heap ${grownMb.toFixed(2)} MB`,
    );
    expect(grownMb).toBeLessThan(8);
  });
});
