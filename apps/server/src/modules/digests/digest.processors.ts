import { Processor } from '@nestjs/bullmq';
import type { Job } from 'bullmq';
import { JobProcessor } from '../../infra/queue/job-processor';
import { DigestDeliveryService } from './digest-delivery.service';
import {
  BuildJob,
  DELIVER_JOB,
  DIGEST_BUILD_QUEUE,
  DIGEST_DELIVERY_QUEUE,
  type BuildData,
  type DeliverData,
  type TickData,
  digestWorkerOptions,
} from './digest-queues';
import { DigestRunService } from './digest-run.service';
import { DigestSchedules } from './digest-schedules.service';

@Processor(DIGEST_BUILD_QUEUE, digestWorkerOptions(4))
export class DigestBuildProcessor extends JobProcessor {
  protected readonly handlers = {
    [BuildJob.tick]: (job: Job<TickData>) => this.schedules.tick(job.data, new Date()),
    [BuildJob.build]: (job: Job<BuildData>) => this.runs.build(job.data),
  };

  constructor(
    private readonly schedules: DigestSchedules,
    private readonly runs: DigestRunService,
  ) {
    super();
  }
}

@Processor(DIGEST_DELIVERY_QUEUE, digestWorkerOptions(4))
export class DigestDeliveryProcessor extends JobProcessor {
  protected readonly handlers = {
    [DELIVER_JOB]: (job: Job<DeliverData>) => this.deliveries.deliver(job.data.deliveryIds),
  };

  constructor(private readonly deliveries: DigestDeliveryService) {
    super();
  }
}
