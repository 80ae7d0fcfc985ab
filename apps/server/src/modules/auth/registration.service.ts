import { Injectable } from '@nestjs/common';
import { UnitOfWork } from '../activity/unit-of-work';
import { accountEmails } from '../account-mail/account-emails';
import { AccountLinks } from '../account-mail/account-links';
import { AccountMail } from '../account-mail/account-mail.service';
import { InvitationsService } from '../members/invitations.service';
import { markEmailVerified } from '../organizations/account-verification';
import type { RegisterDto, RegistrationAcceptedDto } from './auth.dto';
import { AuthService } from './auth.service';
import { EmailVerification } from './email-verification.service';
import { User } from './user.entity';

/**
 * Creating an account. The answer is the same whether the address was free or taken, so it tells nobody which
 * addresses have accounts: a new account gets a link to confirm its address; the owner of a taken one an email
 * saying someone tried. With an invitation token the address is proven by the invitation's link: the account starts
 * verified and joins the hub.
 */
@Injectable()
export class RegistrationService {
  constructor(
    private readonly auth: AuthService,
    private readonly verification: EmailVerification,
    private readonly invitations: InvitationsService,
    private readonly mail: AccountMail,
    private readonly uow: UnitOfWork,
    private readonly links: AccountLinks,
  ) {}

  async register(dto: RegisterDto): Promise<RegistrationAcceptedDto> {
    const { inviteToken, ...account } = dto;
    if (inviteToken) await this.invitations.assertAcceptableOnRegistration(inviteToken, account.email);
    const passwordHash = await this.auth.hashPassword(account.password);
    const created = await this.uow.run(async (tx) => {
      const inserted = await tx.manager
        .createQueryBuilder()
        .insert()
        .into(User)
        .values({ email: account.email, name: account.name.trim(), passwordHash })
        .orIgnore()
        .returning(['id'])
        .execute();
      const id = (inserted.generatedMaps[0] as { id?: string } | undefined)?.id;
      if (!id) return null;
      const user = await tx.manager.findOneByOrFail(User, { id });
      if (inviteToken) {
        await markEmailVerified(tx, user);
        await this.invitations.acceptIn(tx, { id, email: user.email, emailVerified: true }, inviteToken);
      }
      return user;
    });
    if (!created) await this.tellOwner(account.email);
    else if (!inviteToken) await this.verification.send(created);
    return {
      email: account.email,
      message: `We sent an email to ${account.email}: open its link to confirm your address.`,
    };
  }

  private async tellOwner(email: string): Promise<void> {
    const owner = await this.auth.findByEmail(email);
    if (!owner) return;
    const verify = owner.emailVerifiedAt ? undefined : await this.verification.link(owner);
    await this.mail.send(
      owner,
      accountEmails.alreadyRegistered(owner.name, {
        signIn: this.links.signIn(),
        reset: this.links.resetPassword(),
        verify,
      }),
    );
  }
}
