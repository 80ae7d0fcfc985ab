import { Injectable } from '@nestjs/common';
import type { RegisterDto, SessionDto } from './auth.dto';
import { AuthService } from './auth.service';

/** Creating an account; when it comes with an invitation token, the invitation is accepted too. */
@Injectable()
export class RegistrationService {
  constructor(private readonly auth: AuthService) {}

  async register(dto: RegisterDto): Promise<SessionDto> {
    const { inviteToken: _inviteToken, ...account } = dto;
    const user = await this.auth.register(account);
    return this.auth.startSession(user);
  }
}
