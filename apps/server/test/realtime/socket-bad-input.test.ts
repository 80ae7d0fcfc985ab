import { randomUUID } from 'node:crypto';
import { connectSocket, listen, type ClientSocket } from '../support/sockets';
import { createTestApp, type TestContext } from '../support/test-app';

const HUB_ID = randomUUID();

/** Malformed messages, as a hostile or broken client may send them: what follows the event name. */
const MALFORMED: [string, unknown[]][] = [
  ['no payload', []],
  ['null', [null]],
  ['a string', ['hub']],
  ['a huge number', [1e308]],
  ['an array', [[HUB_ID]]],
  ['two payloads', [{ hubId: HUB_ID }, { hubId: HUB_ID }]],
  ['NUL characters', [{ hubId: `${HUB_ID}\u0000` }]],
  ['a NUL character in a field name', [{ hubId: HUB_ID, 'x\u0000': 1 }]],
  ['huge numbers', [{ hubId: 1e308, sinceSeq: 1e308 }]],
  ['a negative seq', [{ hubId: HUB_ID, sinceSeq: -1 }]],
  ['unknown fields', [{ hubId: HUB_ID, admin: true }]],
  ['a string where an object belongs', [{ hubId: HUB_ID, viewing: 'goal' }]],
];

/** class-validator's own phrases, which a user should never read. */
const LIBRARY_TEXT = /should not exist|must be a UUID|unknown value|nested property|must not be (less|greater) than/;

/** Every socket message, however malformed, is answered in its ack with a 4xx in the one error shape. */
describe('socket bad input', () => {
  let ctx: TestContext;
  let url: string;
  let socket: ClientSocket;
  const heard: string[] = [];
  beforeAll(async () => {
    ctx = await createTestApp();
    url = await listen(ctx.app);
    socket = await connectSocket(url, (await ctx.newUser()).token);
    socket.onAny((name: string) => heard.push(name));
  });
  afterAll(async () => {
    socket.close();
    await ctx.close();
  });

  /** The ack of a raw message, or a note that none came. */
  const send = (name: string, args: unknown[]): Promise<unknown> =>
    (socket.timeout(1000) as unknown as { emitWithAck(name: string, ...args: unknown[]): Promise<unknown> })
      .emitWithAck(name, ...args)
      .catch(() => 'no answer');

  it.each(['hub:join', 'hub:leave', 'presence:set', 'presence:list'])(
    '%s answers every malformed message 400 in plain words',
    async (name) => {
      for (const [what, args] of MALFORMED) {
        const ack = await send(name, args);
        expect({ what, ack }).toEqual({
          what,
          ack: { ok: false, error: expect.objectContaining({ statusCode: 400, message: expect.any(String) }) },
        });
        expect(JSON.stringify(ack)).not.toMatch(LIBRARY_TEXT);
      }
      expect(heard).not.toContain('exception');
    },
  );

  it('answers a message no handler knows 404, whatever it carries', async () => {
    for (const [what, args] of MALFORMED) {
      expect({ what, ack: await send('hub:delete', args) }).toEqual({
        what,
        ack: { ok: false, error: { statusCode: 404, message: 'Unknown message "hub:delete"' } },
      });
    }
    expect(heard).not.toContain('exception');
  });
});
