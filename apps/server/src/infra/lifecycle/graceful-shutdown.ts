import type { NestExpressApplication } from '@nestjs/platform-express';
import type { NextFunction, Request, Response } from 'express';
import type { Server } from 'node:http';
import { Server as NetServer } from 'node:net';
import { setTimeout as delay } from 'node:timers/promises';
import { Logger } from '@nestjs/common';
import { ShutdownState } from './shutdown-state';

export interface DrainOptions {
  /** How long a draining instance keeps accepting, readiness failing, so load balancers take it out of rotation. */
  deregistrationDelayMs: number;
  /** How long requests in flight may take before their connections are closed. */
  timeoutMs: number;
  /** Closes the websocket connections so their clients reconnect, through the load balancer, to another instance. */
  handOverSockets: () => number;
}

/** While draining, every response closes its connection, so a keep-alive client's next request goes elsewhere. */
export function closeConnectionsWhenDraining(app: NestExpressApplication): void {
  const state = app.get(ShutdownState);
  app.use((_req: Request, res: Response, next: NextFunction) => {
    if (state.draining) res.setHeader('Connection', 'close');
    next();
  });
}

/**
 * net.Server's close stops listening only (http.Server's would also destroy the idle connections at once, racing a
 * request a client may be sending on one). Idle keep-alive connections then end as they always do: at the server's
 * keep-alive timeout, which every response announces, or with the `Connection: close` of their next answer.
 */
function stopListening(server: Server): Promise<void> {
  return new Promise((resolve) => NetServer.prototype.close.call(server, () => resolve()));
}

/**
 * On SIGTERM or SIGINT: fail readiness and keep serving (every answer closing its connection) until load balancers
 * have stopped sending here; only then stop listening. Closing the listener earlier would reset the connections the
 * kernel had already accepted into its backlog but the process had not yet picked up: a load balancer has sent its
 * request on those and cannot safely retry it (a POST). Then hand the sockets over, let the requests in flight finish,
 * and only then close the app (database, Redis, queues), whose destroy hooks would otherwise pull things from under
 * those requests.
 */
export function drainOnSignals(app: NestExpressApplication, options: DrainOptions): void {
  const logger = new Logger('Shutdown');
  const drain = async (signal: NodeJS.Signals) => {
    app.get(ShutdownState).draining = true;
    logger.log(`${signal}: draining, ${options.deregistrationDelayMs} ms for load balancers to stop sending here`);
    await delay(options.deregistrationDelayMs);
    const server = app.getHttpServer() as Server;
    const closed = stopListening(server);
    const sockets = options.handOverSockets();
    logger.log(`stopped listening, ${sockets} sockets handed over`);
    const finished = await Promise.race([closed.then(() => true), delay(options.timeoutMs).then(() => false)]);
    if (!finished) {
      logger.warn(`connections still open after ${options.timeoutMs} ms: closing them`);
      server.closeAllConnections();
    }
    await app.close();
    process.exit(0);
  };
  for (const signal of ['SIGTERM', 'SIGINT'] as const) process.once(signal, (s) => void drain(s));
}
