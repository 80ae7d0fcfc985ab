import { Injectable } from '@nestjs/common';
import { UnitOfWork } from '../activity/unit-of-work';
import { ApiException } from '../../infra/http/api-exception';
import { accountEmails } from '../account-mail/account-emails';
import { AccountLinks } from '../account-mail/account-links';
import { AccountMail } from '../account-mail/account-mail.service';
import { markEmailVerified } from '../organizations/account-verification';
import type { AuthUser } from './auth-user';
import type { ChangePasswordDto, SessionDto } from './auth.dto';
import { AuthService } from './auth.service';
import { EMAIL_TOKEN_TTL_MINUTES, EmailTokens } from './email-tokens.service';
import { linkRefused } from './email-verification.service';
import { User } from './user.entity';

/** Resetting a forgotten password by email, and changing one; either ends every session of the account. */
@Injectable()
export class PasswordsService {
  constructor(
    private readonly auth: AuthService,
    private readonly tokens: EmailTokens,
    private readonly mail: AccountMail,
    private readonly uow: UnitOfWork,
    private readonly links: AccountLinks,
  ) {}

  /** Mails a reset link when the address has an account; answers the same, in the same time, either way. */
  async requestReset(email: string): Promise<void> {
    const user = await this.auth.findByEmail(email);
    if (!user) return this.auth.hashNothing();
    const url = this.links.resetPassword(await this.tokens.issue(user.id, 'reset_password'));
    await this.mail.send(user, accountEmails.resetPassword(user.name, url, EMAIL_TOKEN_TTL_MINUTES.reset_password));
  }

  /** Following the link proves the address too; the lock of failed sign-ins is lifted. */
  async reset(token: string, password: string): Promise<SessionDto> {
    const passwordHash = await this.auth.hashPassword(password);
    const user = await this.uow.run(async (tx) => {
      const userId = await this.tokens.consume(token, 'reset_password', tx.manager);
      if (!userId) throw linkRefused();
      await tx.manager.update(User, { id: userId }, { passwordHash, failedLogins: 0, lockedUntil: null });
      await markEmailVerified(tx, await this.auth.load(userId, tx.manager));
      return this.auth.load(userId, tx.manager);
    });
    await this.auth.endAllSessions(user.id);
    return this.auth.startSession(user);
  }

  /** Signs out every other session too; answers with a new session for this one. */
  async change(caller: AuthUser, dto: ChangePasswordDto): Promise<SessionDto> {
    const user = await this.auth.load(caller.id);
    if (!(await this.auth.passwordMatches(user, dto.currentPassword))) {
      throw ApiException.badRequest('Your current password is not right', {
        currentPassword: ['is not your current password'],
      });
    }
    await this.auth.setPassword(user.id, await this.auth.hashPassword(dto.newPassword));
    await this.auth.endAllSessions(user.id);
    return this.auth.startSession(user);
  }
}
