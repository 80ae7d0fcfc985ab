import { Inject, Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import type { Env } from '../../infra/config/env';
import { DigestSchedules } from './digest-schedules.service';

/**
 * Re-derives the schedules at worker start and every DIGEST_RECONCILE_SECONDS. A timer, not a BullMQ job: a Redis
 * that lost its data would have lost that job too.
 */
@Injectable()
export class ScheduleReconciler implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(ScheduleReconciler.name);
  private timer?: NodeJS.Timeout;
  private running?: Promise<void>;

  constructor(
    private readonly schedules: DigestSchedules,
    @Inject(ConfigService) private readonly config: ConfigService<Env, true>,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.run();
    const every = this.config.get('DIGEST_RECONCILE_SECONDS', { infer: true }) * 1000;
    this.timer = setInterval(() => void this.run(), every);
  }

  private run(): Promise<void> {
    this.running ??= this.schedules
      .reconcile()
      .then(
        (r) => {
          if (r.added || r.removed)
            this.logger.log(`Digest schedules: ${r.added} added, ${r.removed} removed, ${r.total} in all`);
        },
        (error: Error) => this.logger.error(`Reconciling digest schedules failed: ${error.message}`),
      )
      .finally(() => (this.running = undefined));
    return this.running;
  }

  async onApplicationShutdown(): Promise<void> {
    clearInterval(this.timer);
    await this.running;
  }
}
