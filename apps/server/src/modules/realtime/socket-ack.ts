import { HttpException, Logger } from '@nestjs/common';
import type { SocketFailure } from '@hubspoke/contracts';
import { ApiException } from '../../infra/http/api-exception';

const logger = new Logger('RealtimeGateway');

/** Runs a socket request; an expected failure becomes `{ ok: false, error }` in the ack, as HTTP would answer it. */
export async function answer<T>(work: () => Promise<T>): Promise<T | SocketFailure> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof HttpException) {
      const details = error instanceof ApiException ? error.extra.details : undefined;
      return {
        ok: false,
        error: { statusCode: error.getStatus(), message: error.message, ...(details && { details }) },
      };
    }
    logger.error(error);
    return { ok: false, error: { statusCode: 500, message: 'Something went wrong on our side' } };
  }
}
