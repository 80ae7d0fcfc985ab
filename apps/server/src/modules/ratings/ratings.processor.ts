import { InjectQueue, Processor } from '@nestjs/bullmq';
import { Injectable, OnApplicationBootstrap } from '@nestjs/common';
import type { Queue } from 'bullmq';
import { JobProcessor } from '../../infra/queue/job-processor';
import {
  RATINGS_QUEUE,
  RECOMPUTE_EVERY_MS,
  RECOMPUTE_JOB,
  RECOMPUTE_OPTIONS,
  RECOMPUTE_SCHEDULER_ID,
} from './ratings-queue';
import { RatingsComputeService } from './ratings-compute.service';

@Processor(RATINGS_QUEUE, { concurrency: 1 })
export class RatingsProcessor extends JobProcessor {
  protected readonly handlers = { [RECOMPUTE_JOB]: () => this.ratings.recompute() };

  constructor(private readonly ratings: RatingsComputeService) {
    super();
  }
}

/** The periodic recompute, and one when the worker starts. */
@Injectable()
export class RatingsScheduler implements OnApplicationBootstrap {
  constructor(@InjectQueue(RATINGS_QUEUE) private readonly queue: Queue) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.queue.upsertJobScheduler(
      RECOMPUTE_SCHEDULER_ID,
      { every: RECOMPUTE_EVERY_MS },
      { name: RECOMPUTE_JOB, data: {}, opts: RECOMPUTE_OPTIONS },
    );
    await this.queue.add(RECOMPUTE_JOB, {}, RECOMPUTE_OPTIONS);
  }
}
