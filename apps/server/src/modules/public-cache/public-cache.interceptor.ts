import { Injectable, type CallHandler, type ExecutionContext, type NestInterceptor } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { Request, Response } from 'express';
import { mergeMap, of, type Observable } from 'rxjs';
import type { AuthUser } from '../auth/auth-user';
import { PolicyService } from '../policy/policy.service';
import { HubVersionReader, type HubKey } from './hub-version.reader';
import { PUBLIC_CACHE_SCOPE, type PublicCacheScope } from './public-cache.scope';

/** Browsers and CDNs serve it for a minute, and for five more while they fetch a fresh one in the background. */
export const PUBLIC_CACHE_CONTROL = 'public, max-age=60, stale-while-revalidate=300';
/** An answer that depends on who asks: only the caller's browser keeps it, and asks again before using it. */
export const PRIVATE_CACHE_CONTROL = 'private, no-cache';

/**
 * The ETag and Cache-Control of a public hub's public answers (see PublicCache). The validator is the hub's version:
 * a caller holding the current one is answered 304 without the answer being built, from a version read within the
 * last second or one query. An answer that is built takes the version read right before it and right after it, and
 * keeps it as its ETag only if nothing changed in between (else Express's hash of the body is the ETag). A private or
 * unknown hub gets no cache headers: the route answers its 404 itself.
 */
@Injectable()
export class PublicCacheInterceptor implements NestInterceptor {
  constructor(
    private readonly reflector: Reflector,
    private readonly versions: HubVersionReader,
    private readonly policy: PolicyService,
  ) {}

  async intercept(context: ExecutionContext, next: CallHandler): Promise<Observable<unknown>> {
    const req = context.switchToHttp().getRequest<Request & { user?: AuthUser }>();
    const res = context.switchToHttp().getResponse<Response>();
    const scope = this.reflector.get<PublicCacheScope>(PUBLIC_CACHE_SCOPE, context.getHandler());
    res.vary('Authorization');
    if (req.user && scope === 'anonymous') {
      res.setHeader('Cache-Control', PRIVATE_CACHE_CONTROL);
      return next.handle();
    }
    const key = hubKeyOf(req.params);
    if (req.headers['if-none-match']) {
      const recent = await this.versions.readRecent(key);
      if (recent?.etag && this.policy.publiclyReadable(recent.visibility)) {
        res.setHeader('ETag', recent.etag);
        if (req.fresh) {
          res.setHeader('Cache-Control', PUBLIC_CACHE_CONTROL);
          return of(undefined); // Express answers 304 to a fresh request
        }
        res.removeHeader('ETag');
      }
    }
    const before = await this.versions.read(key);
    if (!before || !this.policy.publiclyReadable(before.visibility)) return next.handle();
    return next.handle().pipe(
      mergeMap(async (body: unknown) => {
        res.setHeader('Cache-Control', PUBLIC_CACHE_CONTROL);
        const after = before.etag ? await this.versions.read(key) : null;
        if (after?.etag && after.etag === before.etag) res.setHeader('ETag', after.etag);
        return body;
      }),
    );
  }
}

function hubKeyOf(params: Request['params']): HubKey {
  const { hubId, idOrSlug } = params;
  return typeof hubId === 'string' ? { id: hubId } : { idOrSlug: typeof idOrSlug === 'string' ? idOrSlug : '' };
}
