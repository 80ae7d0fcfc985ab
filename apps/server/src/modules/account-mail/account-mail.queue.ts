import type { JobsOptions } from 'bullmq';
import type { MailMessage } from '../../infra/mail/mailer';

/** Emails about a person's account (verification, password reset, membership news), sent by the worker over SMTP. */
export const ACCOUNT_MAIL_QUEUE = 'account-mail';
export const SEND_ACCOUNT_MAIL_JOB = 'send';

export type AccountMailJob = MailMessage & { userId: string };

export const ACCOUNT_MAIL_OPTIONS: JobsOptions = {
  attempts: 8,
  backoff: { type: 'exponential', delay: 2_000 },
  removeOnComplete: { count: 1000, age: 24 * 3600 },
  removeOnFail: { count: 5000 },
};
