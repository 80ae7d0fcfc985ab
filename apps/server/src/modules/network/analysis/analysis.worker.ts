/** Worker-thread entry (started by run-network-analysis.ts): runs one request from workerData and posts the result. */
import { parentPort, workerData } from 'node:worker_threads';
import { analyzeNetwork } from './analyze-network';
import type { AnalysisWorkerRequest } from './run-network-analysis';
import { analyzeHubWhatIf } from './what-if';

const request = workerData as AnalysisWorkerRequest;
const result =
  request.task === 'analyze'
    ? analyzeNetwork(request.input, request.options)
    : analyzeHubWhatIf(request.input, request.hub, request.options);
parentPort!.postMessage(result);
