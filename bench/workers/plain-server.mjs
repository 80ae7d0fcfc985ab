// The baseline of the realtime bench: a plain socket.io server with the same @socket.io/redis-adapter on ioredis as
// the api, no database, no auth. `hub:join` joins the room and acks; the parent (IPC) asks it to broadcast.
import { createServer } from 'node:http';
import { createAdapter } from '@socket.io/redis-adapter';
import Redis from 'ioredis';
import { Server } from 'socket.io';

const [port, redisUrl] = process.argv.slice(2);
const now = () => performance.timeOrigin + performance.now();
const PAD = 'x'.repeat(800);

const pub = new Redis(redisUrl);
const sub = new Redis(redisUrl);
pub.on('error', () => undefined);
sub.on('error', () => undefined);
const http = createServer();
const io = new Server(http, { serveClient: false });
const adapter = createAdapter(pub, sub, { key: 'bench-plain', requestsTimeout: 2000 });
io.adapter(adapter);
io.of('/').adapter.on('error', () => undefined);

const HUB = 'bench-plain-hub';
let seq = 0;
io.on('connection', (socket) => {
  socket.join(`user:${socket.id}`);
  socket.on('hub:join', (body, ack) => {
    const hubId = body?.hubId ?? HUB;
    void Promise.resolve(socket.join(`hub:${hubId}`)).then(() => ack?.({ ok: true, lastSeq: seq, events: [] }));
  });
});

function emitOne(hubId, i) {
  const sentAt = now();
  io.to(`hub:${hubId}`).emit('hub:event', {
    hubId,
    seq: ++seq,
    type: 'task.updated',
    actorId: null,
    entityId: '00000000-0000-0000-0000-000000000000',
    payload: { title: `bench ${i} ${sentAt}`, description: PAD, status: 'todo', version: i },
    createdAt: new Date().toISOString(),
  });
}

process.on('message', (msg) => {
  if (msg.type === 'emit') emitOne(msg.hubId, msg.i);
  else if (msg.type === 'burst') {
    // As fast as the event loop allows, a few per turn so socket writes and Redis traffic still flow.
    let left = msg.count;
    const step = () => {
      for (let k = 0; k < 4 && left > 0; k++, left--) emitOne(msg.hubId, msg.count - left);
      if (left > 0) setImmediate(step);
      else process.send({ type: 'burst-done' });
    };
    step();
  } else if (msg.type === 'stop') {
    io.close();
    pub.disconnect();
    sub.disconnect();
    setTimeout(() => process.exit(0), 200).unref();
  }
});
process.on('disconnect', () => process.exit(0));
setTimeout(() => process.exit(3), 10 * 60_000).unref();

http.listen(Number(port), '127.0.0.1', () => process.send({ type: 'ready' }));
