import { Injectable, Logger } from '@nestjs/common';
import { PeriodicRound } from '../lifecycle/periodic-round';
import { IdempotencyStore, KEY_TTL } from './idempotency.store';

/** The worker's hourly round that forgets Idempotency-Keys older than KEY_TTL (a claim also takes over an expired one). */
@Injectable()
export class IdempotencyCleanup extends PeriodicRound {
  private readonly logger = new Logger(IdempotencyCleanup.name);

  constructor(private readonly store: IdempotencyStore) {
    super();
  }

  protected intervalMs(): number {
    return 3_600_000;
  }

  protected async round(): Promise<void> {
    await this.store
      .deleteExpired()
      .then((deleted) => deleted > 0 && this.logger.log(`Forgot ${deleted} Idempotency-Keys older than ${KEY_TTL}`))
      .catch((error: Error) => this.logger.warn(`Expired Idempotency-Keys not deleted: ${error.message}`));
  }
}
