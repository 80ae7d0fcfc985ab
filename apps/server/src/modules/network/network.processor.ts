import { Processor } from '@nestjs/bullmq';
import type { Job } from 'bullmq';
import { JobProcessor } from '../../infra/queue/job-processor';
import { NetworkAnalysisService } from './network-analysis.service';
import { NetworkImportRunner } from './network-import.runner';
import { NETWORK_QUEUE, NetworkJob, type ImportData } from './network-queue';

/** The network queue's one worker: one job at a time, so an import and an analysis never overlap. */
@Processor(NETWORK_QUEUE, { concurrency: 1 })
export class NetworkProcessor extends JobProcessor {
  protected readonly handlers = {
    [NetworkJob.analyze]: () => this.analysis.analyze(),
    [NetworkJob.import]: (job: Job<ImportData>) => this.imports.run(job),
  };

  constructor(
    private readonly analysis: NetworkAnalysisService,
    private readonly imports: NetworkImportRunner,
  ) {
    super();
  }
}
