import type { JobsOptions } from 'bullmq';

/** One user's notification email: everything of theirs still waiting to be emailed, in one message. */
export const NOTIFICATION_EMAIL_QUEUE = 'notification-email';
export const SEND_NOTIFICATION_EMAIL_JOB = 'send';

export interface NotificationEmailJob {
  userId: string;
}

export const NOTIFICATION_EMAIL_OPTIONS: JobsOptions = {
  attempts: 8,
  backoff: { type: 'exponential', delay: 2_000 },
  removeOnComplete: { count: 1000, age: 24 * 3600 },
  removeOnFail: { count: 5000 },
};

/**
 * The user's email of the window `now` falls in: one job id per user and window (BullMQ ignores a second job with the
 * same id, so the first notification of a window schedules it and the rest join), sent when the window ends.
 */
export function emailSlot(userId: string, windowMs: number, now: number): { jobId: string; delay: number } {
  const window = Math.floor(now / windowMs);
  // BullMQ ids may not contain ':' (beyond its own), hence the dots
  return { jobId: `notify-email.${userId}.${window}`, delay: (window + 1) * windowMs - now };
}
