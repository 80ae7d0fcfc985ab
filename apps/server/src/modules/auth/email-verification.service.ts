import { BadRequestException, Injectable } from '@nestjs/common';
import { UnitOfWork } from '../activity/unit-of-work';
import { accountEmails } from '../account-mail/account-emails';
import { AccountLinks } from '../account-mail/account-links';
import { AccountMail } from '../account-mail/account-mail.service';
import { markEmailVerified } from '../organizations/account-verification';
import type { SessionDto } from './auth.dto';
import { AuthService } from './auth.service';
import { EMAIL_TOKEN_TTL_MINUTES, EmailTokens } from './email-tokens.service';
import { User } from './user.entity';

/** Proving an address: the emailed link, resending it, and following it (which signs the person in). */
@Injectable()
export class EmailVerification {
  constructor(
    private readonly auth: AuthService,
    private readonly tokens: EmailTokens,
    private readonly mail: AccountMail,
    private readonly uow: UnitOfWork,
    private readonly links: AccountLinks,
  ) {}

  /** A fresh link; earlier ones stop working. */
  async link(user: User): Promise<string> {
    return this.links.verifyEmail(await this.tokens.issue(user.id, 'verify_email'));
  }

  async send(user: User): Promise<void> {
    const hours = EMAIL_TOKEN_TTL_MINUTES.verify_email / 60;
    await this.mail.send(user, accountEmails.verifyEmail(user.name, await this.link(user), hours));
  }

  /** Sends a new link when the address has an account still to confirm; answers the same either way. */
  async resend(email: string): Promise<void> {
    const user = await this.auth.findByEmail(email);
    if (user && !user.emailVerifiedAt) await this.send(user);
  }

  async verify(token: string): Promise<SessionDto> {
    const user = await this.uow.run(async (tx) => {
      const userId = await this.tokens.consume(token, 'verify_email', tx.manager);
      if (!userId) throw linkRefused();
      const found = await this.auth.load(userId, tx.manager);
      await markEmailVerified(tx, found);
      return this.auth.load(userId, tx.manager);
    });
    return this.auth.startSession(user);
  }
}

export const linkRefused = () =>
  new BadRequestException('This link has expired or was already used; ask for a new one');
