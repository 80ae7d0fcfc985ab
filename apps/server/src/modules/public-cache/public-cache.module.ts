import { Module } from '@nestjs/common';
import { HubVersionReader } from './hub-version.reader';
import { PublicCacheInterceptor } from './public-cache.interceptor';

/** ETags and Cache-Control for public hubs' public answers (the PublicCache decorator). */
@Module({
  providers: [HubVersionReader, PublicCacheInterceptor],
  exports: [HubVersionReader, PublicCacheInterceptor],
})
export class PublicCacheModule {}
