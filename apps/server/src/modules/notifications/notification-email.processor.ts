import { Processor, WorkerHost } from '@nestjs/bullmq';
import type { Job } from 'bullmq';
import { NotificationEmailService, type EmailResult } from './notification-email.service';
import { NOTIFICATION_EMAIL_QUEUE, type NotificationEmailJob } from './notification-email.queue';

@Processor(NOTIFICATION_EMAIL_QUEUE, { concurrency: 4 })
export class NotificationEmailProcessor extends WorkerHost {
  constructor(private readonly emails: NotificationEmailService) {
    super();
  }

  process(job: Job<NotificationEmailJob>): Promise<EmailResult> {
    return this.emails.send(job.data.userId);
  }
}
