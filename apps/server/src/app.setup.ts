import { INestApplication, RequestMethod } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { SwaggerModule } from '@nestjs/swagger';
import { Logger } from 'nestjs-pino';
import type { Env } from './infra/config/env';
import { ErrorFilter } from './infra/http/error.filter';
import { closeConnectionsWhenDraining } from './infra/lifecycle/graceful-shutdown';
import { RedisIoAdapter } from './infra/realtime/redis-io.adapter';
import { secureHttp } from './infra/http/security';
import { createValidationPipe } from './infra/http/validation.pipe';
import { buildApiDocument } from './infra/openapi/api-document';
import { serveWebApp } from './infra/web/web-app';
import { AccessTokenService } from './modules/auth/access-token.service';
import { mountBullBoard } from './queues/bull-board';
import { NETWORK_IMPORTS_PATH, networkImportBodyParser } from './modules/network/network-import.body';
import { PublicHubHeads } from './modules/public-hubs/public-hub-heads';

export const API_PREFIX = 'api';
export const BODY_LIMIT = '1mb';

/** Everything the api needs besides its modules; used by main.ts and by the tests, so both run the same app. */
export function configureApp(app: NestExpressApplication): INestApplication {
  app.useLogger(app.get(Logger));
  const config = app.get(ConfigService<Env, true>);
  app.set('trust proxy', config.get('TRUST_PROXY', { infer: true }));
  secureHttp(app, config.get('CORS_ORIGINS', { infer: true }));
  closeConnectionsWhenDraining(app);
  // Network imports take files up to 20 MB as the raw body: read first, so the 1 MB parsers leave them alone.
  app.use(`/${API_PREFIX}${NETWORK_IMPORTS_PATH}`, networkImportBodyParser(app.get(AccessTokenService)));
  app.useBodyParser('json', { limit: BODY_LIMIT });
  app.useBodyParser('urlencoded', { limit: BODY_LIMIT, extended: false });
  setApiPrefix(app);
  app.useGlobalPipes(createValidationPipe());
  app.useGlobalFilters(new ErrorFilter());
  app.useWebSocketAdapter(new RedisIoAdapter(app));
  mountBullBoard(app);
  serveWebApp(app, app.get(PublicHubHeads));
  SwaggerModule.setup(`${API_PREFIX}/docs`, app, buildApiDocument(app), { jsonDocumentUrl: `${API_PREFIX}/docs-json` });
  return app;
}

/** Every route but the health checks lives under /api. */
export function setApiPrefix(app: INestApplication): void {
  app.setGlobalPrefix(API_PREFIX, {
    exclude: [
      { path: 'health', method: RequestMethod.ALL },
      { path: 'health/{*path}', method: RequestMethod.ALL },
    ],
  });
}
