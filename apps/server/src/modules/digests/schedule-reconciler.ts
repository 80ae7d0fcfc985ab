import { Inject, Injectable, Logger } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import type { Env } from '../../infra/config/env';
import { PeriodicRound } from '../../infra/lifecycle/periodic-round';
import { DigestSchedules } from './digest-schedules.service';

/** Re-derives the schedules at worker start and every DIGEST_RECONCILE_SECONDS. */
@Injectable()
export class ScheduleReconciler extends PeriodicRound {
  private readonly logger = new Logger(ScheduleReconciler.name);

  constructor(
    private readonly schedules: DigestSchedules,
    @Inject(ConfigService) private readonly config: ConfigService<Env, true>,
  ) {
    super();
  }

  protected intervalMs(): number {
    return this.config.get('DIGEST_RECONCILE_SECONDS', { infer: true }) * 1000;
  }

  protected async round(): Promise<void> {
    try {
      const r = await this.schedules.reconcile();
      if (r.added || r.removed) {
        this.logger.log(`Digest schedules: ${r.added} added, ${r.removed} removed, ${r.total} in all`);
      }
    } catch (error) {
      this.logger.error(`Reconciling digest schedules failed: ${(error as Error).message}`);
    }
  }
}
