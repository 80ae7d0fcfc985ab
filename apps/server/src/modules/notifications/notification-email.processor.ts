import { Processor } from '@nestjs/bullmq';
import type { Job } from 'bullmq';
import { JobProcessor } from '../../infra/queue/job-processor';
import { NotificationEmailService } from './notification-email.service';
import {
  NOTIFICATION_EMAIL_QUEUE,
  SEND_NOTIFICATION_EMAIL_JOB,
  type NotificationEmailJob,
} from './notification-email.queue';

@Processor(NOTIFICATION_EMAIL_QUEUE, { concurrency: 4 })
export class NotificationEmailProcessor extends JobProcessor {
  protected readonly handlers = {
    [SEND_NOTIFICATION_EMAIL_JOB]: (job: Job<NotificationEmailJob>) => this.emails.send(job.data.userId),
  };

  constructor(private readonly emails: NotificationEmailService) {
    super();
  }
}
