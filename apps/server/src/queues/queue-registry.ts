import type { QueueDefinition } from '../infra/queue/queue-definition';
import { ACCOUNT_MAIL_QUEUE, SEND_ACCOUNT_MAIL_JOB } from '../modules/account-mail/account-mail.queue';
import { BuildJob, DELIVER_JOB, DIGEST_BUILD_QUEUE, DIGEST_DELIVERY_QUEUE } from '../modules/digests/digest-queues';
import { NETWORK_QUEUE, NetworkJob } from '../modules/network/network-queue';
import {
  NOTIFICATION_EMAIL_QUEUE,
  SEND_NOTIFICATION_EMAIL_JOB,
} from '../modules/notifications/notification-email.queue';
import { RATINGS_QUEUE, RECOMPUTE_JOB } from '../modules/ratings/ratings-queue';

/** Every BullMQ queue of the product: registered once for the api and the worker, shown on the dashboard, checked. */
export const QUEUES: readonly QueueDefinition[] = [
  { name: DIGEST_BUILD_QUEUE, jobs: Object.values(BuildJob) },
  { name: DIGEST_DELIVERY_QUEUE, jobs: [DELIVER_JOB] },
  { name: ACCOUNT_MAIL_QUEUE, jobs: [SEND_ACCOUNT_MAIL_JOB] },
  { name: NOTIFICATION_EMAIL_QUEUE, jobs: [SEND_NOTIFICATION_EMAIL_JOB] },
  { name: NETWORK_QUEUE, jobs: Object.values(NetworkJob) },
  { name: RATINGS_QUEUE, jobs: [RECOMPUTE_JOB] },
];
