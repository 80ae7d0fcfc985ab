import { WorkerHost } from '@nestjs/bullmq';
import { UnrecoverableError, type Job } from 'bullmq';

export type JobHandler = (job: Job) => Promise<unknown>;

/**
 * A queue's processor as a table of handlers by job name, so the worker's startup check can see which job names it
 * handles, and a job nobody handles fails at once instead of being retried.
 */
export abstract class JobProcessor extends WorkerHost {
  protected abstract readonly handlers: Readonly<Record<string, JobHandler>>;

  get jobNames(): string[] {
    return Object.keys(this.handlers);
  }

  async process(job: Job): Promise<unknown> {
    const handle = this.handlers[job.name];
    if (!handle) throw new UnrecoverableError(`No handler for job "${job.name}" of queue "${job.queueName}"`);
    return handle(job);
  }
}
