import { Injectable } from '@nestjs/common';
import { InvitationsService } from '../members/invitations.service';
import type { RegisterDto, SessionDto } from './auth.dto';
import { AuthService } from './auth.service';

/** Creating an account; when it comes with an invitation token, the invitation is accepted too. */
@Injectable()
export class RegistrationService {
  constructor(
    private readonly auth: AuthService,
    private readonly invitations: InvitationsService,
  ) {}

  async register(dto: RegisterDto): Promise<SessionDto> {
    const { inviteToken, ...account } = dto;
    // Checked first, so a bad token creates no account.
    if (inviteToken) await this.invitations.assertAcceptableOnRegistration(inviteToken, account.email);
    const user = await this.auth.register(account);
    if (inviteToken) await this.invitations.accept({ id: user.id, email: user.email }, inviteToken);
    return this.auth.startSession(user);
  }
}
