import type { ActiveCadence } from '@hubspoke/contracts';
import type { JobsOptions, WorkerOptions } from 'bullmq';
import type { DigestSlot } from './digest-slot';

/** Builds a hub's digests for a period; fed by the job schedulers (ticks) and by send-now. */
export const DIGEST_BUILD_QUEUE = 'digest-build';
/** Sends the digest emails of one hub and period, as one batch (in-app delivery is done by the build). */
export const DIGEST_DELIVERY_QUEUE = 'digest-delivery';

export const BuildJob = { tick: 'tick', build: 'build' } as const;
export const DELIVER_JOB = 'deliver';

export interface TickData {
  hubId: string;
  slot: DigestSlot;
}

export interface BuildData {
  hubId: string;
  cadence: ActiveCadence;
  /** ISO instants. */
  periodStart: string;
  periodEnd: string;
  periodKey: string;
  /** `scheduled`: the users of this slot; `now`: every user of the hub whose digests are not off. */
  audience: 'scheduled' | 'now';
}

export interface DeliverData {
  /** The email deliveries of one hub's digests for one period. */
  deliveryIds: string[];
}

// BullMQ ids may not contain ':' (beyond its own), hence the dots.
export const scheduleIdPrefix = 'digest.';
export const scheduleId = (hubId: string, slot: DigestSlot) =>
  `${scheduleIdPrefix}${hubId}.${slot.cadence}.${slot.timeZone}.${slot.deliveryTime.replace(':', '')}`;
export const buildJobId = (hubId: string, cadence: ActiveCadence, periodKey: string) =>
  `digest.${hubId}.${cadence}.${periodKey}`;
export const deliverJobId = (hubId: string, cadence: ActiveCadence, periodKey: string) =>
  `deliver.${hubId}.${cadence}.${periodKey}`;

const HISTORY = { removeOnComplete: { count: 1000, age: 24 * 3600 }, removeOnFail: { count: 5000 } } as const;

export const TICK_OPTIONS: JobsOptions = { attempts: 3, backoff: { type: 'exponential', delay: 5_000 }, ...HISTORY };
export const BUILD_OPTIONS: JobsOptions = { attempts: 5, backoff: { type: 'exponential', delay: 5_000 }, ...HISTORY };
export const DELIVER_OPTIONS: JobsOptions = {
  attempts: 8,
  backoff: { type: 'exponential', delay: 2_000 },
  ...HISTORY,
};

/**
 * Worker options of the digest processors. DIGEST_LOCK_MS (validated with the rest of the environment) sets the job
 * lock and the stalled-job check interval, i.e. how soon a killed worker's active jobs go to another worker; unset,
 * BullMQ's defaults stay. Read from process.env because @Processor options are fixed when the class is declared.
 */
export function digestWorkerOptions(
  concurrency: number,
  env: Record<string, string | undefined> = process.env,
): Partial<WorkerOptions> {
  const lockMs = Number(env.DIGEST_LOCK_MS);
  if (!env.DIGEST_LOCK_MS || !Number.isInteger(lockMs) || lockMs <= 0) return { concurrency };
  return { concurrency, lockDuration: lockMs, stalledInterval: lockMs };
}
