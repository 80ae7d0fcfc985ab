import { HttpStatus, Injectable } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import type { Env } from '../../infra/config/env';
import { ApiException } from '../../infra/http/api-exception';
import { User } from './user.entity';

/**
 * Locks an account for LOGIN_LOCKOUT_MINUTES after LOGIN_LOCKOUT_ATTEMPTS failed sign-ins in a row, whichever
 * address they come from (the per-address rate limit cannot see a slow attack spread over many addresses).
 */
@Injectable()
export class LoginLockout {
  constructor(
    @InjectRepository(User) private readonly users: Repository<User>,
    private readonly config: ConfigService<Env, true>,
  ) {}

  assertUnlocked(user: User): void {
    if (!user.lockedUntil || user.lockedUntil <= new Date()) return;
    const minutes = Math.ceil((user.lockedUntil.getTime() - Date.now()) / 60_000);
    throw new ApiException(
      HttpStatus.TOO_MANY_REQUESTS,
      `Too many failed sign-ins: this account is locked for ${minutes} more minute${minutes === 1 ? '' : 's'}`,
    );
  }

  /** One statement, so concurrent failures each count. */
  async recordFailure(userId: string): Promise<void> {
    await this.users.query(
      `UPDATE "user"
          SET failed_logins = CASE WHEN failed_logins + 1 >= $2 THEN 0 ELSE failed_logins + 1 END,
              locked_until = CASE WHEN failed_logins + 1 >= $2 THEN now() + make_interval(mins => $3) ELSE locked_until END
        WHERE id = $1`,
      [
        userId,
        this.config.get('LOGIN_LOCKOUT_ATTEMPTS', { infer: true }),
        this.config.get('LOGIN_LOCKOUT_MINUTES', { infer: true }),
      ],
    );
  }

  async recordSuccess(user: User): Promise<void> {
    if (user.failedLogins === 0 && !user.lockedUntil) return;
    await this.users.update({ id: user.id }, { failedLogins: 0, lockedUntil: null });
  }
}
