import { Processor, WorkerHost } from '@nestjs/bullmq';
import type { Job } from 'bullmq';
import { NetworkAnalysisService } from './network-analysis.service';
import { NETWORK_QUEUE, NetworkJob } from './network-queue';

/** The network queue's one worker: one job at a time, so an import and an analysis never overlap. */
@Processor(NETWORK_QUEUE, { concurrency: 1 })
export class NetworkProcessor extends WorkerHost {
  constructor(private readonly analysis: NetworkAnalysisService) {
    super();
  }

  process(job: Job): Promise<unknown> {
    switch (job.name) {
      case NetworkJob.analyze:
        return this.analysis.analyze();
      default:
        throw new Error(`unknown network job ${job.name}`);
    }
  }
}
