import { Processor, WorkerHost } from '@nestjs/bullmq';
import type { Job } from 'bullmq';
import { DigestDeliveryService } from './digest-delivery.service';
import {
  BuildJob,
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
export class DigestBuildProcessor extends WorkerHost {
  constructor(
    private readonly schedules: DigestSchedules,
    private readonly runs: DigestRunService,
  ) {
    super();
  }

  process(job: Job<TickData | BuildData>): Promise<unknown> {
    return job.name === BuildJob.tick
      ? this.schedules.tick(job.data as TickData, new Date())
      : this.runs.build(job.data as BuildData);
  }
}

@Processor(DIGEST_DELIVERY_QUEUE, digestWorkerOptions(4))
export class DigestDeliveryProcessor extends WorkerHost {
  constructor(private readonly deliveries: DigestDeliveryService) {
    super();
  }

  process(job: Job<DeliverData>): Promise<unknown> {
    return this.deliveries.deliver(job.data.deliveryIds);
  }
}
