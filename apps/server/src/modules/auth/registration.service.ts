import { Injectable } from '@nestjs/common';
import { UnitOfWork } from '../../infra/database/unit-of-work';
import { InvitationsService } from '../members/invitations.service';
import type { RegisterDto, SessionDto } from './auth.dto';
import { AuthService } from './auth.service';

/** Creating an account; when it comes with an invitation token, the invitation is accepted too. */
@Injectable()
export class RegistrationService {
  constructor(
    private readonly auth: AuthService,
    private readonly invitations: InvitationsService,
    private readonly uow: UnitOfWork,
  ) {}

  async register(dto: RegisterDto): Promise<SessionDto> {
    const { inviteToken, ...account } = dto;
    // Checked first for a precise 400; the transaction below keeps account and membership together all the same.
    if (inviteToken) await this.invitations.assertAcceptableOnRegistration(inviteToken, account.email);
    const user = inviteToken
      ? await this.uow.run(async (tx) => {
          const created = await this.auth.register(account, tx.manager);
          await this.invitations.acceptIn(tx, { id: created.id, email: created.email }, inviteToken);
          return created;
        })
      : await this.auth.register(account);
    return this.auth.startSession(user);
  }
}
