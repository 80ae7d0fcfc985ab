import { Module } from '@nestjs/common';
import { RollUpReader } from '../goals/roll-up.reader';
import { RatingInputLoader } from './rating-input.loader';
import { RatingsComputeService } from './ratings-compute.service';
import { RatingsProcessor, RatingsScheduler } from './ratings.processor';

/** The ratings in the worker. */
@Module({
  providers: [RatingInputLoader, RollUpReader, RatingsComputeService, RatingsProcessor, RatingsScheduler],
})
export class RatingsWorkerModule {}
