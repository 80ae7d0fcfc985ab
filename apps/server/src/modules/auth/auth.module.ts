import { Global, Module } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { APP_GUARD } from '@nestjs/core';
import { JwtModule } from '@nestjs/jwt';
import { createSecretKey } from 'node:crypto';
import { TypeOrmModule } from '@nestjs/typeorm';
import type { Env } from '../../infra/config/env';
import { MembersModule } from '../members/members.module';
import { EmailToken } from './email-token.entity';
import { EmailTokens } from './email-tokens.service';
import { EmailVerification } from './email-verification.service';
import { PasswordsService } from './passwords.service';
import { SessionRevocations } from './session-revocations';
import { AccessTokenService } from './access-token.service';
import { AuthController } from './auth.controller';
import { AuthGuard } from './auth.guard';
import { AuthService } from './auth.service';
import { LoginLockout } from './login-lockout.service';
import { RefreshToken } from './refresh-token.entity';
import { RefreshTokensService } from './refresh-tokens.service';
import { RegistrationService } from './registration.service';
import { User } from './user.entity';

@Global()
@Module({
  imports: [
    TypeOrmModule.forFeature([User, RefreshToken, EmailToken]),
    MembersModule,
    JwtModule.registerAsync({
      inject: [ConfigService],
      useFactory: (config: ConfigService<Env, true>) => {
        // A KeyObject, not the string: jsonwebtoken otherwise tries to parse the string as a public key on every call.
        const key = createSecretKey(Buffer.from(config.get('JWT_SECRET', { infer: true })));
        return {
          secretOrKeyProvider: () => key,
          signOptions: { expiresIn: config.get('ACCESS_TOKEN_TTL_SECONDS', { infer: true }), algorithm: 'HS256' },
          verifyOptions: { algorithms: ['HS256'] },
        };
      },
    }),
  ],
  controllers: [AuthController],
  providers: [
    AuthService,
    RefreshTokensService,
    RegistrationService,
    AccessTokenService,
    LoginLockout,
    EmailTokens,
    EmailVerification,
    PasswordsService,
    SessionRevocations,
    { provide: APP_GUARD, useClass: AuthGuard },
  ],
  exports: [AccessTokenService, AuthService, SessionRevocations],
})
export class AuthModule {}
