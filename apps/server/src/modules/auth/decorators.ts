import { applyDecorators, createParamDecorator, ExecutionContext, SetMetadata } from '@nestjs/common';
import { ApiPublic } from '../../infra/openapi/operation-marks';
import type { AuthUser } from './auth-user';

export const IS_PUBLIC = 'isPublic';
/** The route needs no access token; the caller, when one is sent, is still available as OptionalUser. */
export const Public = () => applyDecorators(SetMetadata(IS_PUBLIC, true), ApiPublic());

export const ALLOWS_UNVERIFIED = 'allowsUnverified';
/** The route is open to a signed-in account that has not confirmed its address yet (its own profile and session). */
export const AllowUnverified = () => SetMetadata(ALLOWS_UNVERIFIED, true);

export const CurrentUser = createParamDecorator((_: unknown, ctx: ExecutionContext): AuthUser => {
  return ctx.switchToHttp().getRequest<{ user: AuthUser }>().user;
});

export const OptionalUser = createParamDecorator((_: unknown, ctx: ExecutionContext): AuthUser | null => {
  return ctx.switchToHttp().getRequest<{ user?: AuthUser }>().user ?? null;
});
