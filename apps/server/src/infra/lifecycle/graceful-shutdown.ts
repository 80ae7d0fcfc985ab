import type { NestExpressApplication } from '@nestjs/platform-express';
import type { NextFunction, Request, Response } from 'express';
import type { Server } from 'node:http';
import { Server as NetServer } from 'node:net';
import { setTimeout as delay } from 'node:timers/promises';
import { Logger } from '@nestjs/common';
import { ShutdownState } from './shutdown-state';

export interface DrainOptions {
  /** How long requests in flight may take before their connections are closed. */
  timeoutMs: number;
  /** Closes the websocket connections so their clients reconnect, through the load balancer, to another instance. */
  handOverSockets: () => number;
}

/**
 * A connection accepted just before the listener closed may not have sent its request yet: to http.Server it is idle.
 * Closing it then would reset a request the load balancer already sent (and may not retry: a POST), so idle
 * connections get this long to show a request before they are closed.
 */
const ACCEPTED_REQUEST_GRACE_MS = 1_000;

/** While draining, every response closes its connection, so a keep-alive client's next request goes elsewhere. */
export function closeConnectionsWhenDraining(app: NestExpressApplication): void {
  const state = app.get(ShutdownState);
  app.use((_req: Request, res: Response, next: NextFunction) => {
    if (state.draining) res.setHeader('Connection', 'close');
    next();
  });
}

/**
 * On SIGTERM or SIGINT: stop accepting connections (a load balancer sends new requests to another instance), hand
 * the sockets over, let the requests in flight finish, and only then close the app (database, Redis, queues), whose
 * destroy hooks would otherwise pull things from under those requests.
 */
export function drainOnSignals(app: NestExpressApplication, options: DrainOptions): void {
  const logger = new Logger('Shutdown');
  const drain = async (signal: NodeJS.Signals) => {
    app.get(ShutdownState).draining = true;
    const server = app.getHttpServer() as Server;
    // net.Server's close stops listening only; http.Server's would also close the idle connections at once
    const closed = new Promise<void>((resolve) => NetServer.prototype.close.call(server, () => resolve()));
    const sockets = options.handOverSockets();
    logger.log(`${signal}: draining, ${sockets} sockets handed over`);
    void delay(ACCEPTED_REQUEST_GRACE_MS).then(() => server.closeIdleConnections());
    const finished = await Promise.race([closed.then(() => true), delay(options.timeoutMs).then(() => false)]);
    if (!finished) {
      logger.warn(`requests still in flight after ${options.timeoutMs} ms: closing their connections`);
      server.closeAllConnections();
    }
    await app.close();
    process.exit(0);
  };
  for (const signal of ['SIGTERM', 'SIGINT'] as const) process.once(signal, (s) => void drain(s));
}
