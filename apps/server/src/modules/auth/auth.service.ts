import { Injectable, UnauthorizedException } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { InjectRepository } from '@nestjs/typeorm';
import bcrypt from 'bcryptjs';
import { EntityManager, Repository } from 'typeorm';
import type { Env } from '../../infra/config/env';
import { AccessTokenService } from './access-token.service';
import type { LoginDto, SessionDto, UserDto } from './auth.dto';
import { LoginLockout } from './login-lockout.service';
import { RefreshTokensService, type IssuedRefreshToken } from './refresh-tokens.service';
import { SessionRevocations } from './session-revocations';
import { User } from './user.entity';

/** Sessions: signing in and out, refreshing, and ending every session of an account. */
@Injectable()
export class AuthService {
  /** A valid hash at the configured cost, compared against when the email is unknown, so both take the same time. */
  private readonly dummyHash: string;

  constructor(
    @InjectRepository(User) private readonly users: Repository<User>,
    private readonly accessTokens: AccessTokenService,
    private readonly refreshTokens: RefreshTokensService,
    private readonly revocations: SessionRevocations,
    private readonly lockout: LoginLockout,
    private readonly config: ConfigService<Env, true>,
  ) {
    this.dummyHash = bcrypt.hashSync('not-a-password', this.config.get('BCRYPT_ROUNDS', { infer: true }));
  }

  hashPassword(password: string): Promise<string> {
    return bcrypt.hash(password, this.config.get('BCRYPT_ROUNDS', { infer: true }));
  }

  /** Costs what a real hash costs, for the paths that must not be told apart by their timing. */
  async hashNothing(): Promise<void> {
    await bcrypt.compare('not-a-password', this.dummyHash);
  }

  async login(dto: LoginDto): Promise<SessionDto> {
    const user = await this.users.findOneBy({ email: dto.email });
    const ok = await bcrypt.compare(dto.password, user?.passwordHash ?? this.dummyHash);
    if (user) this.lockout.assertUnlocked(user);
    if (!user || !ok) {
      if (user) await this.lockout.recordFailure(user.id);
      throw new UnauthorizedException('The email or password is wrong');
    }
    await this.lockout.recordSuccess(user);
    return this.startSession(user);
  }

  async passwordMatches(user: User, password: string): Promise<boolean> {
    return bcrypt.compare(password, user.passwordHash);
  }

  async setPassword(userId: string, passwordHash: string): Promise<void> {
    await this.users.update({ id: userId }, { passwordHash });
  }

  findByEmail(email: string): Promise<User | null> {
    return this.users.findOneBy({ email: email.toLowerCase() });
  }

  async startSession(user: User): Promise<SessionDto> {
    return this.session(user, await this.refreshTokens.issue(user.id));
  }

  async refresh(refreshToken: string): Promise<SessionDto> {
    const rotated = await this.refreshTokens.rotate(refreshToken);
    const user = await this.users.findOneBy({ id: rotated.userId });
    if (!user) throw new UnauthorizedException('The account no longer exists');
    return this.session(user, rotated);
  }

  /** Ends the refresh token's session: its refresh tokens, its access tokens and its sockets. */
  async logout(refreshToken: string): Promise<void> {
    const session = await this.refreshTokens.revoke(refreshToken);
    if (session) await this.revocations.end({ userId: session.userId, sessionIds: [session.familyId], all: false });
  }

  /** Ends every session of the account, on every device (after a password change or reset). */
  async endAllSessions(userId: string): Promise<void> {
    const ttl = this.config.get('ACCESS_TOKEN_TTL_SECONDS', { infer: true });
    await this.revocations.end({ userId, sessionIds: await this.refreshTokens.revokeAllOf(userId, ttl), all: true });
  }

  async me(userId: string): Promise<UserDto> {
    return toUserDto(await this.load(userId));
  }

  async load(userId: string, manager: EntityManager = this.users.manager): Promise<User> {
    const user = await manager.findOneBy(User, { id: userId });
    if (!user) throw new UnauthorizedException('The account no longer exists');
    return user;
  }

  private session(user: User, issued: IssuedRefreshToken): SessionDto {
    return {
      accessToken: this.accessTokens.sign({
        id: user.id,
        email: user.email,
        emailVerified: user.emailVerifiedAt !== null,
        sessionId: issued.familyId,
      }),
      expiresIn: this.config.get('ACCESS_TOKEN_TTL_SECONDS', { infer: true }),
      refreshToken: issued.refreshToken,
      user: toUserDto(user),
    };
  }
}

export function toUserDto(user: User): UserDto {
  return {
    id: user.id,
    email: user.email,
    name: user.name,
    isPlatformAdmin: user.isPlatformAdmin,
    emailVerified: user.emailVerifiedAt !== null,
    createdAt: user.createdAt.toISOString(),
  };
}
