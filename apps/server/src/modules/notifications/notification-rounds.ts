import { Injectable, Logger } from '@nestjs/common';
import { PeriodicRound } from '../../infra/lifecycle/periodic-round';
import { NotificationEmailBatches } from './notification-email.batches';
import { VoteClosingReminders } from './vote-closing-reminders';

/**
 * The worker's minute round: reminders of votes closing, and the emails whose job was lost. Both are idempotent, so
 * every worker may run them.
 */
@Injectable()
export class NotificationRounds extends PeriodicRound {
  private readonly logger = new Logger(NotificationRounds.name);

  constructor(
    private readonly reminders: VoteClosingReminders,
    private readonly emails: NotificationEmailBatches,
  ) {
    super();
  }

  protected intervalMs(): number {
    return 60_000;
  }

  protected async round(): Promise<void> {
    await Promise.all([
      this.reminders.remind().catch((error: Error) => this.logger.warn(`No vote reminders: ${error.message}`)),
      this.emails
        .scheduleOverdue()
        .catch((error: Error) => this.logger.warn(`Overdue notification emails not queued: ${error.message}`)),
    ]);
  }
}
