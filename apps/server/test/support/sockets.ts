import type { ClientToServerEvents, HubEventDto, ServerToClientEvents } from '@hubspoke/contracts';
import type { INestApplication } from '@nestjs/common';
import type { AddressInfo } from 'node:net';
import { io, type Socket } from 'socket.io-client';
import { sleep } from './wait';

export type ClientSocket = Socket<ServerToClientEvents, ClientToServerEvents>;

/** Makes an in-process test app listen on a free port, for socket clients; returns its URL. */
export async function listen(app: INestApplication): Promise<string> {
  await app.listen(0, '127.0.0.1');
  const { port } = app.getHttpServer().address() as AddressInfo;
  return `http://127.0.0.1:${port}`;
}

/** A raw socket.io connection (no HubClient); rejects with the server's reason when the handshake is refused. */
export function connectSocket(url: string, token?: string): Promise<ClientSocket> {
  const socket: ClientSocket = io(url, {
    transports: ['websocket'],
    reconnection: false,
    forceNew: true,
    auth: token === undefined ? {} : { token },
  });
  return new Promise((resolve, reject) => {
    socket.once('connect', () => resolve(socket));
    socket.once('connect_error', (error) => {
      socket.close();
      reject(error);
    });
  });
}

/** Everything a socket receives of a hub, in arrival order. */
export function recordEvents(socket: ClientSocket): HubEventDto[] {
  const events: HubEventDto[] = [];
  socket.on('hub:event', (event) => events.push(event));
  return events;
}

/** Polls until `check` passes or the time is up (then fails with its last error). */
export async function eventually(check: () => void | Promise<void>, timeoutMs = 5000, everyMs = 50): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      await check();
      return;
    } catch (error) {
      if (Date.now() > deadline) throw error;
      await sleep(everyMs);
    }
  }
}
