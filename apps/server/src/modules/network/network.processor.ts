import { Processor, WorkerHost } from '@nestjs/bullmq';
import type { Job } from 'bullmq';
import { NetworkAnalysisService } from './network-analysis.service';
import { NetworkImportRunner } from './network-import.runner';
import { NETWORK_QUEUE, NetworkJob, type ImportData } from './network-queue';

/** The network queue's one worker: one job at a time, so an import and an analysis never overlap. */
@Processor(NETWORK_QUEUE, { concurrency: 1 })
export class NetworkProcessor extends WorkerHost {
  constructor(
    private readonly analysis: NetworkAnalysisService,
    private readonly imports: NetworkImportRunner,
  ) {
    super();
  }

  process(job: Job): Promise<unknown> {
    switch (job.name) {
      case NetworkJob.analyze:
        return this.analysis.analyze();
      case NetworkJob.import:
        return this.imports.run(job as Job<ImportData>);
      default:
        throw new Error(`unknown network job ${job.name}`);
    }
  }
}
