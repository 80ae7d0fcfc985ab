import { Test, type TestingModule } from '@nestjs/testing';
import { WorkerModule } from '../../src/worker.module';

/** The worker's module in the test process, on the environment createTestApp set (same database, Redis, prefix). */
export async function startWorker(): Promise<TestingModule> {
  const worker = await Test.createTestingModule({ imports: [WorkerModule.forRoot()] }).compile();
  await worker.init();
  return worker;
}

/** Polls until `check` returns a value other than undefined, or fails after `timeoutMs`. */
export async function eventually<T>(check: () => Promise<T | undefined>, timeoutMs = 15_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`condition not met within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
