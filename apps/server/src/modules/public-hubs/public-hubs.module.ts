import { Module } from '@nestjs/common';
import { GoalsModule } from '../goals/goals.module';
import { PublicCacheModule } from '../public-cache/public-cache.module';
import { RatingsModule } from '../ratings/ratings.module';
import { PublicHubHeads } from './public-hub-heads';
import { PublicHubPageService } from './public-hub-page.service';
import { PublicHubsController } from './public-hubs.controller';

/** Public hubs' pages: the read model the web's public page shows, and the head of that page for link previews. */
@Module({
  imports: [GoalsModule, RatingsModule, PublicCacheModule],
  controllers: [PublicHubsController],
  providers: [PublicHubPageService, PublicHubHeads],
})
export class PublicHubsModule {}
