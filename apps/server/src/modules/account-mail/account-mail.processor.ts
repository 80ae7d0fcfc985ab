import { Processor, WorkerHost } from '@nestjs/bullmq';
import type { Job } from 'bullmq';
import { Mailer } from '../../infra/mail/mailer';
import { ACCOUNT_MAIL_QUEUE, type AccountMailJob } from './account-mail.queue';

@Processor(ACCOUNT_MAIL_QUEUE, { concurrency: 4 })
export class AccountMailProcessor extends WorkerHost {
  constructor(private readonly mailer: Mailer) {
    super();
  }

  process(job: Job<AccountMailJob>): Promise<void> {
    return this.mailer.send(job.data);
  }
}
