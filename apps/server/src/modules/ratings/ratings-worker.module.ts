import { Module } from '@nestjs/common';
import { RatingInputLoader } from './rating-input.loader';
import { RatingsQueueModule } from './ratings-queue.module';
import { RatingsComputeService } from './ratings-compute.service';
import { RatingsProcessor, RatingsScheduler } from './ratings.processor';

/** The ratings in the worker. */
@Module({
  imports: [RatingsQueueModule],
  providers: [RatingInputLoader, RatingsComputeService, RatingsProcessor, RatingsScheduler],
})
export class RatingsWorkerModule {}
