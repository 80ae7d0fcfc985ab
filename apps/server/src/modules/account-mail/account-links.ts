import { Inject, Injectable } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import type { Env } from '../../infra/config/env';
import { publicBaseUrl } from '../../infra/mail/public-url';

/** The addresses of the web app's pages that account emails link to. */
@Injectable()
export class AccountLinks {
  private readonly base: string;

  constructor(@Inject(ConfigService) config: ConfigService<Env, true>) {
    this.base = publicBaseUrl(config);
  }

  verifyEmail = (token: string) => `${this.base}/verify-email?token=${token}`;
  resetPassword = (token?: string) => `${this.base}/reset-password${token ? `?token=${token}` : ''}`;
  signIn = () => `${this.base}/signin`;
  organization = (organizationId: string) => `${this.base}/organizations/${organizationId}`;
}
