import type { JobsOptions } from 'bullmq';

/** Network jobs: the analysis (run after changes, and periodically when its input changed) and file imports. */
export const NETWORK_QUEUE = 'network';

export const NetworkJob = { analyze: 'analyze', import: 'import' } as const;

export interface ImportData {
  importId: string;
}

export const ANALYZE_SCHEDULER_ID = 'network.analyze.periodic';
export const ANALYZE_EVERY_MS = 10 * 60_000;
/** Changes often come in bursts (an import, a hub's invitations): wait for the burst to end. */
export const ANALYZE_DEBOUNCE_MS = 2_000;
export const importJobId = (importId: string) => `network.import.${importId}`;

const HISTORY = { removeOnComplete: { count: 100 }, removeOnFail: { count: 1000 } } as const;
export const ANALYZE_OPTIONS: JobsOptions = {
  attempts: 3,
  backoff: { type: 'exponential', delay: 10_000 },
  ...HISTORY,
};
export const IMPORT_OPTIONS: JobsOptions = { attempts: 3, backoff: { type: 'exponential', delay: 5_000 }, ...HISTORY };
