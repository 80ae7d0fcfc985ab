import { CanActivate, ExecutionContext, Injectable, UnauthorizedException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { ApiException } from '../../infra/http/api-exception';
import type { AuthUser } from './auth-user';

/** Whether the user runs the platform (beyond any hub): `user.is_platform_admin`. */
export async function isPlatformAdmin(db: DataSource | EntityManager, userId: string): Promise<boolean> {
  const rows: { is_platform_admin: boolean }[] = await db.query(`SELECT is_platform_admin FROM "user" WHERE id = $1`, [
    userId,
  ]);
  return rows[0]?.is_platform_admin === true;
}

/**
 * Platform admins only: `@UseGuards(PlatformAdminGuard)` on a route or controller. Runs after the global AuthGuard, so
 * anonymous callers still get 401; signed-in users who are not admins get 403.
 */
@Injectable()
export class PlatformAdminGuard implements CanActivate {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const user = context.switchToHttp().getRequest<{ user?: AuthUser }>().user;
    if (!user) throw new UnauthorizedException('Sign in first');
    if (!(await isPlatformAdmin(this.dataSource, user.id))) {
      throw ApiException.forbidden('Only platform admins may do this');
    }
    return true;
  }
}
