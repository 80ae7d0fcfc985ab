import { InjectQueue } from '@nestjs/bullmq';
import { Injectable, OnApplicationBootstrap } from '@nestjs/common';
import type { Queue } from 'bullmq';
import { NetworkChanges } from './network-changes';
import { ANALYZE_EVERY_MS, ANALYZE_OPTIONS, ANALYZE_SCHEDULER_ID, NETWORK_QUEUE, NetworkJob } from './network-queue';

/**
 * When the worker starts: an analysis now (a new database, or changes while no worker ran), and one periodically
 * for the changes nobody announces (public hubs' members); each is skipped when the network is unchanged.
 */
@Injectable()
export class NetworkAnalysisScheduler implements OnApplicationBootstrap {
  constructor(
    @InjectQueue(NETWORK_QUEUE) private readonly queue: Queue,
    private readonly changes: NetworkChanges,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.queue.upsertJobScheduler(
      ANALYZE_SCHEDULER_ID,
      { every: ANALYZE_EVERY_MS },
      { name: NetworkJob.analyze, data: {}, opts: ANALYZE_OPTIONS },
    );
    await this.changes.touch();
  }
}
