import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { AppModule } from './app.module';
import { configureApp } from './app.setup';
import { EnvError, validateEnv, type Env } from './infra/config/env';
import { drainOnSignals } from './infra/lifecycle/graceful-shutdown';
import { SocketSessions } from './modules/realtime/socket-sessions';

/**
 * Connections the kernel holds until the api accepts them (Node's default is 511; Linux caps it at somaxconn). After a
 * restart every client reconnects within a few seconds, and a full queue drops connection attempts, which the clients
 * only retry after TCP's backoff (measured: tens of thousands of listen-queue overflows during a 5,000-client rejoin).
 */
const LISTEN_BACKLOG = 4096;

async function bootstrap(): Promise<void> {
  let env: Env;
  try {
    env = validateEnv(process.env);
  } catch (error) {
    if (error instanceof EnvError) {
      console.error(error.message);
      process.exit(1);
    }
    throw error;
  }
  const app = await NestFactory.create<NestExpressApplication>(AppModule.forRoot(), {
    bufferLogs: true,
    bodyParser: false,
  });
  configureApp(app);
  drainOnSignals(app, {
    deregistrationDelayMs: env.SHUTDOWN_DELAY_MS,
    timeoutMs: env.SHUTDOWN_TIMEOUT_SECONDS * 1000,
    handOverSockets: () => app.get(SocketSessions).handOver(),
  });
  // Nest passes the arguments on to http.Server#listen, which takes a number after the port as the backlog (the host
  // staying its default); Nest's types only name a host there.
  const listen = app.listen.bind(app) as unknown as (port: number, backlog: number) => Promise<unknown>;
  await listen(env.PORT, LISTEN_BACKLOG);
}

void bootstrap();
