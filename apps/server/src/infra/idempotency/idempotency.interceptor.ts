import { CallHandler, ExecutionContext, HttpStatus, Injectable, Logger, NestInterceptor } from '@nestjs/common';
import { HTTP_CODE_METADATA } from '@nestjs/common/constants';
import { Reflector } from '@nestjs/core';
import type { Request, Response } from 'express';
import { randomUUID } from 'node:crypto';
import { from, lastValueFrom, type Observable } from 'rxjs';
import { byAccountOrAddress } from '../http/rate-limit/rate-limit.keys';
import { ANSWER_NOT_STORED } from './answer-not-stored.decorator';
import { IDEMPOTENCY_KEY_HEADER, parseIdempotencyKey, REPLAYED_HEADER, requestFingerprint } from './idempotency-key';
import { IdempotencyStore } from './idempotency.store';
import { runIdempotent, type IdempotentRequest } from './idempotent-request';

/**
 * A POST with an `Idempotency-Key` (draft-ietf-httpapi-idempotency-key-header) runs at most once per key and caller:
 * a retry with the same request replays the first success (marked `Idempotent-Replayed: true`), with another request
 * answers 422, while the first still runs 409. The answer commits with the write (UnitOfWork stores it in its
 * transaction); a request that fails frees the key.
 */
@Injectable()
export class IdempotencyInterceptor implements NestInterceptor {
  private readonly logger = new Logger(IdempotencyInterceptor.name);

  constructor(
    private readonly store: IdempotencyStore,
    private readonly reflector: Reflector,
  ) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    // global interceptors also wrap the socket gateway's handlers
    if (context.getType() !== 'http') return next.handle();
    const req = context.switchToHttp().getRequest<Request & { user?: { id: string } }>();
    const header = req.headers[IDEMPOTENCY_KEY_HEADER];
    if (req.method !== 'POST' || header === undefined) return next.handle();
    const key = parseIdempotencyKey(header);
    if (this.reflector.get<boolean>(ANSWER_NOT_STORED, context.getHandler())) return next.handle();
    const request: IdempotentRequest = {
      scope: byAccountOrAddress(req),
      key,
      attempt: randomUUID(),
      status: this.reflector.get<number>(HTTP_CODE_METADATA, context.getHandler()) ?? HttpStatus.CREATED,
    };
    const res = context.switchToHttp().getResponse<Response>();
    return from(this.handle(request, requestFingerprint(req.method, req.originalUrl, req.body), res, next));
  }

  private async handle(
    request: IdempotentRequest,
    fingerprint: string,
    res: Response,
    next: CallHandler,
  ): Promise<unknown> {
    const earlier = await this.store.claim(request, fingerprint);
    if (earlier) {
      res.setHeader(REPLAYED_HEADER, 'true');
      return earlier.body ?? undefined;
    }
    let body: unknown;
    try {
      body = await runIdempotent(request, () => lastValueFrom(next.handle(), { defaultValue: undefined }));
    } catch (error) {
      await this.store.release(request).catch(() => undefined);
      throw error;
    }
    if (request.storedJson !== JSON.stringify(body ?? null)) {
      // the write stands either way: failing to keep its answer must not turn its success into an error
      await this.store
        .answer(request, body)
        .catch((error: Error) => this.logger.warn(`Answer of Idempotency-Key not kept: ${error.message}`));
    }
    return body;
  }
}
