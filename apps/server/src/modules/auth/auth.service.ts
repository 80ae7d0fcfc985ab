import { Injectable, UnauthorizedException } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { InjectRepository } from '@nestjs/typeorm';
import bcrypt from 'bcryptjs';
import { EntityManager, Repository } from 'typeorm';
import type { Env } from '../../infra/config/env';
import { ApiException } from '../../infra/http/api-exception';
import { AccessTokenService } from './access-token.service';
import type { LoginDto, RegisterDto, SessionDto, UserDto } from './auth.dto';
import { LoginLockout } from './login-lockout.service';
import { RefreshTokensService } from './refresh-tokens.service';
import { User } from './user.entity';

/** A valid hash to compare against when the email is unknown, so both paths take the same time. */
const DUMMY_HASH = bcrypt.hashSync('not-a-password', 10);

@Injectable()
export class AuthService {
  constructor(
    @InjectRepository(User) private readonly users: Repository<User>,
    private readonly accessTokens: AccessTokenService,
    private readonly refreshTokens: RefreshTokensService,
    private readonly lockout: LoginLockout,
    private readonly config: ConfigService<Env, true>,
  ) {}

  /** Creates the account, in the caller's transaction when given one. */
  async register(dto: Omit<RegisterDto, 'inviteToken'>, manager: EntityManager = this.users.manager): Promise<User> {
    const passwordHash = await bcrypt.hash(dto.password, this.config.get('BCRYPT_ROUNDS', { infer: true }));
    const inserted = await manager
      .createQueryBuilder()
      .insert()
      .into(User)
      .values({ email: dto.email, name: dto.name.trim(), passwordHash })
      .orIgnore()
      .returning('*')
      .execute();
    const row = inserted.generatedMaps[0] as User | undefined;
    if (!row?.id) throw ApiException.conflict('An account with this email already exists');
    return manager.findOneByOrFail(User, { id: row.id });
  }

  async login(dto: LoginDto): Promise<SessionDto> {
    const user = await this.users.findOneBy({ email: dto.email });
    if (user) this.lockout.assertUnlocked(user);
    const ok = await bcrypt.compare(dto.password, user?.passwordHash ?? DUMMY_HASH);
    if (!user || !ok) {
      if (user) await this.lockout.recordFailure(user.id);
      throw new UnauthorizedException('The email or password is wrong');
    }
    await this.lockout.recordSuccess(user);
    return this.startSession(user);
  }

  async startSession(user: User): Promise<SessionDto> {
    return this.session(user, await this.refreshTokens.issue(user.id));
  }

  async refresh(refreshToken: string): Promise<SessionDto> {
    const rotated = await this.refreshTokens.rotate(refreshToken);
    const user = await this.users.findOneBy({ id: rotated.userId });
    if (!user) throw new UnauthorizedException('The account no longer exists');
    return this.session(user, rotated.refreshToken);
  }

  logout(refreshToken: string): Promise<void> {
    return this.refreshTokens.revoke(refreshToken);
  }

  async me(userId: string): Promise<UserDto> {
    const user = await this.users.findOneBy({ id: userId });
    if (!user) throw new UnauthorizedException('The account no longer exists');
    return toUserDto(user);
  }

  private session(user: User, refreshToken: string): SessionDto {
    return {
      accessToken: this.accessTokens.sign({ id: user.id, email: user.email }),
      expiresIn: this.config.get('ACCESS_TOKEN_TTL_SECONDS', { infer: true }),
      refreshToken,
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
    createdAt: user.createdAt,
  };
}
