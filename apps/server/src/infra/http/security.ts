import type { NestExpressApplication } from '@nestjs/platform-express';
import helmet from 'helmet';

/**
 * The web app's Content-Security-Policy: its own scripts only. Styles allow inline because Mantine sets style
 * attributes and injects its CSS variables; the Swagger UI and Bull Board pages fit the same policy.
 */
const CONTENT_SECURITY_POLICY = {
  useDefaults: false,
  directives: {
    defaultSrc: ["'self'"],
    baseUri: ["'self'"],
    objectSrc: ["'none'"],
    frameAncestors: ["'none'"],
    formAction: ["'self'"],
    scriptSrc: ["'self'"],
    scriptSrcAttr: ["'none'"],
    styleSrc: ["'self'", "'unsafe-inline'"],
    imgSrc: ["'self'", 'data:', 'blob:'],
    fontSrc: ["'self'", 'data:'],
    connectSrc: ["'self'"],
    workerSrc: ["'self'", 'blob:'],
  },
};

/** Security headers on every response, and CORS for the configured origins only (none: same origin only). */
export function secureHttp(app: NestExpressApplication, corsOrigins: string | undefined): void {
  app.use(helmet({ contentSecurityPolicy: CONTENT_SECURITY_POLICY }));
  app.enableCors({
    origin: corsOrigins ? corsOrigins.split(',') : false,
    methods: ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE'],
    allowedHeaders: ['Authorization', 'Content-Type', 'Idempotency-Key'],
    exposedHeaders: ['Idempotent-Replayed'],
    maxAge: 600,
  });
}
