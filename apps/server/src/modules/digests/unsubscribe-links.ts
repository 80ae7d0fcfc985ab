import { Inject, Injectable } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import type { Env } from '../../infra/config/env';
import { publicBaseUrl } from '../../infra/mail/public-url';
import { unsubscribeToken, verifyUnsubscribeToken, type UnsubscribeTarget } from './unsubscribe-token';

/** Signs and checks the one-click unsubscribe links of digest emails. */
@Injectable()
export class UnsubscribeLinks {
  private readonly secret: string;
  private readonly base: string;

  constructor(@Inject(ConfigService) config: ConfigService<Env, true>) {
    this.secret = config.get('JWT_SECRET', { infer: true });
    this.base = publicBaseUrl(config);
  }

  url(target: UnsubscribeTarget): string {
    return `${this.base}/api/digests/unsubscribe?token=${unsubscribeToken(this.secret, target)}`;
  }

  verify(token: string): UnsubscribeTarget | null {
    return verifyUnsubscribeToken(this.secret, token);
  }
}
