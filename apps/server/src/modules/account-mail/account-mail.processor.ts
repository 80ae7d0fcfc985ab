import { Processor } from '@nestjs/bullmq';
import type { Job } from 'bullmq';
import { Mailer } from '../../infra/mail/mailer';
import { JobProcessor } from '../../infra/queue/job-processor';
import { ACCOUNT_MAIL_QUEUE, SEND_ACCOUNT_MAIL_JOB, type AccountMailJob } from './account-mail.queue';

@Processor(ACCOUNT_MAIL_QUEUE, { concurrency: 4 })
export class AccountMailProcessor extends JobProcessor {
  protected readonly handlers = {
    [SEND_ACCOUNT_MAIL_JOB]: (job: Job<AccountMailJob>) => this.mailer.send(job.data),
  };

  constructor(private readonly mailer: Mailer) {
    super();
  }
}
