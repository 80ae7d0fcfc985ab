import { HttpStatus, Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { ApiException } from '../http/api-exception';
import type { IdempotentRequest } from './idempotent-request';

/** How long a key is remembered: a retry within this time replays the answer. */
export const KEY_TTL = '24 hours';
/** How long a request holds its key; past it (the api died mid-request, before its commit) a retry runs it again. */
const HOLD = '60 seconds';

export interface StoredAnswer {
  status: number;
  body: unknown;
}

/** Idempotency records in PostgreSQL (`idempotency_record`); see IdempotencyRecord. */
@Injectable()
export class IdempotencyStore {
  constructor(private readonly dataSource: DataSource) {}

  /**
   * Takes the key for this request, or tells why not: the stored answer of its earlier success to replay, 422 when the
   * key came with another request, 409 while an earlier request with it still runs. An expired key, or one held by a
   * request that died before its commit, is taken over.
   */
  async claim(request: IdempotentRequest, fingerprint: string): Promise<StoredAnswer | null> {
    const taken: unknown[] = await this.dataSource.query(
      `INSERT INTO idempotency_record AS r (scope, key, fingerprint, attempt, locked_until)
       VALUES ($1, $2, $3, $4, now() + interval '${HOLD}')
       ON CONFLICT (scope, key) DO UPDATE
         SET fingerprint = EXCLUDED.fingerprint, attempt = EXCLUDED.attempt, locked_until = EXCLUDED.locked_until,
             response_status = NULL, response_body = NULL, created_at = now()
         WHERE r.created_at < now() - interval '${KEY_TTL}'
            OR (r.response_status IS NULL AND r.locked_until < now() AND r.fingerprint = EXCLUDED.fingerprint)
       RETURNING 1`,
      [request.scope, request.key, fingerprint, request.attempt],
    );
    if (taken.length > 0) return null;
    const [earlier] = (await this.dataSource.query(
      `SELECT fingerprint, response_status AS status, response_body AS body FROM idempotency_record
       WHERE scope = $1 AND key = $2`,
      [request.scope, request.key],
    )) as { fingerprint: string; status: number | null; body: unknown }[];
    if (earlier && earlier.fingerprint !== fingerprint) {
      throw new ApiException(
        HttpStatus.UNPROCESSABLE_ENTITY,
        'This Idempotency-Key was already used for another request; send a new key for a new request',
      );
    }
    if (earlier?.status != null) return { status: earlier.status, body: earlier.body };
    throw inFlight();
  }

  /**
   * Stores the answer in the caller's transaction, so it commits with the write. A request that lost its key (it ran
   * past its hold and a retry took over) fails here, and its write rolls back: only one of them commits.
   */
  async answerIn(manager: EntityManager, request: IdempotentRequest, body: unknown): Promise<void> {
    const json = JSON.stringify(body ?? null);
    const [, affected] = (await manager.query(
      `UPDATE idempotency_record SET response_status = $4, response_body = $5::jsonb, locked_until = NULL
       WHERE scope = $1 AND key = $2 AND attempt = $3`,
      [request.scope, request.key, request.attempt, request.status, json],
    )) as [unknown, number];
    if (affected !== 1) throw inFlight();
    request.storedJson = json;
  }

  /** Stores the answer of a request whose handler wrote outside a unit of work (or differs from what it stored). */
  answer(request: IdempotentRequest, body: unknown): Promise<void> {
    return this.dataSource.transaction((manager) => this.answerIn(manager, request, body));
  }

  /** Frees the key of a request that failed, so the corrected request may use it. */
  async release(request: IdempotentRequest): Promise<void> {
    await this.dataSource.query(
      `DELETE FROM idempotency_record WHERE scope = $1 AND key = $2 AND attempt = $3 AND response_status IS NULL`,
      [request.scope, request.key, request.attempt],
    );
  }

  /** Forgets the keys older than KEY_TTL; returns how many. */
  async deleteExpired(): Promise<number> {
    const [, deleted] = (await this.dataSource.query(
      `DELETE FROM idempotency_record WHERE created_at < now() - interval '${KEY_TTL}'`,
    )) as [unknown, number];
    return deleted;
  }
}

const inFlight = (): ApiException =>
  ApiException.conflict('A request with this Idempotency-Key is still being processed; retry it in a moment');
