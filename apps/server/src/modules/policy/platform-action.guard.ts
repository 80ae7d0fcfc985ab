import {
  applyDecorators,
  CanActivate,
  ExecutionContext,
  Injectable,
  SetMetadata,
  UnauthorizedException,
  UseGuards,
} from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { PlatformAction } from '@hubspoke/contracts';
import type { AuthUser } from '../auth/auth-user';
import { PolicyService } from './policy.service';

const PLATFORM_ACTION = 'platformAction';

/** Runs after the global AuthGuard, so anonymous callers still get 401; the policy decides the rest (403). */
@Injectable()
export class PlatformActionGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly policy: PolicyService,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const user = context.switchToHttp().getRequest<{ user?: AuthUser }>().user;
    if (!user) throw new UnauthorizedException('Sign in first');
    const action = this.reflector.get<PlatformAction>(PLATFORM_ACTION, context.getHandler());
    await this.policy.authorizePlatform(user, action);
    return true;
  }
}

/** The route is a platform action: only those the policy allows it (platform admins). */
export const PlatformActionRoute = (action: PlatformAction) =>
  applyDecorators(SetMetadata(PLATFORM_ACTION, action), UseGuards(PlatformActionGuard));
