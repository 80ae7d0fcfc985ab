import { Module } from '@nestjs/common';
import { IdempotencyCleanup } from './idempotency-cleanup';
import { IdempotencyStore } from './idempotency.store';

/** The worker's side: the cleanup round. */
@Module({ providers: [IdempotencyStore, IdempotencyCleanup] })
export class IdempotencyWorkerModule {}
