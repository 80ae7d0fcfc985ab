import { Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { NotificationEmailBatches } from './notification-email.batches';
import { VoteClosingReminders } from './vote-closing-reminders';

const ROUND_MS = 60_000;

/**
 * The worker's minute round: reminders of votes closing, and the emails whose job was lost. A timer rather than a
 * BullMQ schedule, so a Redis that lost its data loses no round; both steps are idempotent, so every worker may run them.
 */
@Injectable()
export class NotificationRounds implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(NotificationRounds.name);
  private timer?: NodeJS.Timeout;
  private running?: Promise<void>;

  constructor(
    private readonly reminders: VoteClosingReminders,
    private readonly emails: NotificationEmailBatches,
  ) {}

  onApplicationBootstrap(): void {
    this.timer = setInterval(() => void this.run(), ROUND_MS);
  }

  private run(): Promise<void> {
    this.running ??= Promise.all([
      this.reminders.remind().catch((error: Error) => this.logger.warn(`No vote reminders: ${error.message}`)),
      this.emails
        .scheduleOverdue()
        .catch((error: Error) => this.logger.warn(`Overdue notification emails not queued: ${error.message}`)),
    ]).then(() => (this.running = undefined));
    return this.running;
  }

  async onApplicationShutdown(): Promise<void> {
    clearInterval(this.timer);
    await this.running;
  }
}
