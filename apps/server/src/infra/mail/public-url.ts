import type { ConfigService } from '@nestjs/config';
import type { Env } from '../config/env';

/** The app's address as users reach it, for links in emails: PUBLIC_URL, or the local port. No trailing slash. */
export function publicBaseUrl(config: ConfigService<Env, true>): string {
  const publicUrl = config.get('PUBLIC_URL', { infer: true });
  return (publicUrl ?? `http://localhost:${config.get('PORT', { infer: true })}`).replace(/\/$/, '');
}
