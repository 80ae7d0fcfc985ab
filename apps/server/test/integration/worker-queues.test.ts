import type { TestingModule } from '@nestjs/testing';
import { DiscoveryService } from '@nestjs/core';
import { UnrecoverableError, type Job } from 'bullmq';
import { unhandledJobs } from '../../src/infra/queue/queue-definition';
import { runningProcessors } from '../../src/queues/job-handler-check';
import { QUEUES } from '../../src/queues/queue-registry';
import { startWorker } from '../support/digest-worker';
import { createTestApp, type TestContext } from '../support/test-app';

describe('the worker and the queue registry', () => {
  let ctx: TestContext;
  let worker: TestingModule;
  const processors = () => runningProcessors(worker.get(DiscoveryService));

  beforeAll(async () => {
    ctx = await createTestApp();
    worker = await startWorker();
  });

  afterAll(async () => {
    await worker?.close();
    await ctx?.close();
  });

  it('starts with a processor for every job of every queue', () => {
    const served = processors().map((p) => p.served);
    expect(served.map((s) => s.queue).sort()).toEqual(QUEUES.map((q) => q.name).sort());
    expect(unhandledJobs(QUEUES, served)).toEqual([]);
  });

  it('fails a job nobody handles at once instead of retrying it', async () => {
    const { processor, served } = processors()[0]!;
    const job = { name: 'no-such-job', queueName: served.queue } as Job;
    const failure = processor.process(job);
    await expect(failure).rejects.toThrow(/No handler for job "no-such-job"/);
    await expect(failure).rejects.toBeInstanceOf(UnrecoverableError);
  });
});
