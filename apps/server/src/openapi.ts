import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { AppModule } from './app.module';
import { setApiPrefix } from './app.setup';
import { buildApiDocument } from './infra/openapi/api-document';

/**
 * Prints the api's OpenAPI document (scripts/api-client.mjs writes and checks the web's client from it). The app is
 * created in Nest's preview mode: modules and routes are read, no provider is instantiated, so nothing connects to
 * PostgreSQL or Redis and these placeholders only have to pass the environment's validation.
 */
async function printApiDocument(): Promise<void> {
  process.env.DATABASE_URL ??= 'postgres://unused';
  process.env.REDIS_URL ??= 'redis://unused';
  process.env.JWT_SECRET ??= 'unused-unused-unused-unused-unused';
  const app = await NestFactory.create(AppModule.forRoot(), { preview: true, logger: false, abortOnError: false });
  setApiPrefix(app);
  process.stdout.write(`${JSON.stringify(buildApiDocument(app), null, 2)}\n`);
  await app.close();
}

void printApiDocument();
