import { InjectQueue } from '@nestjs/bullmq';
import { Injectable } from '@nestjs/common';
import type { Queue } from 'bullmq';
import { ANALYZE_DEBOUNCE_MS, ANALYZE_OPTIONS, NETWORK_QUEUE, NetworkJob } from './network-queue';

/**
 * Asks for a new analysis after organizations or ties changed. Changes within one debounce window share a job (its id
 * is the window); a change while an analysis runs gets the next window's job, so none is missed. An analysis of an
 * unchanged network is skipped, so asking too often costs one read.
 */
@Injectable()
export class NetworkChanges {
  constructor(@InjectQueue(NETWORK_QUEUE) private readonly queue: Queue) {}

  async touch(now = Date.now()): Promise<void> {
    const window = Math.floor(now / ANALYZE_DEBOUNCE_MS) + 1;
    await this.queue.add(
      NetworkJob.analyze,
      {},
      { ...ANALYZE_OPTIONS, jobId: `network.analyze.${window}`, delay: window * ANALYZE_DEBOUNCE_MS - now },
    );
  }

  /** True while a change's analysis or an import waits or runs (the periodic scheduler's next run does not count). */
  async pending(): Promise<boolean> {
    const jobs = await this.queue.getJobs(['waiting', 'delayed', 'active', 'prioritized'], 0, 100);
    return jobs.some((job) => !job.repeatJobKey);
  }
}
