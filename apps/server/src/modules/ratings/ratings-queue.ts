import type { JobsOptions } from 'bullmq';

/** Recomputes every hub's ratings: periodically, and when the worker starts. */
export const RATINGS_QUEUE = 'ratings';
export const RECOMPUTE_JOB = 'recompute';
export const RECOMPUTE_SCHEDULER_ID = 'ratings.recompute.periodic';
export const RECOMPUTE_EVERY_MS = 15 * 60_000;
export const RECOMPUTE_OPTIONS: JobsOptions = {
  attempts: 3,
  backoff: { type: 'exponential', delay: 10_000 },
  removeOnComplete: { count: 50 },
  removeOnFail: { count: 200 },
};
