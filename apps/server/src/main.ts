import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { AppModule } from './app.module';
import { configureApp } from './app.setup';
import { EnvError, validateEnv, type Env } from './infra/config/env';
import { drainOnSignals } from './infra/lifecycle/graceful-shutdown';
import { SocketSessions } from './modules/realtime/socket-sessions';

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
  await app.listen(env.PORT);
}

void bootstrap();
