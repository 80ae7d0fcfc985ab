import { applyDecorators, SetMetadata, UseInterceptors } from '@nestjs/common';
import { ApiHeader, ApiResponse } from '@nestjs/swagger';
import { PublicCacheInterceptor } from './public-cache.interceptor';
import { PUBLIC_CACHE_SCOPE, type PublicCacheScope } from './public-cache.scope';

/**
 * A GET of a public hub's public view, answered with an ETag and `Cache-Control: public` so browsers and CDNs can
 * keep it, and 304 to a conditional repeat without building the answer. The route names its hub `hubId` (an id) or
 * `idOrSlug`.
 */
export const PublicCache = (scope: PublicCacheScope) =>
  applyDecorators(
    SetMetadata(PUBLIC_CACHE_SCOPE, scope),
    UseInterceptors(PublicCacheInterceptor),
    ApiHeader({ name: 'If-None-Match', required: false, description: 'The ETag of an answer already held' }),
    ApiResponse({ status: 304, description: 'Not modified: the answer held is current' }),
  );
