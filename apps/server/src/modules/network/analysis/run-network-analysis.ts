import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import type {
  HypotheticalHub,
  NetworkAnalysisOptions,
  NetworkAnalysisResult,
  NetworkInput,
  WhatIfOptions,
  WhatIfResult,
} from './network-types';

export type AnalysisWorkerRequest =
  | { task: 'analyze'; input: NetworkInput; options?: NetworkAnalysisOptions }
  | { task: 'what-if'; input: NetworkInput; hub: HypotheticalHub; options?: WhatIfOptions };

export interface WorkerRunOptions {
  /** Aborting terminates the thread and rejects with the signal's reason. */
  signal?: AbortSignal;
  /** Path of the compiled worker script; default: analysis.worker.js beside this file. */
  workerScript?: string;
}

/**
 * analyzeNetwork() in a worker thread, so the calling event loop (a BullMQ worker renewing its job locks, the api)
 * stays responsive during the seconds the analysis takes.
 */
export function runNetworkAnalysis(
  input: NetworkInput,
  options?: NetworkAnalysisOptions,
  run?: WorkerRunOptions,
): Promise<NetworkAnalysisResult> {
  return runInWorker({ task: 'analyze', input, options }, run);
}

/** analyzeHubWhatIf() in a worker thread. */
export function runHubWhatIf(
  input: NetworkInput,
  hub: HypotheticalHub,
  options?: WhatIfOptions,
  run?: WorkerRunOptions,
): Promise<WhatIfResult> {
  return runInWorker({ task: 'what-if', input, hub, options }, run);
}

/**
 * The compiled worker beside this module: dist/modules/network/analysis/analysis.worker.js once swc has built the
 * server. Under ts-running tools (Jest with @swc/jest) there is no .js sibling and a thread cannot load TypeScript:
 * call analyzeNetwork() directly there, or pass the built script as `workerScript`.
 */
export function analysisWorkerScript(): string {
  const script = join(__dirname, 'analysis.worker.js');
  if (!existsSync(script)) {
    throw new Error(`network analysis worker not found at ${script}: build the server (npm run build -w apps/server)`);
  }
  return script;
}

function runInWorker<T>(request: AnalysisWorkerRequest, run: WorkerRunOptions = {}): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const { signal } = run;
    if (signal?.aborted) return reject(signal.reason);
    const worker = new Worker(run.workerScript ?? analysisWorkerScript(), { workerData: request });
    let settled = false;
    const settle = (outcome: () => void) => {
      if (settled) return;
      settled = true;
      signal?.removeEventListener('abort', onAbort);
      outcome();
    };
    const onAbort = () => {
      settle(() => reject(signal!.reason));
      void worker.terminate();
    };
    signal?.addEventListener('abort', onAbort, { once: true });
    worker.once('message', (result: T) => settle(() => resolve(result)));
    worker.once('error', (error) => settle(() => reject(error)));
    worker.once('exit', (code) =>
      settle(() => reject(new Error(`network analysis worker exited with code ${code} before answering`))),
    );
  });
}
