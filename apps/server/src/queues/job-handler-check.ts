import { Injectable, OnApplicationBootstrap } from '@nestjs/common';
import { DiscoveryService } from '@nestjs/core';
import { JobProcessor } from '../infra/queue/job-processor';
import { unhandledJobs, type ServedQueue } from '../infra/queue/queue-definition';
import { QUEUES } from './queue-registry';

/** The processors of the running worker, and the queue each one serves. */
export function runningProcessors(discovery: DiscoveryService): { processor: JobProcessor; served: ServedQueue }[] {
  return discovery
    .getProviders()
    .map((wrapper) => wrapper.instance as unknown)
    .filter((instance): instance is JobProcessor => instance instanceof JobProcessor)
    .map((processor) => ({ processor, served: { queue: processor.worker.name, jobNames: processor.jobNames } }));
}

/** The worker refuses to start while a job of the registry has no handler (it would wait in its queue forever). */
@Injectable()
export class JobHandlerCheck implements OnApplicationBootstrap {
  constructor(private readonly discovery: DiscoveryService) {}

  onApplicationBootstrap(): void {
    const problems = unhandledJobs(
      QUEUES,
      runningProcessors(this.discovery).map((p) => p.served),
    );
    if (problems.length > 0) throw new Error(`The worker cannot start: ${problems.join('; ')}`);
  }
}
