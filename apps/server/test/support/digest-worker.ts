import { Test, type TestingModule } from '@nestjs/testing';
import { WorkerModule } from '../../src/worker.module';

/** The worker's module in the test process, on the environment createTestApp set (same database, Redis, prefix). */
export async function startWorker(): Promise<TestingModule> {
  const worker = await Test.createTestingModule({ imports: [WorkerModule.forRoot()] }).compile();
  await worker.init();
  return worker;
}
