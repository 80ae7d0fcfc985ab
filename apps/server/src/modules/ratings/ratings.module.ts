import { Module } from '@nestjs/common';
import { RatingsController } from './ratings.controller';
import { RatingsService } from './ratings.service';

/** Ratings in the api: league tables, explained hub ratings, exports. The worker computes them (RatingsWorkerModule). */
@Module({
  controllers: [RatingsController],
  providers: [RatingsService],
})
export class RatingsModule {}
